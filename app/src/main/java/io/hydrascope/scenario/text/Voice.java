package io.hydrascope.scenario.text;

import io.hydrascope.scenario.infra.Rand;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How one person types: some never capitalise, some skip the question mark, some greet or thank the model, some
 * make typos. Applied to casual (human-typed) prompts only, so the same person sounds the same across conversations.
 */
public record Voice(boolean lowerCase, boolean dropsPunctuation, double greetRate, double thanksRate,
        double typoRate) {
    private static final String[] GREETINGS = {"hey ", "hi, ", "hello! ", "ok so ", "quick question: ", "hi there. ",
        "hey, so ", "Hi! "};
    private static final String[] THANKS = {" thanks!", " thx", " thank you", " pls", " :)", " 🙏", " ty!"};

    /** A neutral voice: text as templated. */
    public static final Voice PLAIN = new Voice(false, false, 0, 0, 0);

    public static Voice random(SplittableRandom rng) {
        return new Voice(Rand.chance(rng, 0.22), Rand.chance(rng, 0.3), rng.nextDouble() * 0.2,
                rng.nextDouble() * 0.15, Rand.chance(rng, 0.3) ? 0.25 : 0.0);
    }

    /** Restyles what the person typed; pasted material (everything after the first line break) stays verbatim. */
    String apply(String text, SplittableRandom rng) {
        int lineEnd = text.indexOf('\n');
        String typed = lineEnd < 0 ? text : text.substring(0, lineEnd);
        String pasted = lineEnd < 0 ? "" : text.substring(lineEnd);
        if (lowerCase) {
            typed = typed.toLowerCase(Locale.ROOT);
        }
        if (Rand.chance(rng, typoRate)) {
            typed = typo(typed, rng);
        }
        String s = typed + pasted;
        if (dropsPunctuation && (s.endsWith("?") || s.endsWith("."))) {
            s = s.substring(0, s.length() - 1);
        }
        if (Rand.chance(rng, greetRate)) {
            s = Rand.pick(rng, GREETINGS) + s;
        }
        if (Rand.chance(rng, thanksRate)) {
            s = s + Rand.pick(rng, THANKS);
        }
        return s;
    }

    /** Swaps two adjacent letters somewhere in the text, as fast typing does. */
    private static String typo(String s, SplittableRandom rng) {
        if (s.length() < 8) {
            return s;
        }
        int at = 1 + rng.nextInt(s.length() - 3);
        char a = s.charAt(at);
        char b = s.charAt(at + 1);
        if (!Character.isLetter(a) || !Character.isLetter(b)) {
            return s;
        }
        return s.substring(0, at) + b + a + s.substring(at + 2);
    }
}
