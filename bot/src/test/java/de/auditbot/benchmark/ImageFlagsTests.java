package de.auditbot.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Docker image, bot/run-fast.sh and the load benchmark start the bot with the same memory
 * flags, so that the benchmark's resident memory is the image's.
 */
class ImageFlagsTests {

    private static final Path MODULE = Path.of("").toAbsolutePath();

    @Test
    void dockerfileSetsTheBenchmarkFlags() throws IOException {
        String dockerfile = Files.readString(MODULE.resolveSibling("Dockerfile"));

        assertThat(dockerfile)
                .contains("JAVA_TOOL_OPTIONS=\"" + BenchmarkSettings.DEFAULT_FLAGS + "\"")
                .contains("MALLOC_ARENA_MAX=" + BenchmarkSettings.DEFAULT_MALLOC_ARENA_MAX)
                .contains("-XX:ArchiveClassesAtExit=/app/auditbot.jsa -Dspring.context.exit=onRefresh")
                .contains("\"-XX:SharedArchiveFile=/app/auditbot.jsa\"");
    }

    @Test
    void fastStartScriptSetsTheBenchmarkFlags() throws IOException {
        String script = Files.readString(MODULE.resolve("run-fast.sh"));

        assertThat(script)
                .contains("flags=\"" + BenchmarkSettings.DEFAULT_FLAGS + "\"")
                .contains("MALLOC_ARENA_MAX:-" + BenchmarkSettings.DEFAULT_MALLOC_ARENA_MAX)
                .contains("-XX:ArchiveClassesAtExit=")
                .contains("-XX:SharedArchiveFile=");
    }
}
