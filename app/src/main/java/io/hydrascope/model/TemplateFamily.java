package io.hydrascope.model;

/** A group of near-duplicate prompts (a template with slots filled), its shared skeleton and its reach. */
public record TemplateFamily(long id, String skeleton, long interactions, int accounts, Long exampleInteractionId) {
}
