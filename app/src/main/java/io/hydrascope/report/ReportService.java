package io.hydrascope.report;

import io.hydrascope.analysis.graph.ClusterGraphService;
import io.hydrascope.model.AnalysisRun;
import io.hydrascope.model.AnnotationTarget;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ClusterResult;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.model.files.OutputFile;
import io.hydrascope.model.files.OutputFileException;
import io.hydrascope.store.ReadSession;
import io.hydrascope.store.ReportQueries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes case reports: assembles one {@link ReportModel} for a {@link ReportScope} from the analysed case, then renders
 * it with the writer of a {@link ReportFormat}, to a file or in memory (the window's preview). Plain Java with
 * progress and cancellation; call it from a worker thread that owns the given {@link ReadSession}.
 */
public final class ReportService {
    private final ReportOptions options;
    private final ClusterGraphService graphs;
    private final Clock clock;
    private final String generator;

    public ReportService(ReportOptions options, Clock clock, String generator) {
        this.options = options;
        this.graphs = new ClusterGraphService(options.graphLimits());
        this.clock = clock;
        this.generator = generator;
    }

    public ReportService(ReportOptions options) {
        this(options, Clock.systemUTC(), defaultGenerator());
    }

    /** The same service for a report with this title (null: derived from the scope) and producing team. */
    public ReportService withTitleAndTeam(String title, String team) {
        return new ReportService(options.withTitle(title).withTeam(team), clock, generator);
    }

    /**
     * Assembles the report. {@code withPictures} lays out cluster pictures (needed by HTML and PDF only).
     *
     * @throws ReportException when the case has no analysis yet or the scope names unknown clusters or accounts
     */
    public ReportModel build(ReadSession session, ReportScope scope, boolean withPictures, ProgressListener progress,
                             CancellationToken cancel) {
        ReportQueries queries = new ReportQueries(session);
        AnalysisRun run = queries.latestRun().orElseThrow(() -> new ReportException(session.path().getFileName()
                + ": no analysis results yet; run 'hydrascope analyze' on the case first"));
        AnnotationIndex notes = AnnotationIndex.load(session);
        List<SectionScope> scopes = new ScopeResolver(session, notes).resolve(scope);
        CaseFacts facts = CaseFactsReader.read(session, run);
        SectionBuilder builder = new SectionBuilder(session, options, notes, graphs);
        List<ClusterSection> sections = new ArrayList<>();
        for (int i = 0; i < scopes.size(); i++) {
            cancel.throwIfCancelled();
            progress.progress(i, scopes.size() + 1, "network " + scopes.get(i).cluster().id());
            sections.add(builder.build(scopes.get(i), facts.launch(), facts.newModel(), withPictures, cancel));
        }
        progress.progress(scopes.size(), scopes.size() + 1, "evidence and indicators");
        Set<String> shown = new HashSet<>();
        sections.forEach(s -> s.samples().forEach(e -> shown.add(e.requestId())));
        List<Evidence> other = scope instanceof ReportScope.WholeCase
                ? new SampleSelector(session, notes, options.maxSamples(), options.maxPromptChars()).outside(shown)
                : List.of();
        List<Indicator> indicators = sections.stream().flatMap(s -> s.indicators().stream())
                .sorted(Comparator.comparingInt((Indicator i) -> -i.confidence()).thenComparing(Indicator::type)
                        .thenComparing(Indicator::value).thenComparingLong(Indicator::clusterId))
                .toList();
        List<AnnotationLine> caseNotes = caseAnnotations(notes, sections, scope);
        String title = options.title() != null && !options.title().isBlank() ? options.title()
                : defaultTitle(scope);
        progress.progress(scopes.size() + 1, scopes.size() + 1, "report assembled");
        return new ReportModel(title, options.team(), generator, clock.instant().truncatedTo(ChronoUnit.SECONDS),
                scope, facts, ExecutiveSummary.of(facts, scope, sections, other, indicators), List.copyOf(sections),
                other, caseNotes, indicators, options);
    }

    /** Renders a model in memory. */
    public byte[] render(ReportModel model, ReportFormat format, ProgressListener progress, CancellationToken cancel) {
        return format.writer().toBytes(model, progress, cancel);
    }

    /** The HTML report as text, for a preview pane (which must still disable scripts). */
    public String htmlPreview(ReadSession session, ReportScope scope, ProgressListener progress,
                              CancellationToken cancel) {
        ReportModel model = build(session, scope, true, progress, cancel);
        return new String(render(model, ReportFormat.HTML, progress, cancel), StandardCharsets.UTF_8);
    }

    /**
     * Builds the report and writes it to {@code out}, which must be a new file or, when {@code replace}, an existing
     * regular file (see {@link OutputFile}). The path is checked before any work and the file is put in place only
     * once the whole report is written.
     *
     * @return the model that was written
     * @throws ReportException naming the path and the reason when it cannot be written
     */
    public ReportModel write(ReadSession session, ReportScope scope, ReportFormat format, Path out, boolean replace,
                             ProgressListener progress, CancellationToken cancel) {
        OutputFile file;
        try {
            file = OutputFile.check(out, replace);
        } catch (OutputFileException e) {
            throw new ReportException(out + ": cannot write the report: " + e.reason(), e);
        }
        ReportModel model = build(session, scope, format.hasPictures(), progress, cancel);
        try {
            file.write(stream -> format.writer().write(model, stream, progress, cancel));
            return model;
        } catch (OutputFileException e) {
            throw new ReportException(out + ": cannot write the report: " + e.reason(), e);
        } catch (AccessDeniedException e) {
            throw new ReportException(out + ": cannot write the report: permission denied", e);
        } catch (NoSuchFileException e) {
            throw new ReportException(out + ": cannot write the report: no such folder", e);
        } catch (IOException e) {
            throw new ReportException(out + ": cannot write the report: " + e.getMessage(), e);
        }
    }

    private static List<AnnotationLine> caseAnnotations(AnnotationIndex notes, List<ClusterSection> sections,
                                                        ReportScope scope) {
        Set<String> inSections = new HashSet<>();
        for (ClusterSection s : sections) {
            s.annotations().forEach(a -> inSections.add(a.target()));
        }
        return notes.all().stream().filter(a -> a.target() == AnnotationTarget.CASE
                        || (scope instanceof ReportScope.WholeCase && a.bookmarked()
                        && a.target() != AnnotationTarget.INTERACTION))
                .map(AnnotationIndex::line).filter(l -> !inSections.contains(l.target())).toList();
    }

    /** "Distillation campaign report: Network 3", "…: whole case: flagged networks and bookmarked evidence". */
    public static String defaultTitle(ReportScope scope) {
        String what = scope.describe();
        return "Distillation campaign report: " + (scope instanceof ReportScope.Cluster ? what
                : what.toLowerCase(java.util.Locale.ROOT));
    }

    static String defaultGenerator() {
        String version = ReportService.class.getPackage().getImplementationVersion();
        return "Hydrascope " + (version == null ? "development build" : version);
    }

    static List<ClusterResult> byRisk(List<ClusterResult> clusters) {
        return clusters.stream().sorted(Comparator.comparingDouble((ClusterResult c) -> -c.risk())
                .thenComparingLong(ClusterResult::id)).toList();
    }
}
