package io.hydrascope.cli;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.CancelledException;
import io.hydrascope.report.ReportFormat;
import io.hydrascope.report.ReportModel;
import io.hydrascope.report.ReportOptions;
import io.hydrascope.report.ReportScope;
import io.hydrascope.report.ReportService;
import io.hydrascope.store.CaseStore;
import io.hydrascope.store.ReadSession;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hydrascope report}: a case report as HTML, PDF, Markdown, a STIX 2.1 bundle or indicator CSV. */
@Command(name = "report", description = "Write a case report: the whole case (flagged clusters and bookmarked "
        + "evidence), one cluster or chosen accounts, as html, pdf, md, stix (STIX 2.1 bundle) or csv (indicators).")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    CaseOption caseOption;

    static final class Scope {
        @Option(names = "--cluster", paramLabel = "ID", description = "Report one cluster of the latest analysis.")
        Long cluster;

        @Option(names = "--accounts", paramLabel = "A,B,...", split = ",",
                description = "Report chosen accounts (comma-separated account ids).")
        List<String> accounts;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Scope scope;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "html, pdf, md, stix or csv.")
    ReportFormat format;

    @Mixin
    OutputOption output;

    @Option(names = "--title", description = "Report title (default: from the scope).")
    String title;

    @Option(names = "--team", description = "The producing team, named as author and STIX identity (default: "
            + "${DEFAULT-VALUE}).", defaultValue = "Hydrascope analyst team")
    String team;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        output.check("the report");
        ReportScope reportScope = scope == null ? ReportScope.wholeCase()
                : scope.cluster != null ? ReportScope.cluster(scope.cluster) : ReportScope.accounts(accountIds());
        ReportService service = new ReportService(ReportOptions.DEFAULTS.withTitle(title).withTeam(team));
        CancellationToken cancel = new CancellationToken();
        StderrProgress progress = new StderrProgress(err);
        long started = System.nanoTime();
        try (CaseStore store = CaseStore.openReadOnly(caseOption.file); ReadSession session = store.newReader()) {
            ReportModel model = service.write(session, reportScope, format, output.file, output.force, progress,
                    cancel);
            progress.finish();
            out.printf("wrote %s report to %s in %.1f s: %s, %d section%s, %,d indicators%n",
                    format.name().toLowerCase(java.util.Locale.ROOT), TerminalText.safe(output.file),
                    (System.nanoTime() - started) / 1e9,
                    reportScope.describe().toLowerCase(java.util.Locale.ROOT), model.sections().size(),
                    model.sections().size() == 1 ? "" : "s", model.indicators().size());
            return 0;
        } catch (CancelledException e) {
            progress.finish();
            err.println("hydrascope: report cancelled");
            return 130;
        }
    }

    private List<String> accountIds() {
        List<String> ids = scope.accounts.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        if (ids.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--accounts needs at least one account id");
        }
        return ids;
    }

    /** Accepts the format names in any case, with a usage error listing them otherwise. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a report format; use one of "
                        + Arrays.stream(ReportFormat.values()).map(f -> f.name().toLowerCase(java.util.Locale.ROOT))
                        .toList());
            }
        }
    }
}
