package io.hydrascope.analysis;

import io.hydrascope.analysis.topics.Topic;

/** One interaction handed from the reading thread (which also classifies its prompt) to the collecting thread. */
record ScannedRow(long id, long accountRef, long ts, String ip, String userAgent, String model,
                  String conversationId, int turn, String prompt, Topic topic, float confidence,
                  boolean chainOfThought) {
}
