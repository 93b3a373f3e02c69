package de.auditbot.audit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.auditbot.content.ContentException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Loading a catalog folder: the real Servicestandard as published, and small fixtures under
 * {@code broken-catalogs/} that each differ from {@code broken-catalogs/valid/} in exactly one defect.
 * A defect must stop loading with a {@link ContentException} naming file, path in the file and problem.
 */
class CatalogLoaderTests {

    private final CatalogLoader loader = new CatalogLoader();

    @Test
    void loadsTheServicestandardWithItsCategoriesInOrder() {
        Catalog catalog = loader.load(new ClassPathResource("dialogs/servicestandard/"), "servicestandard");

        assertThat(catalog.id()).isEqualTo("ozg-servicestandard");
        assertThat(catalog.version()).isNotBlank();
        assertThat(catalog.languages()).containsExactly("de", "en");
        assertThat(catalog.categories()).extracting(Category::id).containsExactly(
                "nutzerzentrierung", "vorgehen", "zusammenarbeit", "offenheit", "technischer-betrieb", "wirkungscontrolling");
        assertThat(catalog.categories()).extracting(c -> c.title().in("de")).containsExactly(
                "Nutzerzentrierung", "Vorgehen", "Zusammenarbeit", "Offenheit", "Technischer Betrieb", "Wirkungscontrolling");
        assertThat(catalog.categories()).extracting(c -> c.principles().size()).containsExactly(6, 3, 2, 3, 3, 2);
    }

    @Test
    void loadsNineteenPrinciplesNumberedInCatalogOrderWithTheirPublishedTitles() {
        Catalog catalog = loader.load(new ClassPathResource("dialogs/servicestandard/"), "servicestandard");

        assertThat(catalog.principles()).extracting(Principle::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 19).boxed().toList());
        assertThat(catalog.principle(1).orElseThrow().title("de")).isEqualTo("Erhebung und Bewertung von Nutzeranforderungen");
        assertThat(catalog.principle(7).orElseThrow().title("de")).isEqualTo("Rechtliche Änderungsbedarfe");
        assertThat(catalog.principle(17).orElseThrow().title("de")).isEqualTo("Technologische Evaluation");
        assertThat(catalog.principle(19).orElseThrow().categoryId()).isEqualTo("wirkungscontrolling");
        assertThat(catalog.principle(20)).isEmpty();
        assertThat(catalog.positionOf(catalog.principle(7).orElseThrow())).isEqualTo(7);
    }

    @Test
    void namesQuestionsByPrincipleNumberAndLocalIdAndHasEveryTextInBothLanguages() {
        Catalog catalog = loader.load(new ClassPathResource("dialogs/servicestandard/"), "servicestandard");

        assertThat(catalog.questions()).isNotEmpty().allSatisfy(q ->
                assertThat(q.id()).matches(q.principle() + "\\.[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(catalog.question("3.barrierefreiheit-geprueft")).get()
                .extracting(Question::principle).isEqualTo(3);
        assertThat(catalog.questions().get(0).id()).isEqualTo("1.zielgruppen");
        for (String language : List.of("de", "en")) {
            assertThat(catalog.title().in(language)).isNotBlank();
            assertThat(catalog.questions()).allSatisfy(q -> assertThat(q.text().in(language)).isNotBlank());
            assertThat(catalog.principles()).allSatisfy(p -> assertThat(p.title(language)).isNotBlank());
            assertThat(catalog.categories()).allSatisfy(c -> assertThat(c.summary().in(language)).isNotBlank());
        }
        assertThat(catalog.principle(1).orElseThrow().title("en")).isNotEqualTo(catalog.principle(1).orElseThrow().title("de"));
    }

    @Test
    void theFixtureBaseIsAValidCatalog() {
        Catalog catalog = loader.load(new ClassPathResource("broken-catalogs/valid/"), "valid");

        assertThat(catalog.id()).isEqualTo("mini");
        assertThat(catalog.version()).isEqualTo("1.0");
        assertThat(catalog.languages()).containsExactly("de", "en");
        assertThat(catalog.questions()).extracting(Question::id).containsExactly("1.eins", "1.zwei", "2.foo", "2.bar");
        assertThat(catalog.question("2.foo").orElseThrow().text().in("en")).isEqualTo("Question 2.1?");
        assertThat(catalog.principle(2).orElseThrow().link()).isEqualTo("https://example.org/prinzip-2");
        assertThat(catalog.principle(1).orElseThrow().text("de").keywords()).containsExactly("stichwort eins", "stichwort 1");
    }

    @Test
    void aMissingTextFileForADeclaredLanguage() {
        ContentException e = broken("missing-english-texts");

        assertThat(e.file()).isEqualTo("missing-english-texts/texts.en.yaml");
        assertThat(e.path()).isEmpty();
        assertThat(e.problem()).contains("missing");
        assertThat(e.getMessage()).isEqualTo("Invalid content file missing-english-texts/texts.en.yaml: file is missing");
    }

    @Test
    void aYamlSyntaxErrorNamesTheLine() {
        ContentException e = broken("yaml-syntax-error");

        assertThat(e.file()).isEqualTo("yaml-syntax-error/texts.de.yaml");
        assertThat(e.path()).isEmpty();
        // the mis-indented 'why' of principle 2 is on line 21
        assertThat(e.problem()).startsWith("not valid YAML (line 21)");
    }

    @Test
    void aMissingVersion() {
        ContentException e = broken("missing-version");

        assertThat(e.file()).isEqualTo("missing-version/catalog.yaml");
        assertThat(e.path()).isEqualTo("version");
        assertThat(e.problem()).isEqualTo("is missing");
        assertThat(e.getMessage()).isEqualTo("Invalid content file missing-version/catalog.yaml, at 'version': is missing");
    }

    @Test
    void anUnquotedDecimalVersionIsRejectedRatherThanSilentlyShortened() {
        ContentException e = broken("decimal-version");

        assertThat(e.path()).isEqualTo("version");
        assertThat(e.problem()).contains("decimal number").contains("quotes");
    }

    @Test
    void aPrincipleNumberUsedTwice() {
        ContentException e = broken("duplicate-principle-number");

        assertThat(e.file()).isEqualTo("duplicate-principle-number/catalog.yaml");
        assertThat(e.path()).isEqualTo("categories[0].principles[1].number");
        assertThat(e.problem()).contains("principle '1'").contains("twice");
    }

    @Test
    void aQuestionIdUsedTwiceInAPrinciple() {
        ContentException e = broken("duplicate-question-id");

        assertThat(e.file()).isEqualTo("duplicate-question-id/catalog.yaml");
        assertThat(e.path()).isEqualTo("categories[0].principles[0].questions[2]");
        assertThat(e.problem()).contains("question 'eins'").contains("twice");
    }

    @Test
    void aQuestionIdWithUpperCase() {
        ContentException e = broken("question-id-upper-case");

        assertThat(e.file()).isEqualTo("question-id-upper-case/catalog.yaml");
        assertThat(e.path()).isEqualTo("categories[0].principles[0].questions[1]");
        assertThat(e.problem()).contains("'Zwei'").contains("not a valid id");
    }

    @Test
    void aQuestionIdWithASpace() {
        ContentException e = broken("question-id-with-space");

        assertThat(e.file()).isEqualTo("question-id-with-space/catalog.yaml");
        assertThat(e.path()).isEqualTo("categories[0].principles[0].questions[1]");
        assertThat(e.problem()).contains("'zwei drei'").contains("not a valid id");
    }

    @Test
    void aQuestionWithoutTextInOneLanguage() {
        ContentException e = broken("question-text-missing-in-english");

        assertThat(e.file()).isEqualTo("question-text-missing-in-english/texts.en.yaml");
        assertThat(e.path()).isEqualTo("principles.2.questions.foo");
        assertThat(e.problem()).contains("missing");
    }

    @Test
    void aPrincipleInTheTextsThatTheStructureLacks() {
        ContentException e = broken("unknown-principle-in-texts");

        assertThat(e.file()).isEqualTo("unknown-principle-in-texts/texts.de.yaml");
        assertThat(e.path()).isEqualTo("principles.3");
        assertThat(e.problem()).contains("unknown principle '3'").contains("catalog.yaml");
    }

    @Test
    void aCategoryInTheTextsThatTheStructureLacks() {
        ContentException e = broken("unknown-category-in-texts");

        assertThat(e.file()).isEqualTo("unknown-category-in-texts/texts.en.yaml");
        assertThat(e.path()).isEqualTo("categories.beta");
        assertThat(e.problem()).contains("unknown category 'beta'");
    }

    @Test
    void anEmptyListOfQuestions() {
        ContentException e = broken("empty-questions");

        assertThat(e.file()).isEqualTo("empty-questions/catalog.yaml");
        assertThat(e.path()).isEqualTo("categories[0].principles[1].questions");
        assertThat(e.problem()).isEqualTo("must not be empty");
    }

    @Test
    void aLinkThatIsNotHttps() {
        ContentException e = broken("link-not-https");

        assertThat(e.file()).isEqualTo("link-not-https/catalog.yaml");
        assertThat(e.path()).isEqualTo("categories[0].principles[1].link");
        assertThat(e.problem()).contains("https://");
    }

    @Test
    void aDefaultLanguageThatIsNotOneOfTheLanguages() {
        ContentException e = broken("default-language-not-in-languages");

        assertThat(e.file()).isEqualTo("default-language-not-in-languages/catalog.yaml");
        assertThat(e.path()).isEqualTo("defaultLanguage");
        assertThat(e.problem()).contains("[de, en]");
    }

    @Test
    void aKeyThatAppearsTwiceInOneMapping() {
        ContentException e = broken("duplicate-yaml-key");

        assertThat(e.file()).isEqualTo("duplicate-yaml-key/texts.de.yaml");
        // SnakeYAML reports duplicates while parsing, before there is a path; the line stands in for it
        assertThat(e.path()).isEmpty();
        // the second 'title' of principle 2 is on line 20
        assertThat(e.problem()).startsWith("not valid YAML (line 20)").contains("duplicate key title");
    }

    @Test
    void anUnquotedYesAsAKeyIsReadAsTrueAndAsksForQuotes() {
        ContentException e = broken("unquoted-yes-key");

        assertThat(e.file()).isEqualTo("unquoted-yes-key/texts.en.yaml");
        assertThat(e.path()).isEqualTo("principles.1.questions");
        assertThat(e.problem()).contains("true/false").contains("quotes");
    }

    @Test
    void anUnquotedYesAsATextIsReadAsTrueAndAsksForQuotes() {
        ContentException e = broken("unquoted-yes-value");

        assertThat(e.file()).isEqualTo("unquoted-yes-value/texts.en.yaml");
        assertThat(e.path()).isEqualTo("principles.2.title");
        assertThat(e.problem()).contains("true/false").contains("quotes");
    }

    private ContentException broken(String fixture) {
        ContentException e = catchThrowableOfType(ContentException.class,
                () -> loader.load(new ClassPathResource("broken-catalogs/" + fixture + "/"), fixture));
        assertThat(e).as("loading broken-catalogs/%s must fail", fixture).isNotNull();
        assertThat(e.getMessage()).startsWith("Invalid content file " + e.file()).endsWith(e.problem());
        return e;
    }
}
