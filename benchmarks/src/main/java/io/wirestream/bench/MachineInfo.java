package io.wirestream.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Locale;

/** One line about the machine a figure was measured on: cores, JVM, heap, load average. */
final class MachineInfo {

    private MachineInfo() {}

    static String describe() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return String.format(
                Locale.ROOT,
                "Machine: %d cores (%s %s), Java %s (%s), max heap %d MB, load average %.2f",
                Runtime.getRuntime().availableProcessors(),
                os.getName(),
                os.getArch(),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                os.getSystemLoadAverage());
    }

    /** The 1-minute load average, or -1 where the platform has none. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
