package io.hydrascope.analysis.topics;

/** A taxonomy file that cannot be used; the message names the file and the problem. */
public final class TaxonomyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;

    TaxonomyException(String source, String problem) {
        super("taxonomy " + source + ": " + problem);
        this.source = source;
    }

    TaxonomyException(String source, String problem, Throwable cause) {
        super("taxonomy " + source + ": " + problem, cause);
        this.source = source;
    }

    /** The file or resource that was being read. */
    public String source() {
        return source;
    }
}
