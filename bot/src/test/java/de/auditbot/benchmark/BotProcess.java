package de.auditbot.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bot as users run it ({@link BotLaunch}: the fat jar or the image's fast start) in a child
 * process, in a folder of its own (so the embedded store's file starts empty). Ready means that
 * {@code /actuator/health} answers 200.
 */
final class BotProcess implements AutoCloseable {

    /** USER_HZ of Linux, the unit of the CPU times in /proc/<pid>/stat. */
    private static final int CLOCK_TICKS = 100;

    private final Process process;
    private final int port;
    private final int storePort;
    private final double startupSeconds;
    private final double firstTurnMillis;

    private BotProcess(Process process, int port, int storePort, double startupSeconds, double firstTurnMillis) {
        this.process = process;
        this.port = port;
        this.storePort = storePort;
        this.startupSeconds = startupSeconds;
        this.firstTurnMillis = firstTurnMillis;
    }

    /** Starts the bot and waits until it is ready; the start-up time runs from the launch of the process. */
    static BotProcess start(BotLaunch launch, List<String> extraFlags, Path folder, Path log) throws IOException,
            InterruptedException {
        Files.createDirectories(folder);
        int port = freePort();
        int storePort = freePort();
        List<String> command = launch.command(List.of("--server.port=" + port, "--auditbot.store.port=" + storePort));
        command.addAll(1, extraFlags);
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(launch.environment());
        long launched = System.nanoTime();
        Process process = builder.start();
        // Also when the benchmark itself is stopped with Ctrl+C, the bot does not stay behind.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = launched + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the bot exited with " + process.exitValue() + " during start-up; see "
                        + log);
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    double startup = (System.nanoTime() - launched) / 1e9;
                    return new BotProcess(process, port, storePort, startup, firstTurnMillis(http, port, log));
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the bot was not ready within 120 s; see " + log);
    }

    /**
     * Ready must mean ready: the first turn right after health answered 200 (opening a conversation
     * and "Audit starten", both timed together), in milliseconds.
     */
    private static double firstTurnMillis(HttpClient http, int port, Path log) throws IOException,
            InterruptedException {
        String root = "http://127.0.0.1:" + port + "/api/v1/conversations";
        long start = System.nanoTime();
        HttpResponse<String> opened = http.send(json(root, "{\"locale\":\"de\"}"), HttpResponse.BodyHandlers.ofString());
        String id = opened.statusCode() == 201 ? JsonMapper.builder().build().readTree(opened.body()).path("id")
                .stringValue() : "none";
        HttpResponse<String> started = http.send(json(root + "/" + id + "/messages", "{\"text\":\"Audit starten\"}"),
                HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - start) / 1e6;
        if (opened.statusCode() != 201 || started.statusCode() != 200) {
            throw new IllegalStateException("the first turn after ready answered " + opened.statusCode() + " and "
                    + started.statusCode() + "; see " + log);
        }
        return millis;
    }

    private static HttpRequest json(String uri, String body) {
        return HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    int port() {
        return port;
    }

    /** Opening a conversation and its first message right after ready, in milliseconds. */
    double firstTurnMillis() {
        return firstTurnMillis;
    }

    /** The port of the embedded store (unused when the bot talks to a MongoDB of its own). */
    int storePort() {
        return storePort;
    }

    double startupSeconds() {
        return startupSeconds;
    }

    /** Resident memory of the bot's process in MB, from /proc; {@code field} is e.g. VmRSS or VmHWM. */
    long residentMegabytes(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        throw new IllegalStateException("no " + field + " in /proc/" + process.pid() + "/status");
    }

    /** CPU time the bot's process has used so far (user + system), in seconds, from /proc. */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        // The fields after the command name, which is in parentheses: utime and stime are the 12th and 13th.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Stops the bot as a service manager would (SIGTERM) and waits for it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
