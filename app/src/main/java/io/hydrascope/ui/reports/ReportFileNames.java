package io.hydrascope.ui.reports;

import io.hydrascope.report.ReportFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The file names the Export dialog suggests: {@code sample-network-3.html}, {@code sample-case-indicators.csv}. */
final class ReportFileNames {
    private ReportFileNames() {
    }

    /**
     * @param what "case", "network-3", "accounts" or "account-ID"
     */
    static String suggest(String caseName, String what, ReportFormat format) {
        String suffix = format == ReportFormat.STIX ? "-stix" : format == ReportFormat.CSV ? "-indicators" : "";
        return safe(caseName + "-" + what + suffix) + "." + format.extension();
    }

    /** What a scope adds to the name: "case", "network-3" (or "network" before one is chosen), "accounts". */
    static String scopePart(ExportReportViewModel.ScopeKind kind, NetworkChoice network, List<String> accounts) {
        return switch (kind) {
            case WHOLE_CASE -> "case";
            case CLUSTER -> network == null ? "network" : "network-" + network.id();
            case ACCOUNTS -> accounts.size() == 1 ? "account-" + accounts.get(0) : "accounts";
        };
    }

    /** Account ids are logged text: only letters, digits, dots, dashes and underscores reach a file name. */
    static String safe(String name) {
        String cleaned = name.replaceAll("[^\\p{L}\\p{N}._-]+", "_").replaceAll("^[.]+", "");
        return cleaned.length() > 80 ? cleaned.substring(0, 80) : cleaned.isEmpty() ? "report" : cleaned;
    }

    /** The same file with the extension of {@code extension} instead of any report format's. */
    static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        for (ReportFormat f : ReportFormat.values()) {
            if (name.toLowerCase(Locale.ROOT).endsWith("." + f.extension())) {
                name = name.substring(0, name.length() - f.extension().length() - 1);
                break;
            }
        }
        return file.resolveSibling(name + "." + extension);
    }
}
