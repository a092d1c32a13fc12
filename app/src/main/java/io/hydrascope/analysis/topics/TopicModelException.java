package io.hydrascope.analysis.topics;

/** A topic model file that cannot be read, or training data that cannot be used; the message names the file. */
public final class TopicModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TopicModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
