package io.hydrascope.ui.analysis;

/** The topic an analysis gave one interaction, and whether its prompt asks for chain-of-thought. */
public record InteractionTopic(String topic, boolean chainOfThought) {
}
