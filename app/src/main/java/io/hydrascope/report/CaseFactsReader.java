package io.hydrascope.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hydrascope.model.AnalysisRun;
import io.hydrascope.model.CaseSummary;
import io.hydrascope.model.ImportRecord;
import io.hydrascope.store.CaseSummaryRepository;
import io.hydrascope.store.ImportRepository;
import io.hydrascope.store.ReadSession;
import io.hydrascope.store.ReportQueries;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the reproducibility facts of a case: source files, time range, analysis version, settings, baselines. */
final class CaseFactsReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseFactsReader() {
    }

    static CaseFacts read(ReadSession session, AnalysisRun run) {
        CaseSummary summary = CaseSummaryRepository.summary(session);
        List<CaseFacts.DataFile> files = new ArrayList<>();
        for (ImportRecord r : ImportRepository.list(session)) {
            files.add(new CaseFacts.DataFile(r.fileName(), r.kind().dbValue(), r.format(), r.sha256(),
                    r.counts().rowsRead(), r.counts().imported(), r.status().dbValue()));
        }
        Map<String, String> settings = new LinkedHashMap<>();
        JsonNode settingsNode = parse(run.settingsJson());
        for (Iterator<Map.Entry<String, JsonNode>> it = settingsNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            settings.put(e.getKey(), e.getValue().isNull() ? "(default)" : e.getValue().asText());
        }
        JsonNode runSummary = parse(run.summaryJson());
        Map<String, Double> baselines = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = runSummary.path("baselines").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            baselines.put(e.getKey(), e.getValue().asDouble());
        }
        int[] counts = new ReportQueries(session).clusterCounts();
        return new CaseFacts(session.path().getFileName().toString(), files, summary.interactions(),
                summary.accounts(), Micros.instant(summary.firstTimestampMicros()),
                Micros.instant(summary.lastTimestampMicros()), run.version(), run.finishedAt(), settings,
                run.settingsJson(), baselines, text(runSummary, "new_model"), text(runSummary, "previous_model"),
                instant(text(runSummary, "launch")), counts[0], counts[1]);
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ReportException("the stored analysis run is unreadable: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
