package org.meshbridge.bench.fanout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Memory of another process: resident set from /proc and, for a JVM, the heap as {@code jcmd} reports it. */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** {@code VmRSS} and {@code VmHWM} (peak resident) of {@code pid}. */
    static String resident(long pid) {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/" + pid + "/status"), StandardCharsets.US_ASCII);
            return lines.stream().filter(l -> l.startsWith("VmRSS") || l.startsWith("VmHWM"))
                    .map(l -> l.replaceAll("\\s+", " ")).reduce((a, b) -> a + ", " + b).orElse("?");
        } catch (IOException e) {
            return "unreadable (" + e.getMessage() + ")";
        }
    }

    /** {@code jcmd <pid> GC.heap_info}, first lines (heap total and used, region size). */
    static List<String> heap(long pid) {
        return jcmd(pid, "GC.heap_info", 3);
    }

    /** Runs a full GC in {@code pid} and then reports the heap: the live set. */
    static List<String> heapAfterGc(long pid) {
        jcmd(pid, "GC.run", 0);
        return heap(pid);
    }

    private static List<String> jcmd(long pid, String command, int keep) {
        List<String> lines = new ArrayList<>();
        try {
            Process process = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(60, TimeUnit.SECONDS);
            output.lines().skip(1).limit(keep).map(String::strip).forEach(lines::add);
        } catch (IOException e) {
            lines.add("jcmd failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lines.add("interrupted");
        }
        return lines;
    }
}
