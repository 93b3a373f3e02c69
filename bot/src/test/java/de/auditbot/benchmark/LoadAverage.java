package de.auditbot.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average over 1, 5 and 15 minutes, to print with figures measured on a shared machine. */
final class LoadAverage {

    private LoadAverage() {
    }

    static String now() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
