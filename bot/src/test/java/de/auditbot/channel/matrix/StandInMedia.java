package de.auditbot.channel.matrix;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The media repository of the stand-in homeserver: uploads as in the spec's
 * {@code POST /_matrix/media/v3/upload} (raw bytes in the body, their type in Content-Type, an
 * optional {@code filename} in the query; answer {@code {"content_uri": "mxc://…"}}) and the
 * configuration at {@code GET /_matrix/client/v1/media/config}.
 */
final class StandInMedia {

    /** The largest upload accepted, as announced in the media configuration. */
    static final long MAX_UPLOAD = 50_000_000L;

    /** A file kept in the repository. */
    record Upload(String contentUri, String contentType, String fileName, byte[] bytes, String user) {
    }

    final List<Upload> uploads = new CopyOnWriteArrayList<>();

    /** Whether the path is the media repository's; its requests are not JSON. */
    static boolean handles(String path) {
        return path.startsWith("/_matrix/media/") || path.startsWith("/_matrix/client/v1/media/");
    }

    StandInRoutes.Answer route(String method, String path, Map<String, String> query, String contentType,
            byte[] body, String user) {
        if (user == null) {
            return new StandInRoutes.Answer(401, "{\"errcode\":\"M_MISSING_TOKEN\",\"error\":\"Missing access token\"}");
        }
        if (path.equals("/_matrix/client/v1/media/config") && method.equals("GET")) {
            return StandInRoutes.Answer.ok(StandInHomeserver.object().put("m.upload.size", MAX_UPLOAD));
        }
        if (path.equals("/_matrix/media/v3/upload") && method.equals("POST")) {
            if (body.length > MAX_UPLOAD) {
                return new StandInRoutes.Answer(413, "{\"errcode\":\"M_TOO_LARGE\",\"error\":\"Cannot upload files larger than 50MB\"}");
            }
            String uri = "mxc://localhost/" + UUID.randomUUID().toString().replace("-", "");
            uploads.add(new Upload(uri, contentType == null ? "application/octet-stream" : contentType,
                    query.get("filename"), body, user));
            return StandInRoutes.Answer.ok(StandInHomeserver.object().put("content_uri", uri));
        }
        return new StandInRoutes.Answer(404, "{\"errcode\":\"M_UNRECOGNIZED\",\"error\":\"Unrecognized request\"}");
    }

    Optional<Upload> upload(String contentUri) {
        return uploads.stream().filter(u -> u.contentUri().equals(contentUri)).findFirst();
    }
}
