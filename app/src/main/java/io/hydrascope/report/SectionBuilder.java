package io.hydrascope.report;

import io.hydrascope.analysis.FillVocabulary;
import io.hydrascope.analysis.graph.ClusterGraph;
import io.hydrascope.analysis.graph.ClusterGraphService;
import io.hydrascope.model.AccountInfo;
import io.hydrascope.model.AccountResult;
import io.hydrascope.model.Annotation;
import io.hydrascope.model.AnnotationTarget;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.store.AnalysisQueries;
import io.hydrascope.store.EvidenceQueries;
import io.hydrascope.store.TrafficRollupRepository;
import io.hydrascope.store.ReadSession;
import io.hydrascope.store.ReportQueries.ActivitySpan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Assembles one {@link ClusterSection}: accounts, infrastructure, timeline, topics, picture, templates, samples. */
final class SectionBuilder {
    /** Prompts of a family read to count its fill vocabulary, and how much of each. */
    private static final int FILL_PROMPTS = 300;
    private static final int FILL_CHARS = 4000;

    private static final long HOUR = 3600;
    private static final long DAY = 24 * HOUR;

    private final ReadSession session;
    private final ReportOptions options;
    private final AnnotationIndex notes;
    private final ClusterGraphService graphs;
    private List<String> caseModels;

    SectionBuilder(ReadSession session, ReportOptions options, AnnotationIndex notes, ClusterGraphService graphs) {
        this.session = session;
        this.options = options;
        this.notes = notes;
        this.graphs = graphs;
    }

    ClusterSection build(SectionScope s, Instant launch, String newModel, boolean withGraph,
                         CancellationToken cancel) {
        InfrastructureCollector.Result infra = new InfrastructureCollector(session, options.maxInfrastructureRows())
                .collect(s);
        cancel.throwIfCancelled();
        List<Indicator> indicators = new ArrayList<>(accountIndicators(s));
        indicators.addAll(infra.indicators());
        List<TopicShare> topics = new AnalysisQueries(session).topicsOf(s.refs()).stream()
                .map(t -> new TopicShare(t.topic(), t.interactions(), t.share(), t.chainOfThought())).toList();
        EvidenceQueries evidence = new EvidenceQueries(session);
        List<TemplateFamilyRow> families = evidence.families(s.refs(), 8).stream()
                .map(f -> new TemplateFamilyRow(f.family().id(), f.family().skeleton(), f.interactionsInScope(),
                        f.accountsInScope(), f.family().interactions(), f.family().accounts(),
                        FillVocabulary.of(f.family().skeleton(), evidence.familyPrompts(s.refs(), f.family().id(),
                                FILL_PROMPTS, FILL_CHARS), 5).summary())).toList();
        Set<String> accountIds = new HashSet<>();
        s.infos().values().forEach(i -> accountIds.add(i.accountId()));
        List<Evidence> samples = new SampleSelector(session, notes, options.maxSamples(), options.maxPromptChars())
                .select(s, accountIds, families, topics);
        cancel.throwIfCancelled();
        ClusterGraph graph = withGraph ? graphs.build(session, s.refs(), ProgressListener.NONE, cancel)
                : ClusterGraph.EMPTY;
        long interactions = s.activity().values().stream().mapToLong(ActivitySpan::interactions).sum();
        return new ClusterSection(s.cluster(), s.partial(), s.refs().size(), interactions, accountRows(s),
                infra.infrastructure(), timeline(s, launch, newModel), topics, graph, families, samples,
                annotations(s), indicators);
    }

    private List<AccountRow> accountRows(SectionScope s) {
        List<AccountRow> rows = new ArrayList<>();
        List<AccountResult> ranked = s.results().values().stream().sorted((a, b) -> {
            int byRisk = Double.compare(b.risk(), a.risk());
            return byRisk != 0 ? byRisk : a.accountId().compareTo(b.accountId());
        }).limit(options.maxAccountsPerSection()).toList();
        for (AccountResult r : ranked) {
            AccountInfo info = s.infos().get(r.accountRef());
            ActivitySpan span = s.activity().get(r.accountRef());
            rows.add(new AccountRow(r.accountId(), r.risk(), r.flagged(), r.topTopic(), r.interactions(),
                    span == null ? null : Micros.instant(span.firstTs()),
                    span == null ? null : Micros.instant(span.lastTs()),
                    info == null ? null : Micros.instant(info.createdAtMicros()),
                    info == null ? null : info.emailDomain(), info == null ? null : info.paymentFingerprint(),
                    info == null ? null : info.country(), info == null ? null : info.orgId(),
                    notes.tags(AnnotationTarget.ACCOUNT, r.accountId())));
        }
        return rows;
    }

    private List<Indicator> accountIndicators(SectionScope s) {
        List<Indicator> out = new ArrayList<>();
        for (Long ref : s.sources()) {
            AccountResult r = s.results().get(ref);
            ActivitySpan span = s.activity().get(ref);
            int confidence = r == null ? 0 : (int) Math.round(100 * r.risk());
            if (span == null || confidence < InfrastructureCollector.MIN_CONFIDENCE) {
                continue;
            }
            out.add(new Indicator(IndicatorType.ACCOUNT, r.accountId(), s.cluster().id(),
                    Micros.instant(span.firstTs()), Micros.instant(span.lastTs()), confidence, 1,
                    span.interactions(), String.format(java.util.Locale.ROOT, "account risk %.2f (cluster risk "
                            + "%.2f, %s)", r.risk(), s.cluster().risk(), r.flagged() ? "flagged" : "not flagged")));
        }
        return out;
    }

    private Timeline timeline(SectionScope s, Instant launch, String newModel) {
        long first = s.activity().values().stream().mapToLong(ActivitySpan::firstTs).min().orElse(0);
        long last = s.activity().values().stream().mapToLong(ActivitySpan::lastTs).max().orElse(0);
        long spanSeconds = (last - first) / 1_000_000L;
        long bucket = spanSeconds <= 10 * DAY ? HOUR : spanSeconds <= 60 * DAY ? 6 * HOUR : DAY;
        List<Timeline.Point> points = new ArrayList<>();
        Set<String> models = new LinkedHashSet<>(caseModelOrder());
        for (EvidenceQueries.Bucket b : new EvidenceQueries(session).timeline(s.refs(), bucket * 1_000_000L)) {
            String model = modelName(b.model());
            models.add(model);
            points.add(new Timeline.Point(Micros.instant(b.startTs()), model, b.interactions()));
        }
        return new Timeline(bucket, List.copyOf(models), points, launch, newModel);
    }

    /** The case's models in first-seen order, which gives each model the colour the window gives it. */
    private List<String> caseModelOrder() {
        if (caseModels == null) {
            caseModels = TrafficRollupRepository.storedModelOrder(session).stream().map(SectionBuilder::modelName)
                    .toList();
        }
        return caseModels;
    }

    private static String modelName(String model) {
        return model.isEmpty() ? "(no model)" : model;
    }

    private List<AnnotationLine> annotations(SectionScope s) {
        List<Annotation> found = new ArrayList<>(notes.of(AnnotationTarget.CLUSTER, Long.toString(s.cluster().id())));
        for (AccountInfo info : s.infos().values()) {
            found.addAll(notes.of(AnnotationTarget.ACCOUNT, info.accountId()));
        }
        found.sort((a, b) -> Long.compare(a.id(), b.id()));
        return found.stream().map(AnnotationIndex::line).toList();
    }
}
