package io.hydrascope.scenario.text;

import io.hydrascope.scenario.infra.Rand;
import java.util.SplittableRandom;

/** A family of prompts for one task: several phrasings with slots, and the follow-ups that go with them. */
public final class PromptFamily {
    private final String id;
    private final String pool;
    private final String language;
    private final double weight;
    private final Template[] templates;
    private final Template[] followUps;
    private final Template[] prefixes;
    private final double prefixRate;
    private final Template[] suffixes;
    private final double suffixRate;
    private final double outputMedian;
    private final double outputSigma;
    private final double toolCallsMean;
    private final boolean casual;

    PromptFamily(PromptFile.FamilyDef def, Template[] templates, Template[] followUps, Template[] prefixes,
            Template[] suffixes) {
        this.id = def.id();
        this.pool = def.pool();
        this.language = def.language() == null ? "en" : def.language();
        this.weight = def.weight() == null ? 1.0 : def.weight();
        this.templates = templates;
        this.followUps = followUps;
        this.prefixes = prefixes;
        this.prefixRate = def.prefixRate() == null ? 0.0 : def.prefixRate();
        this.suffixes = suffixes;
        this.suffixRate = def.suffixRate() == null ? 0.0 : def.suffixRate();
        this.outputMedian = def.output() == null ? 350 : def.output().get(0);
        this.outputSigma = def.output() == null ? 0.6 : def.output().get(1);
        this.toolCallsMean = def.toolCalls() == null ? -1 : def.toolCalls();
        this.casual = Boolean.TRUE.equals(def.casual());
    }

    public String id() {
        return id;
    }

    public String pool() {
        return pool;
    }

    public String language() {
        return language;
    }

    double weight() {
        return weight;
    }

    boolean casual() {
        return casual;
    }

    int templateCount() {
        return templates.length;
    }

    void first(Fill fill, StringBuilder out) {
        SplittableRandom rng = fill.rng();
        if (prefixes.length > 0 && Rand.chance(rng, prefixRate)) {
            Rand.pick(rng, prefixes).fill(fill, out);
        }
        Rand.pick(rng, templates).fill(fill, out);
        if (suffixes.length > 0 && Rand.chance(rng, suffixRate)) {
            Rand.pick(rng, suffixes).fill(fill, out);
        }
    }

    void template(int index, Fill fill, StringBuilder out) {
        templates[index].fill(fill, out);
    }

    /** Appends a follow-up; false when the family has none of its own. */
    boolean followUp(Fill fill, StringBuilder out) {
        if (followUps.length == 0) {
            return false;
        }
        Rand.pick(fill.rng(), followUps).fill(fill, out);
        return true;
    }

    /** Length of an answer in tokens. */
    public long outputTokens(SplittableRandom rng) {
        return Math.max(1, Math.min(16_000, Math.round(Rand.logNormal(rng, outputMedian, outputSigma))));
    }

    /** Tool calls of one exchange, or null when the family offers no tools. */
    public Integer toolCalls(SplittableRandom rng) {
        return toolCallsMean < 0 ? null : Rand.poisson(rng, toolCallsMean);
    }
}
