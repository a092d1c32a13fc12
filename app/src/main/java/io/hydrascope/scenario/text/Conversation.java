package io.hydrascope.scenario.text;

import java.util.SplittableRandom;

/** The prompts of one conversation: a first prompt and follow-ups that keep its slot values (language, topic...). */
public final class Conversation {
    private final PromptFamily family;
    private final Fill fill;
    private final Voice voice;
    private final Template[] genericFollowUps;

    Conversation(PromptFamily family, Fill fill, Voice voice, Template[] genericFollowUps) {
        this.family = family;
        this.fill = fill;
        this.voice = voice;
        this.genericFollowUps = genericFollowUps;
    }

    public PromptFamily family() {
        return family;
    }

    public String first() {
        StringBuilder sb = new StringBuilder(256);
        family.first(fill, sb);
        return styled(sb.toString());
    }

    public String followUp() {
        StringBuilder sb = new StringBuilder(128);
        boolean own = family.followUp(fill, sb);
        if (genericFollowUps.length > 0 && (!own || fill.rng().nextDouble() < 0.25)) {
            sb.setLength(0);
            genericFollowUps[fill.rng().nextInt(genericFollowUps.length)].fill(fill, sb);
        }
        return styled(sb.toString());
    }

    private String styled(String text) {
        SplittableRandom rng = fill.rng();
        return family.casual() ? voice.apply(text, rng) : text;
    }
}
