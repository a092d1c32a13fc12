package io.hydrascope.ingest;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Decides from a file's column names or keys which format it is. Order matters: the most specific shape first. */
public final class FormatDetector {
    private static final Set<String> ACCOUNT_ONLY = Set.of("createdat", "emaildomain", "paymentfingerprint",
            "country", "orgid", "plan");

    private FormatDetector() {
    }

    public static Optional<SourceFormat> detect(List<String> columns) {
        Set<String> names = columns.stream().map(FieldNames::normalize).collect(Collectors.toSet());
        if (hasAll(names, NativeFormats.INTERACTIONS)) {
            return Optional.of(NativeFormats.INTERACTIONS);
        }
        if (hasAll(names, NativeFormats.LABELS)) {
            return Optional.of(NativeFormats.LABELS);
        }
        if (hasAll(names, NativeFormats.ACCOUNTS) && names.stream().anyMatch(ACCOUNT_ONLY::contains)) {
            return Optional.of(NativeFormats.ACCOUNTS);
        }
        return Optional.empty();
    }

    /** What a file must look like, for the error message when nothing matched. */
    public static String expectation() {
        return "expected interactions (request_id, timestamp, account_id[, ip, user_agent, model, conversation_id, "
                + "turn, input_tokens, output_tokens, tool_calls, status, prompt]), accounts (account_id, "
                + "created_at, email_domain, payment_fingerprint, country, org_id, plan) or labels (account_id, "
                + "campaign), a recognised export (LiteLLM, OpenTelemetry OTLP/JSON, Langfuse, Helicone, OpenRouter, "
                + "ChatGPT), or a mapping profile for any other file (--mapping)";
    }

    private static boolean hasAll(Set<String> names, SourceFormat format) {
        return format.required().stream().map(FieldNames::normalize).allMatch(names::contains);
    }
}
