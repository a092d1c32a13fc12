package io.hydrascope.store;

/** A case file could not be opened, read or written. The message names the file and the reason. */
public class CaseStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CaseStoreException(String message) {
        super(message);
    }

    public CaseStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
