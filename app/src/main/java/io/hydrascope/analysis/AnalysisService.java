package io.hydrascope.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hydrascope.analysis.topics.TopicClassifier;
import io.hydrascope.analysis.topics.TopicModel;
import io.hydrascope.model.AccountInfo;
import io.hydrascope.model.AnalysisSummary;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ClusterResult;
import io.hydrascope.model.LinkKey;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.model.TemplateFamily;
import io.hydrascope.store.AccountDirectory;
import io.hydrascope.store.AnalysisRepository;
import io.hydrascope.store.CaseStore;
import io.hydrascope.store.InteractionScan;
import io.hydrascope.store.ReadSession;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the whole detection on a case: one streaming pass classifies prompts, sketches templates and timing and
 * collects shared infrastructure; then link keys, Leiden communities, risk per cluster and per account. Results
 * replace the previous run's in one transaction at the end, so a run that fails, is cancelled or killed leaves the
 * previous results complete. Plain Java with progress and cancel; the command line and the window both call it.
 * Call from the case's writer thread.
 */
public final class AnalysisService {
    public static final String VERSION = "hydrascope-analysis/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    public AnalysisSummary analyse(CaseStore store, AnalysisSettings requested, ProgressListener progress,
                                   CancellationToken cancel) {
        long started = System.nanoTime();
        Instant startedAt = Instant.now();
        AnalysisSettings settings = requested.withDefaults();
        TopicClassifier classifier = settings.topicModel() == null ? TopicClassifier.builtIn()
                : new TopicClassifier(TopicModel.load(Path.of(settings.topicModel())));
        List<AccountInfo> infos;
        long[] bounds;
        LaunchInfo launch;
        try (ReadSession session = store.newReader()) {
            infos = AccountDirectory.all(session);
            bounds = InteractionScan.bounds(session);
            launch = bounds == null ? null : LaunchInfo.find(InteractionScan.modelSpans(session), bounds[2],
                    bounds[3], settings.newModel());
        }
        AnalysisRepository results = store.analysis();
        TopicModel model = classifier.model();
        AnalysisRepository.TopicModelRecord modelRecord = new AnalysisRepository.TopicModelRecord(model.name(),
                model.sha256(), model.description(), model.isBuiltIn() ? null : model.bytes());
        if (bounds == null) {
            try (AnalysisRepository.RunWriter run = results.replaceRun(startedAt, VERSION, toJson(settings),
                    modelRecord)) {
                run.commit("{}", List.of(), List.of(), List.of(), List.of(), List.of());
            }
            return new AnalysisSummary(0, infos.size(), 0, 0, 0, null, seconds(started), List.of(), model.label(), 0);
        }
        CaseScan scan = new CaseScan(infos, bounds[0], bounds[1], launch, settings);
        long total = bounds[1] - bounds[0] + 1;
        new ScanPipeline(store, classifier, cancel).run(batch -> {
            for (ScannedRow row : batch) {
                scan.add(row);
            }
            progress.progress(scan.interactions, total, "reading and classifying prompts");
        });
        cancel.throwIfCancelled();
        progress.progress(0, -1, "linking accounts");
        TemplateFamilies families = new TemplateFamilies(scan);
        countDistinctIps(scan);
        Map<Integer, KeyMembers> sharedFamilies = families.shared();
        List<LinkKeyDraft> keys = new LinkKeyBuilder(scan, settings).build(sharedFamilies);
        cancel.throwIfCancelled();
        progress.progress(0, -1, "finding communities");
        ClusterAssembler assembler = new ClusterAssembler(scan, settings, keys, sharedFamilies);
        assembler.run();
        cancel.throwIfCancelled();
        List<TemplateFamily> familyRows = familyRows(store, families); // read before the write transaction opens
        progress.progress(0, -1, "storing results");
        try (AnalysisRepository.RunWriter run = results.replaceRun(startedAt, VERSION, toJson(settings),
                modelRecord)) {
            writeTopics(run, scan, families, progress, cancel);
            cancel.throwIfCancelled();
            run.commit(summaryJson(scan, assembler.baselines, launch), assembler.clusters, assembler.accounts,
                    keyRows(keys), keyUses(scan, keys), familyRows);
        }
        List<ClusterResult> flagged = assembler.clusters.stream().filter(ClusterResult::flagged).toList();
        int flaggedAccounts = (int) assembler.accounts.stream().filter(a -> a.flagged()).count();
        return new AnalysisSummary(scan.interactions, infos.size(), assembler.clusters.size(), flagged.size(),
                flaggedAccounts, launch == null ? null : launch.newModel(), seconds(started), flagged, model.label(),
                scan.interactions == 0 ? 0 : scan.lowConfidence / (double) scan.interactions);
    }

    private static List<LinkKey> keyRows(List<LinkKeyDraft> keys) {
        List<LinkKey> rows = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            LinkKeyDraft d = keys.get(k);
            rows.add(new LinkKey(k + 1, d.kind(), d.value(), d.size(), Math.round(d.weight() * 1000) / 1000.0));
        }
        return rows;
    }

    /** Per account and link key (numbered as in {@link #keyRows}): account ref, key id, uses. */
    private static List<long[]> keyUses(CaseScan scan, List<LinkKeyDraft> keys) {
        List<long[]> uses = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            LinkKeyDraft d = keys.get(k);
            for (int i = 0; i < d.accounts().length; i++) {
                uses.add(new long[] {scan.accounts.get(d.accounts()[i]).info.ref(), k + 1, d.uses()[i]});
            }
        }
        return uses;
    }

    private static void countDistinctIps(CaseScan scan) {
        for (KeyMembers m : scan.ips.values()) {
            for (int i = 0; i < m.size; i++) {
                scan.accounts.get(m.accounts[i]).distinctIps++;
            }
        }
    }

    private static void writeTopics(AnalysisRepository.RunWriter run, CaseScan scan, TemplateFamilies families,
                                    ProgressListener progress, CancellationToken cancel) {
        for (int slot = 0; slot < scan.accountOf.length; slot++) {
            if ((slot & 0xFFFF) == 0) {
                cancel.throwIfCancelled();
                progress.progress(slot, scan.accountOf.length, "storing topics");
            }
            if (scan.accountOf[slot] < 0) {
                continue;
            }
            run.topic(scan.minId + slot, scan.topicIds.get(scan.topicOf[slot]).id(), scan.cotOf[slot],
                    families.familyOfSlot[slot], scan.confidenceOf[slot], scan.inheritedOf[slot]);
        }
    }

    private static List<TemplateFamily> familyRows(CaseStore store, TemplateFamilies families) {
        List<TemplateFamily> rows = new ArrayList<>();
        List<Long> exampleIds = new ArrayList<>();
        families.examplesByFamily.forEach((f, ids) -> {
            if (f <= 500) {
                exampleIds.addAll(ids);
            }
        });
        Map<Long, String> prompts;
        try (ReadSession session = store.newReader()) {
            prompts = InteractionScan.prompts(session, exampleIds);
        }
        for (int f = 1; f <= families.interactionsByFamily.size(); f++) {
            List<Long> ids = families.examplesByFamily.get(f);
            List<String> texts = new ArrayList<>();
            for (Long id : ids) {
                if (prompts.containsKey(id)) {
                    texts.add(prompts.get(id));
                }
            }
            rows.add(new TemplateFamily(f, TemplateSkeleton.of(texts), families.interactionsByFamily.get(f),
                    families.membersByFamily.get(f).size, ids.get(0)));
        }
        return rows;
    }

    private static String summaryJson(CaseScan scan, Baselines b, LaunchInfo launch) {
        ObjectNode root = JSON.createObjectNode();
        root.put("interactions", scan.interactions);
        root.put("accounts", scan.accounts.size());
        root.put("low_confidence_topics", scan.interactions == 0 ? 0 : scan.lowConfidence / (double) scan.interactions);
        if (launch != null) {
            root.put("new_model", launch.newModel());
            root.put("previous_model", launch.previousModel());
            root.put("launch", java.time.Instant.ofEpochSecond(launch.launchTs() / 1_000_000L).toString());
        }
        ObjectNode base = root.putObject("baselines");
        base.put("single_turn", b.singleTurn());
        base.put("chain_of_thought", b.chainOfThought());
        base.put("minute_boundary", b.minuteBoundary());
        base.put("new_model_first_day", b.newModelFirstDay());
        base.put("target_topics", b.targetTopics());
        base.put("shared_templates", b.sharedTemplates());
        base.put("quiet_hours_share", b.quietShare());
        return root.toString();
    }

    private static String toJson(AnalysisSettings settings) {
        try {
            return JSON.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
