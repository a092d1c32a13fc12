package io.hydrascope.analysis.topics;

import io.hydrascope.model.Hashes;

/**
 * A prompt with its known topic, for training and evaluation.
 *
 * @param text the prompt
 * @param topic its topic
 * @param chainOfThought whether it asks for step-by-step reasoning; null when not labelled
 * @param language ISO 639-1 code, or {@code und} when unknown
 * @param source where it came from (a file name), for per-source figures
 */
public record LabelledPrompt(String text, Topic topic, Boolean chainOfThought, String language, String source) {
    /**
     * Whether the prompt belongs to the test split, which is never trained on: about one in five, decided by a hash
     * of the text alone, so the same prompt lands in the same split in every file and every run.
     */
    public boolean isTest() {
        return bucket() == 0;
    }

    /**
     * Whether the prompt belongs to the validation split (another one in five, also by hash), on which settings such
     * as the regularisation are chosen, so that the test split stays untouched by tuning.
     */
    public boolean isValidation() {
        return bucket() == 1;
    }

    private int bucket() {
        return (int) Math.floorMod(Hashes.hash(text, 0, text.length()), 5);
    }
}
