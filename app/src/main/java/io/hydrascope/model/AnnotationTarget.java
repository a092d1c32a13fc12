package io.hydrascope.model;

import java.util.Locale;

/**
 * What an analyst's tag, note or bookmark is attached to. Target ids are the identifiers analysts see: the case is
 * {@link #CASE_ID}, an account its account id, a cluster its number in the latest analysis run, an interaction its
 * request id (stable across re-imports, unlike internal row ids).
 */
public enum AnnotationTarget {
    CASE, ACCOUNT, CLUSTER, INTERACTION;

    /** The single target id used for annotations on the case as a whole. */
    public static final String CASE_ID = "case";

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AnnotationTarget fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
