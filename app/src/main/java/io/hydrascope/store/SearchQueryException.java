package io.hydrascope.store;

/** A full-text query the search index cannot understand; the message says why in words a person can act on. */
public final class SearchQueryException extends CaseStoreException {
    private static final long serialVersionUID = 1L;

    public SearchQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
