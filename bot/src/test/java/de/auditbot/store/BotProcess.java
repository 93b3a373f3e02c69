package de.auditbot.store;

import de.auditbot.AuditbotApplication;
import de.auditbot.channel.web.WebChatClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The bot as a separate operating-system process ({@code java -cp <the test class path>
 * de.auditbot.AuditbotApplication}) with the zero-installation default, the embedded store on an
 * H2 file, so that a test can kill it like a crash or an out-of-memory killer would: no shutdown
 * hook, no last write.
 */
final class BotProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    final int port;

    private BotProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the bot with its working directory and store file in {@code folder}; waits until it is healthy. */
    static BotProcess start(Path folder, String name) throws IOException, InterruptedException {
        int port = freePort();
        Path log = folder.resolve(name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Failsafe hands the fork a manifest-only jar; the real class path is in this property.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", classPath, AuditbotApplication.class.getName(),
                "--server.port=" + port,
                "--spring.mongodb.uri=",
                "--auditbot.store.embedded=h2",
                "--auditbot.store.path=" + folder.resolve("data/auditbot.mv.db"),
                "--auditbot.matrix.enabled=false"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().remove("MONGODB_URI");
        BotProcess bot = new BotProcess(builder.start(), log, port);
        bot.awaitHealthy();
        return bot;
    }

    WebChatClient client() {
        return new WebChatClient(port);
    }

    /** SIGKILL, as {@code kill -9} would; returns the exit code. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the bot process did not die");
        }
        return process.exitValue();
    }

    String log() {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.length() > 6_000 ? text.substring(text.length() - 6_000) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHealthy() throws InterruptedException {
        WebChatClient client = client();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the bot process ended at start-up:\n" + log());
            }
            try {
                if (client.get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the bot process did not become healthy:\n" + log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
