package io.hydrascope.report;

import java.time.Instant;
import java.util.List;

/**
 * One report, independent of its format: every writer renders this. Built by {@link ReportService}.
 *
 * @param summary executive summary, one finding per entry
 * @param otherEvidence bookmarked interactions outside the reported clusters (whole-case scope)
 * @param caseAnnotations analyst notes and tags on the case itself and on targets outside the sections
 * @param indicators every indicator of every section, highest confidence first
 */
public record ReportModel(String title, String team, String generator, Instant generatedAt, ReportScope scope,
                          CaseFacts facts, List<String> summary, List<ClusterSection> sections,
                          List<Evidence> otherEvidence, List<AnnotationLine> caseAnnotations,
                          List<Indicator> indicators, ReportOptions options) {
}
