package io.hydrascope.report;

/** A report cannot be made as asked (no analysis yet, unknown cluster or accounts, output not writable). */
public final class ReportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
