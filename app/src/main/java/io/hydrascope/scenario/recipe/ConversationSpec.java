package io.hydrascope.scenario.recipe;

/**
 * Shape of a campaign's conversations: {@code singleTurnShare} of them have one turn, the others 2 to
 * {@code maxTurns} turns (agent loops) about {@code followUpSeconds} apart.
 */
public record ConversationSpec(Double singleTurnShare, Integer maxTurns, Double followUpSeconds) {

    public ConversationSpec orDefaults(ConversationSpec d) {
        if (d == null) {
            return this;
        }
        return new ConversationSpec(Defaults.or(singleTurnShare, d.singleTurnShare),
                Defaults.or(maxTurns, d.maxTurns), Defaults.or(followUpSeconds, d.followUpSeconds));
    }
}
