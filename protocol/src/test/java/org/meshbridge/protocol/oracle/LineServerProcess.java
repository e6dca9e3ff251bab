package org.meshbridge.protocol.oracle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A child process that answers each line written to its stdin with one line on its stdout, in
 * order. Every request has a deadline: a process that misses it is killed (with its children)
 * and the next request starts a fresh one, so one hang costs one failed assertion, not the run.
 */
final class LineServerProcess implements AutoCloseable {

    /** Put on the reply queue by the reader thread when stdout ends. */
    private static final String END_OF_STREAM = new String("<end of stream>");
    private static final int STDERR_TAIL_CHARS = 4000;

    private final List<String> command;
    private final Path workingDirectory;
    private final Duration timeout;
    private Running running;

    LineServerProcess(List<String> command, Path workingDirectory, Duration timeout) {
        this.command = List.copyOf(command);
        this.workingDirectory = workingDirectory;
        this.timeout = timeout;
    }

    /** Sends one line (which must not contain a line break) and waits for its one-line reply. */
    synchronized String request(String line) {
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("request must be one line: " + line);
        }
        if (running == null || !running.process.isAlive()) {
            closeRunning();
            running = new Running(start());
        }
        Running current = running;
        try {
            OutputStream stdin = current.process.getOutputStream();
            stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            String reply = current.replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (reply == null) {
                throw failure(current, "no reply within " + timeout.toMillis() + " ms", line);
            }
            if (reply == END_OF_STREAM) {
                throw failure(current, "process ended", line);
            }
            return reply;
        } catch (IOException e) {
            throw failure(current, "cannot write request: " + e.getMessage(), line);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(current, "interrupted", line);
        }
    }

    @Override
    public synchronized void close() {
        closeRunning();
    }

    private OracleException failure(Running current, String what, String line) {
        current.kill();
        running = null;
        return new OracleException(String.join(" ", command) + ": " + what + " (exit "
                + current.exitCode() + ") for request [" + line + "]; stderr tail:\n" + current.stderrTail());
    }

    private void closeRunning() {
        if (running != null) {
            running.kill();
            running = null;
        }
    }

    private Process start() {
        try {
            return new ProcessBuilder(command).directory(workingDirectory.toFile()).start();
        } catch (IOException e) {
            throw new OracleException("cannot start " + String.join(" ", command) + " in " + workingDirectory, e);
        }
    }

    private static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** One started process with its stdout reader and stderr drain threads. */
    private static final class Running {
        final Process process;
        final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
        private final StringBuilder stderr = new StringBuilder();
        /** Kills the process if the JVM exits while it still runs (a test class forgot close()). */
        private final Thread killOnExit;

        Running(Process process) {
            this.process = process;
            this.killOnExit = new Thread(() -> killTree(process), "oracle-kill-on-exit");
            Runtime.getRuntime().addShutdownHook(killOnExit);
            daemon("oracle-stdout", () -> readReplies(process.getInputStream())).start();
            daemon("oracle-stderr", () -> drainErrors(process.getErrorStream())).start();
        }

        private static Thread daemon(String name, Runnable body) {
            Thread thread = new Thread(body, name);
            thread.setDaemon(true);
            return thread;
        }

        private void readReplies(InputStream stdout) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    replies.add(line);
                }
            } catch (IOException | UncheckedIOException e) {
                // the process was killed; the END_OF_STREAM below tells the waiting request
            } finally {
                replies.add(END_OF_STREAM);
            }
        }

        private void drainErrors(InputStream errors) {
            byte[] buffer = new byte[1024];
            try (errors) {
                for (int n = errors.read(buffer); n >= 0; n = errors.read(buffer)) {
                    appendError(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // the process was killed; the tail so far is all there is
            }
        }

        private synchronized void appendError(String text) {
            stderr.append(text);
            if (stderr.length() > STDERR_TAIL_CHARS) {
                stderr.delete(0, stderr.length() - STDERR_TAIL_CHARS);
            }
        }

        synchronized String stderrTail() {
            return stderr.toString();
        }

        String exitCode() {
            return process.isAlive() ? "none, still running" : String.valueOf(process.exitValue());
        }

        void kill() {
            killTree(process);
            try {
                Runtime.getRuntime().removeShutdownHook(killOnExit);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down and runs the hook itself
            }
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
