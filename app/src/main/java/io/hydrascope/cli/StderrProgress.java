package io.hydrascope.cli;

import io.hydrascope.model.ProgressListener;
import java.io.PrintWriter;

/**
 * Prints progress to stderr at most twice a second: rewriting one line on a terminal, one line every few seconds
 * otherwise (logs stay readable).
 */
final class StderrProgress implements ProgressListener {
    private static final long TERMINAL_INTERVAL_NANOS = 500_000_000L;
    private static final long LOG_INTERVAL_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final long interval;
    private long lastPrinted;
    private String lastMessage = "";
    private boolean lineOpen;

    StderrProgress(PrintWriter err) {
        this.err = err;
        this.terminal = System.console() != null;
        this.interval = terminal ? TERMINAL_INTERVAL_NANOS : LOG_INTERVAL_NANOS;
    }

    @Override
    public synchronized void progress(long done, long total, String rawMessage) {
        String message = TerminalText.safe(rawMessage); // may name a file or a cluster taken from the logs
        long now = System.nanoTime();
        boolean newStep = !message.equals(lastMessage);
        if (!newStep && now - lastPrinted < interval) {
            return;
        }
        lastPrinted = now;
        lastMessage = message;
        String pct = total > 0 ? String.format(" %3d%%", Math.min(100, done * 100 / total)) : "";
        if (terminal) {
            err.print("\r" + message + pct + "          ");
            lineOpen = true;
        } else {
            err.println(message + pct);
        }
        err.flush();
    }

    /** Ends the progress line with a closing message, so the last line does not show a step half done. */
    synchronized void complete(String rawMessage) {
        String message = TerminalText.safe(rawMessage);
        if (terminal) {
            err.print("\r" + message + " ".repeat(Math.max(10, lastMessage.length() + 15 - message.length())));
            err.println();
        } else {
            err.println(message);
        }
        lineOpen = false;
        lastMessage = message;
        err.flush();
    }

    /** Ends the progress line before ordinary output follows. */
    synchronized void finish() {
        if (lineOpen) {
            err.println();
            lineOpen = false;
        }
        err.flush();
    }
}
