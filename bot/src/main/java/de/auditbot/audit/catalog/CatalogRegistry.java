package de.auditbot.audit.catalog;

import de.auditbot.content.ContentException;
import de.auditbot.content.ContentProperties;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * All catalogs found in the content folder (every sub-folder with a {@code catalog.yaml}),
 * loaded and validated once at start-up. A broken catalog stops the start.
 */
@Component
public class CatalogRegistry {

    private final Map<String, Catalog> catalogs = new LinkedHashMap<>();
    private final Catalog defaultCatalog;

    public CatalogRegistry(ContentProperties properties, ResourcePatternResolver resolver) throws IOException {
        Resource[] found = resolver.getResources(properties.folder() + "*/catalog.yaml");
        Arrays.sort(found, Comparator.comparing(r -> String.valueOf(r.getDescription())));
        CatalogLoader loader = new CatalogLoader();
        for (Resource structure : found) {
            Resource folder = structure.createRelative("./");
            String folderName = folderName(structure);
            Catalog catalog = loader.load(folder, folderName);
            if (catalogs.putIfAbsent(catalog.id(), catalog) != null) {
                throw new ContentException(folderName + "/catalog.yaml", "id",
                        "catalog id '" + catalog.id() + "' is used by another folder too");
            }
        }
        this.defaultCatalog = catalogs.get(properties.defaultCatalog());
        if (defaultCatalog == null) {
            throw new ContentException(properties.folder(), "",
                    "the default catalog '" + properties.defaultCatalog() + "' was not found; found " + catalogs.keySet());
        }
    }

    public Catalog defaultCatalog() {
        return defaultCatalog;
    }

    public Optional<Catalog> find(String id) {
        return Optional.ofNullable(catalogs.get(id));
    }

    /** The catalog with this id, or the default one if it is gone. */
    public Catalog get(String id) {
        return find(id).orElse(defaultCatalog);
    }

    public List<Catalog> all() {
        return List.copyOf(catalogs.values());
    }

    private static String folderName(Resource structure) throws IOException {
        String path = structure.getURL().getPath();
        String folder = path.substring(0, path.length() - "/catalog.yaml".length());
        return folder.substring(folder.lastIndexOf('/') + 1);
    }
}
