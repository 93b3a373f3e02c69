package de.auditbot.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import de.auditbot.AuditbotApplication;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * A broken content file stops the start of the application with one clear message naming file,
 * path in the file and problem. Each test puts a content folder together in a temporary directory
 * from the real content and one broken part (a catalog fixture, or one change to the dialog texts),
 * so that exactly one thing is broken.
 */
@ExtendWith(OutputCaptureExtension.class)
class ContentStartupTests {

    @TempDir
    Path content;

    @Test
    void aBrokenCatalogStopsTheStartNamingFilePathAndProblem(CapturedOutput output) throws IOException {
        copy("dialogs/conversation/", "texts.de.yaml", content.resolve("conversation"));
        copy("dialogs/conversation/", "texts.en.yaml", content.resolve("conversation"));
        for (String file : new String[] {"catalog.yaml", "texts.de.yaml", "texts.en.yaml"}) {
            copy("broken-catalogs/question-text-missing-in-english/", file, content.resolve("mini"));
        }

        Throwable thrown = catchThrowable(() -> start("auditbot.content.location=" + content.toUri()));

        ContentException cause = contentException(thrown);
        assertThat(cause.file()).isEqualTo("mini/texts.en.yaml");
        assertThat(cause.path()).isEqualTo("principles.2.questions.foo");
        assertThat(cause.problem()).contains("missing");

        FailureAnalysis analysis = new ContentFailureAnalyzer().analyze(thrown);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .isEqualTo("Invalid content file mini/texts.en.yaml, at 'principles.2.questions.foo': is missing")
                .doesNotContain("\n");
        assertThat(analysis.getAction()).contains("mini/texts.en.yaml");
        // Boot found the analyzer through META-INF/spring.factories and reported it instead of a stack trace
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains(analysis.getDescription())
                .contains(analysis.getAction());
    }

    @Test
    void aMissingDefaultCatalogStopsTheStartNamingTheId() {
        Throwable thrown = catchThrowable(() -> start(
                "auditbot.content.location=classpath:/dialogs/", "auditbot.content.default-catalog=no-such-catalog"));

        ContentException cause = contentException(thrown);
        assertThat(cause.problem()).contains("'no-such-catalog'").contains("ozg-servicestandard");
        assertThat(new ContentFailureAnalyzer().analyze(thrown).getDescription()).contains("no-such-catalog");
    }

    @Test
    void aMisspelledIntentInTheDialogTextsStopsTheStartNamingFileAndPath() throws IOException {
        realContentWithGermanTexts(texts -> texts.replace("    SKIP: [", "    SKIPP: ["));

        Throwable thrown = catchThrowable(() -> start("auditbot.content.location=" + content.toUri()));

        ContentException cause = contentException(thrown);
        assertThat(cause.file()).isEqualTo("conversation/texts.de.yaml");
        assertThat(cause.path()).isEqualTo("understand.intents.SKIPP");
        assertThat(cause.problem()).contains("SKIPP");
    }

    @Test
    void aMisspelledAnswerLevelInTheDialogTextsStopsTheStartNamingFileAndPath() throws IOException {
        realContentWithGermanTexts(texts -> texts.replace("    PARTIAL: [", "    PARTLY: ["));

        Throwable thrown = catchThrowable(() -> start("auditbot.content.location=" + content.toUri()));

        ContentException cause = contentException(thrown);
        assertThat(cause.file()).isEqualTo("conversation/texts.de.yaml");
        assertThat(cause.path()).isEqualTo("understand.answers.PARTLY");
        assertThat(cause.problem()).contains("PARTLY");
    }

    @Test
    void theAnalyzerIgnoresFailuresThatAreNotAboutContent() {
        assertThat(new ContentFailureAnalyzer().analyze(new IllegalStateException("port in use"))).isNull();
    }

    /**
     * Starts the application. The content properties go in as command-line arguments: properties
     * set on the builder are only defaults, which application.yaml overrides.
     */
    private static void start(String... arguments) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AuditbotApplication.class)
                .profiles("test")
                .run(Stream.concat(Stream.of("server.port=0", "spring.main.web-application-type=none"), Arrays.stream(arguments))
                        .map(a -> "--" + a).toArray(String[]::new))) {
            throw new AssertionError("the application started although its content is broken");
        }
    }

    private static ContentException contentException(Throwable thrown) {
        assertThat(thrown).as("start-up must fail").isNotNull().isNotInstanceOf(AssertionError.class);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ContentException e) {
                return e;
            }
        }
        throw new AssertionError("no ContentException in the cause chain of " + thrown, thrown);
    }

    /** The real catalog and dialog texts, with one change to the German dialog texts. */
    private void realContentWithGermanTexts(UnaryOperator<String> change) throws IOException {
        for (String file : new String[] {"catalog.yaml", "texts.de.yaml", "texts.en.yaml"}) {
            copy("dialogs/servicestandard/", file, content.resolve("servicestandard"));
        }
        copy("dialogs/conversation/", "texts.en.yaml", content.resolve("conversation"));
        copy("dialogs/conversation/", "texts.de.yaml", content.resolve("conversation"));
        Path german = content.resolve("conversation/texts.de.yaml");
        String original = Files.readString(german);
        String changed = change.apply(original);
        assertThat(changed).as("the change applies to the real texts").isNotEqualTo(original);
        Files.writeString(german, changed);
    }

    private static void copy(String folder, String name, Path target) throws IOException {
        Files.createDirectories(target);
        try (InputStream in = new ClassPathResource(folder + name).getInputStream()) {
            Files.copy(in, target.resolve(name));
        }
    }
}
