package io.hydrascope.report;

import io.hydrascope.analysis.graph.ClusterGraphService;

/**
 * What goes into a report and how much of it.
 *
 * @param title report title, or null for one derived from the case and scope
 * @param team the producing team, named as the author in documents and as the STIX identity
 * @param maxAccountsPerSection member accounts listed per cluster (riskiest first)
 * @param maxInfrastructureRows rows per kind of infrastructure listed per cluster (most used first)
 * @param maxSamples sample prompts per cluster (bookmarked evidence first)
 * @param maxPromptChars characters of a prompt shown before it is cut with a visible marker
 * @param maxIndicatorRows indicators listed in each network's section of the HTML/PDF/Markdown report, highest
 *                         confidence first (the appendix counts them by type; CSV and STIX always hold all)
 * @param graphLimits how many accounts and keys the cluster picture may show
 */
public record ReportOptions(String title, String team, int maxAccountsPerSection, int maxInfrastructureRows,
                            int maxSamples, int maxPromptChars, int maxIndicatorRows,
                            ClusterGraphService.Limits graphLimits) {
    public static final ReportOptions DEFAULTS = new ReportOptions(null, "Hydrascope analyst team", 150, 15, 8, 1200,
            10, ClusterGraphService.Limits.DEFAULT);

    public ReportOptions withTitle(String newTitle) {
        return new ReportOptions(newTitle, team, maxAccountsPerSection, maxInfrastructureRows, maxSamples,
                maxPromptChars, maxIndicatorRows, graphLimits);
    }

    public ReportOptions withTeam(String newTeam) {
        return new ReportOptions(title, newTeam, maxAccountsPerSection, maxInfrastructureRows, maxSamples,
                maxPromptChars, maxIndicatorRows, graphLimits);
    }
}
