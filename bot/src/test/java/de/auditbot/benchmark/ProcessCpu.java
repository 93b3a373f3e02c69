package de.auditbot.benchmark;

import java.lang.management.ManagementFactory;

/** CPU time used by the benchmark's own process, all threads. */
final class ProcessCpu {

    private ProcessCpu() {
    }

    static long nanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
