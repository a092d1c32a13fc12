package io.hydrascope.scenario.text;

import java.util.SplittableRandom;

/** The prompts of one conversation: a first prompt and follow-ups that keep its slot values (language, topic...). */
public final class Conversation {
    private final PromptFamily family;
    private final Fill fill;
    private final Voice voice;
    private final Template[] genericFollowUps;
    private final String prefix;

    Conversation(PromptFamily family, Fill fill, Voice voice, Template[] genericFollowUps) {
        this(family, fill, voice, genericFollowUps, "");
    }

    private Conversation(PromptFamily family, Fill fill, Voice voice, Template[] genericFollowUps, String prefix) {
        this.family = family;
        this.fill = fill;
        this.voice = voice;
        this.genericFollowUps = genericFollowUps;
        this.prefix = prefix;
    }

    /**
     * This conversation with {@code text} before every prompt, as a client that sends its own system prompt and
     * workspace description with each request. The prefix is sent as is, never restyled.
     */
    public Conversation prefixed(String text) {
        return new Conversation(family, fill, voice, genericFollowUps, prefix + text);
    }

    public PromptFamily family() {
        return family;
    }

    public String first() {
        StringBuilder sb = new StringBuilder(256);
        family.first(fill, sb);
        return withPrefix(styled(sb.toString()));
    }

    public String followUp() {
        StringBuilder sb = new StringBuilder(128);
        boolean own = family.followUp(fill, sb);
        if (genericFollowUps.length > 0 && (!own || fill.rng().nextDouble() < 0.25)) {
            sb.setLength(0);
            genericFollowUps[fill.rng().nextInt(genericFollowUps.length)].fill(fill, sb);
        }
        return withPrefix(styled(sb.toString()));
    }

    private String withPrefix(String prompt) {
        return prefix.isEmpty() ? prompt : prefix + prompt;
    }

    private String styled(String text) {
        SplittableRandom rng = fill.rng();
        return family.casual() ? voice.apply(text, rng) : text;
    }
}
