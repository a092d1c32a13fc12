package io.hydrascope.analysis;

/**
 * Turns a prompt into the hashes of its word pairs after normalising: lower case, digits folded to one symbol,
 * punctuation dropped. Templates whose slots hold different words still share most pairs. Scans at most
 * {@link #MAX_CHARS} characters, so a huge prompt costs no more than a long one.
 */
final class PromptShingles {
    static final int MAX_CHARS = 2_000;

    private PromptShingles() {
    }

    /** Adds the prompt's word-pair hashes to the sketch; returns how many pairs there were. */
    static int sketch(String prompt, long[] sketch) {
        if (prompt == null) {
            return 0;
        }
        int end = Math.min(prompt.length(), MAX_CHARS);
        long previous = 0;
        int pairs = 0;
        int i = 0;
        while (i < end) {
            while (i < end && !Character.isLetterOrDigit(prompt.charAt(i))) {
                i++;
            }
            if (i >= end) {
                break;
            }
            long h = 0xCBF29CE484222325L;
            boolean digits = false;
            while (i < end && Character.isLetterOrDigit(prompt.charAt(i))) {
                char c = prompt.charAt(i++);
                if (Character.isDigit(c)) {
                    if (!digits) {
                        h = (h ^ '#') * 0x100000001B3L;
                        digits = true;
                    }
                } else {
                    digits = false;
                    h = (h ^ Character.toLowerCase(c)) * 0x100000001B3L;
                }
            }
            if (previous != 0) {
                MinSketch.add(sketch, Hashing.combine(previous, h));
                pairs++;
            }
            previous = h;
        }
        return pairs;
    }
}
