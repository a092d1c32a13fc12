package io.hydrascope.scenario.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One prompt resource file as written: slot lists (names starting with {@code code_} are code whose only
 * placeholders are {@code <<slot>>}), tool definitions, template families, generic follow-ups per pool and chain-of-thought suffixes.
 */
record PromptFile(
        Map<String, List<String>> slots,
        List<JsonNode> tools,
        List<FamilyDef> families,
        Map<String, List<String>> followUps,
        List<String> cot) {

    /**
     * @param output median and log-space sigma of the answer length in tokens
     * @param toolCalls mean number of tool calls per exchange; absent when no tools are offered
     * @param casual whether people type it (lower case, missing punctuation, greetings, typos)
     */
    record FamilyDef(
            String id,
            String pool,
            String language,
            Double weight,
            List<String> templates,
            List<String> followUps,
            List<String> prefixes,
            Double prefixRate,
            List<String> suffixes,
            Double suffixRate,
            List<Double> output,
            Double toolCalls,
            Boolean casual) {
    }
}
