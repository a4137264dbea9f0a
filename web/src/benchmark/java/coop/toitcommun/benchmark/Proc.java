package coop.toitcommun.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Memory and CPU time of processes, read from Linux's /proc. */
final class Proc {

    /** Clock ticks per second of /proc/PID/stat's times ({@code getconf CLK_TCK}: 100 on Linux). */
    private static final long TICKS_PER_SECOND = 100;

    /** A line of /proc/PID/status such as {@code VmRSS:  412345 kB}, in kB; 0 when the process is gone. */
    static long statusKb(long pid, String key) {
        return field(Path.of("/proc", String.valueOf(pid), "status"), key);
    }

    /** Proportional set size: each page shared by n processes counts 1/n (kB). */
    static long pssKb(long pid) {
        return field(Path.of("/proc", String.valueOf(pid), "smaps_rollup"), "Pss");
    }

    /**
     * The CPU time the process has used so far, in its threads, user and system (ms); 0 when it is gone. Fields 14 and
     * 15 of /proc/PID/stat.
     */
    static long cpuMillis(long pid) {
        return stat(pid, 11, 12);
    }

    /**
     * The CPU time of the children the process has waited for once they ended (ms): fields 16 and 17. A child's time
     * moves there when it ends, so that its own time plus this one never goes back.
     */
    static long endedChildrenCpuMillis(long pid) {
        return stat(pid, 13, 14);
    }

    /** Two fields of /proc/PID/stat in clock ticks, added, in ms; counted after the command name, field 2. */
    private static long stat(long pid, int user, int system) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // the command name is in parentheses and may hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[user]) + Long.parseLong(fields[system])) * 1000 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
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
