package coop.toitcommun.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Memory of processes, read from Linux's /proc. */
final class Proc {

    /** A line of /proc/PID/status such as {@code VmRSS:  412345 kB}, in kB; 0 when the process is gone. */
    static long statusKb(long pid, String key) {
        return field(Path.of("/proc", String.valueOf(pid), "status"), key);
    }

    /** Proportional set size: each page shared by n processes counts 1/n (kB). */
    static long pssKb(long pid) {
        return field(Path.of("/proc", String.valueOf(pid), "smaps_rollup"), "Pss");
    }

    /** Every process below {@code pid}, children of children included. */
    static List<Long> descendants(long pid) {
        List<Long> found = new ArrayList<>();
        ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(child -> found.add(child.pid())));
        return found;
    }

    private static long field(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key + ":")) {
                    return Long.parseLong(line.substring(key.length() + 1).replace("kB", "").trim());
                }
            }
            return 0;
        } catch (IOException | NumberFormatException gone) {
            return 0;
        }
    }

    private Proc() {
    }
}
