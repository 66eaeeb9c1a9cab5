package dev.cairn.testing;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A process a test started, stopped with SIGSTOP until {@link #run()} continues it with SIGCONT: a server that holds
 * every answer and stops reading, its connections left open, so a sink's writes fill the socket and then wait.
 */
public final class SuspendedProcess implements Runnable {

    private final long pid;

    private SuspendedProcess(long pid) {
        this.pid = pid;
    }

    /** Stops {@code process}; running the result continues it. */
    public static SuspendedProcess suspend(Process process) throws IOException, InterruptedException {
        signal("-STOP", process.pid());
        return new SuspendedProcess(process.pid());
    }

    /** Continues the process. */
    @Override
    public void run() {
        try {
            signal("-CONT", pid);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", signal, String.valueOf(pid))
                .inheritIO()
                .start();
        if (kill.waitFor() != 0) {
            throw new IOException("kill " + signal + " " + pid + " failed");
        }
    }
}
