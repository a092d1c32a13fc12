package io.hydrascope.scenario.text;

import java.util.List;
import java.util.stream.Stream;

/**
 * The prompt pools a population or campaign draws from. Campaign pools hold templated task-space prompts (the
 * {@code task-bank-*} pools: one operator's few templates and small vocabulary); benign pools hold what people,
 * developers, relayed customers, benchmark harnesses, an agent's users, a class and sharers of a viral prompt send.
 */
public final class PromptPools {
    /** Pools of campaign-style task prompts, one per targeted capability. */
    public static final List<String> CAMPAIGN = List.of("coding", "reasoning", "tool-use", "agentic-planning",
            "orchestration", "data-analysis", "computer-use", "vision", "alignment-policy", "task-bank-coding",
            "task-bank-tool-use");
    /** Pools of benign traffic. */
    public static final List<String> BENIGN = List.of("chat", "dev-help", "data-help", "support-relay", "benchmark",
            "agent-session", "course-homework", "viral-prompts");
    public static final List<String> NAMES = Stream.concat(CAMPAIGN.stream(), BENIGN.stream()).toList();

    private PromptPools() {
    }
}
