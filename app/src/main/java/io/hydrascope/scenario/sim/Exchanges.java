package io.hydrascope.scenario.sim;

import io.hydrascope.model.Interaction;
import io.hydrascope.scenario.infra.Ids;
import io.hydrascope.scenario.text.Conversation;
import io.hydrascope.scenario.text.PromptFamily;
import io.hydrascope.scenario.text.PromptLibrary;
import java.util.SplittableRandom;

/**
 * Turns a conversation into log rows: prompt text, token counts that grow with the history, tool calls, status and
 * the times of its turns (each follow-up after the answer was generated and read).
 */
final class Exchanges {
    static final String OK = "ok";
    static final String ERROR = "error";
    static final String RATE_LIMITED = "rate_limited";

    private final PromptLibrary library;

    Exchanges(PromptLibrary library) {
        this.library = library;
    }

    PromptLibrary library() {
        return library;
    }

    /**
     * What stays the same across a conversation's turns.
     *
     * @param systemTokens tokens the client adds to every request (system prompt, IDE file context...)
     * @param cot whether the first prompt asks for step-by-step reasoning
     * @param tools whether the client offers tools (otherwise tool_calls stays empty)
     */
    record Setting(SimAccount account, String ip, String userAgent, String model, long systemTokens,
            double errorRate, double rateLimitedRate, boolean cot, boolean tools) {
    }

    /** Adds the {@code turns} rows of one conversation starting at {@code start}. */
    void emit(SplittableRandom rng, long start, Setting s, Conversation conversation, int turns, TurnPlan plan,
            SliceBuffer out) {
        String conversationId = Ids.conversation(rng);
        long t = start;
        long history = 0;
        for (int turn = 1; turn <= turns; turn++) {
            String prompt = turn == 1 ? conversation.first() : conversation.followUp();
            if (turn == 1 && s.cot()) {
                prompt = prompt + library.cotSuffix(rng);
            }
            long promptTokens = tokens(prompt);
            long input = s.systemTokens() + history + promptTokens;
            String status = status(rng, s);
            long output = OK.equals(status) ? conversation.family().outputTokens(rng) * (s.cot() ? 2 : 1) : 0;
            Integer tools = OK.equals(status) && s.tools() ? conversation.family().toolCalls(rng) : null;
            out.add(new Interaction(null, t * 1000, s.account().id(), s.ip(), s.userAgent(), s.model(),
                    conversationId, turn, input, output, tools == null ? null : tools.toString(), status, prompt));
            history += promptTokens + output;
            t += output * 20 + plan.gapMillis(rng);
        }
    }

    /** Adds a one-turn conversation with a ready prompt, as a benchmark harness sends. */
    void emitSingle(SplittableRandom rng, long t, Setting s, String prompt, PromptFamily family, SliceBuffer out) {
        String status = status(rng, s);
        long output = OK.equals(status) ? family.outputTokens(rng) : 0;
        Integer tools = OK.equals(status) && s.tools() ? family.toolCalls(rng) : null;
        out.add(new Interaction(null, t * 1000, s.account().id(), s.ip(), s.userAgent(), s.model(),
                Ids.conversation(rng), 1, s.systemTokens() + tokens(prompt), output,
                tools == null ? null : tools.toString(), status, prompt));
    }

    private static String status(SplittableRandom rng, Setting s) {
        double x = rng.nextDouble();
        if (x < s.rateLimitedRate()) {
            return RATE_LIMITED;
        }
        return x < s.rateLimitedRate() + s.errorRate() ? ERROR : OK;
    }

    /** A tokenizer's count, approximately: four characters a token for Latin text, one or two for CJK. */
    static long tokens(String text) {
        int nonAscii = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x2e7f) {
                nonAscii++;
            }
        }
        return Math.max(1, (text.length() - nonAscii + 3) / 4 + nonAscii * 3 / 4);
    }
}
