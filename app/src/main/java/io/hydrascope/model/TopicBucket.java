package io.hydrascope.model;

/** Interactions with one topic in one time bucket starting at {@code startMicros}. */
public record TopicBucket(long startMicros, String topic, long interactions) {
}
