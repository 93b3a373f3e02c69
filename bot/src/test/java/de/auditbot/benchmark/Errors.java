package de.auditbot.benchmark;

import java.util.ArrayList;
import java.util.List;

/** Errors of a run from all threads: how many, and the first few to print. */
final class Errors {

    private static final int SAMPLES = 5;

    private int count;
    private final List<String> samples = new ArrayList<>();

    synchronized void add(String what, Throwable cause) {
        add(what + ": " + cause);
    }

    synchronized void add(String what) {
        count++;
        if (samples.size() < SAMPLES) {
            samples.add(what.length() > 300 ? what.substring(0, 300) + "…" : what);
        }
    }

    synchronized int count() {
        return count;
    }

    synchronized List<String> samples() {
        return List.copyOf(samples);
    }
}
