package de.auditbot.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the benchmark starts the bot: the fat jar as README's plain {@code java -jar}, or the fast
 * start of the Docker image and {@code bot/run-fast.sh} (the extracted jar with a class-data-sharing
 * archive made by a training start). Both take the same JVM flags and environment.
 */
record BotLaunch(String name, List<String> javaArguments, Map<String, String> environment) {

    static BotLaunch fatJar(Path jar, List<String> flags, Map<String, String> environment) {
        List<String> arguments = new ArrayList<>(flags);
        arguments.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        return new BotLaunch("fat jar", arguments, environment);
    }

    /**
     * Extracts the jar into {@code folder} and makes the archive there, with the same commands as the
     * Dockerfile: a training start that exits after the context refresh, on a throw-away store.
     */
    static BotLaunch extractedWithArchive(Path jar, List<String> flags, Map<String, String> environment,
            Path folder) throws IOException, InterruptedException {
        Path app = folder.resolve("app");
        Path archive = app.resolve("auditbot.jsa");
        Path extractedJar = app.resolve(jar.getFileName());
        run(List.of(java(), "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--destination",
                app.toString()), environment, folder.resolve("extract.log"));
        List<String> training = new ArrayList<>(List.of(java()));
        training.addAll(flags);
        training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
                extractedJar.toString(), "--auditbot.store.path=" + folder.resolve("training/auditbot.mv.db")));
        run(training, environment, folder.resolve("training.log"));
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("the training start made no archive; see " + folder.resolve("training.log"));
        }
        List<String> arguments = new ArrayList<>(flags);
        arguments.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-jar", extractedJar.toString()));
        return new BotLaunch("extracted jar + CDS archive", arguments, environment);
    }

    /** The whole command line with the bot's own arguments appended. */
    List<String> command(List<String> botArguments) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(javaArguments);
        command.addAll(botArguments);
        return command;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void run(List<String> command, Map<String, String> environment, Path log)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(log.getParent().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + "; see " + log);
        }
    }
}
