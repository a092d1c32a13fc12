package io.hydrascope.report;

import java.time.Instant;
import java.util.List;

/**
 * One interaction shown in a report. Every text field is what the logs said (attacker-controlled): writers escape
 * it. {@code prompt} is cut to the report's limit; {@code omittedChars} says how much was cut (0 when none).
 *
 * @param why why it is shown: "bookmarked", "template family 4", "topic coding"
 * @param topicExplanation why the prompt got its topic ({@code Topic coding 0.93: `implement`, code block}), quoting
 *     the prompt; empty without analysis
 */
public record Evidence(String requestId, Instant timestamp, String accountId, String ip, String userAgent,
                       String model, String topic, boolean chainOfThought, String topicExplanation, Long familyId,
                       String prompt,
                       int omittedChars, boolean bookmarked, String why, List<String> notes, Long clusterId) {
}
