package io.hydrascope.cli;

import io.hydrascope.analysis.topics.Classification;
import io.hydrascope.analysis.topics.LabelledPrompt;
import io.hydrascope.analysis.topics.PublicPromptSet;
import io.hydrascope.analysis.topics.TopicClassifier;
import io.hydrascope.analysis.topics.TopicEvaluation;
import io.hydrascope.analysis.topics.TopicModel;
import io.hydrascope.analysis.topics.TopicModelException;
import io.hydrascope.analysis.topics.TopicTrainer;
import io.hydrascope.analysis.topics.TrainingFiles;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.scenario.text.PromptFamily;
import io.hydrascope.scenario.text.PromptLibrary;
import io.hydrascope.store.CaseStore;
import io.hydrascope.store.InteractionScan;
import io.hydrascope.store.ReadSession;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hydrascope train-topics}: trains a topic and chain-of-thought model from labelled prompts, holding out the
 * test split, and prints the held-out figures. The built-in model is rebuilt with
 * {@code packaging/train-topic-model.sh}.
 */
@Command(name = "train-topics", description = "Train a topic and chain-of-thought model from labelled prompts. "
        + "About one prompt in five (chosen by a hash of its text) is held out and the figures on it are printed. "
        + "Use the model with 'analyze --topic-model FILE'.")
final class TrainTopicsCommand implements Callable<Integer> {
    @Mixin
    OutputOption output;

    @Option(names = "--data", paramLabel = "PATH", arity = "1..*", description = "Labelled prompts: JSON Lines "
            + "(lang, topic, cot, text), CSV with a prompt,topic[,cot] header, or a folder of such files.")
    List<Path> data = new ArrayList<>();

    @Option(names = "--case", paramLabel = "FILE", description = "A case whose prompts --labels names by request id.")
    Path caseFile;

    @Option(names = "--labels", paramLabel = "FILE.csv", description = "request_id,topic[,cot] labels of prompts "
            + "in --case.")
    Path labels;

    @Option(names = "--realdata", paramLabel = "DIR", description = "The public prompt sets folder "
            + "(prompts/gsm8k_test.jsonl, HumanEval.jsonl, ...); mixed sets take --realdata-labels.")
    Path realdata;

    @Option(names = "--realdata-labels", paramLabel = "FILE.csv", description = "file,id,topic,cot labels of the "
            + "mixed public sets.")
    Path realdataLabels;

    @Option(names = "--generator-labels", paramLabel = "FILE.csv", description = "family,topic,cot: include "
            + "prompts of the scenario generator's families with these labels.")
    Path generatorLabels;

    @Option(names = "--max-per-source", defaultValue = "400", description = "At most this many training prompts "
            + "from one public set (default ${DEFAULT-VALUE}), so that no benchmark dominates.")
    int maxPerSource;

    @Option(names = "--name", defaultValue = "custom", description = "The model's name (default ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--bits", defaultValue = "18", description = "2^bits feature buckets (default ${DEFAULT-VALUE}).")
    int bits;

    @Option(names = "--cost", defaultValue = "16", description = "Regularisation: larger fits the training data more "
            + "closely (default ${DEFAULT-VALUE}).")
    double cost;

    @Option(names = "--balance", defaultValue = "1", description = "0 weighs every prompt alike, 1 every topic "
            + "alike (default ${DEFAULT-VALUE}).")
    double balance;

    @Option(names = "--cot-weight", defaultValue = "6", description = "Cost of a missed chain-of-thought request "
            + "relative to a false alarm (default ${DEFAULT-VALUE}).")
    double cotWeight;

    @Option(names = "--validate", description = "Hold out the validation split as well and print the figures on "
            + "it instead of the test split: for choosing settings without looking at the test split.")
    boolean validate;

    @Option(names = "--show-errors", defaultValue = "0", paramLabel = "N", description = "Print up to N held-out "
            + "prompts the model got wrong, with its explanation.")
    int showErrors;

    @Option(names = "--all", description = "Train on the held-out prompts too (no figures are printed then).")
    boolean all;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        output.check("the topic model");
        List<LabelledPrompt> prompts = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Path p : data) {
            List<LabelledPrompt> read = TrainingFiles.read(p);
            prompts.addAll(read);
            sources.add(p.getFileName() + " (" + read.size() + ")");
        }
        if (caseFile != null || labels != null) {
            List<LabelledPrompt> read = fromCase();
            prompts.addAll(read);
            sources.add(labels.getFileName() + " (" + read.size() + ")");
        }
        if (realdata != null) {
            Map<String, PublicPromptSet.RowLabel> rowLabels = realdataLabels == null ? Map.of()
                    : PublicPromptSet.readRowLabels(realdataLabels);
            for (PublicPromptSet set : PublicPromptSet.values()) {
                if (Files.isRegularFile(realdata.resolve(set.file()))) {
                    List<LabelledPrompt> read = capTraining(set.read(realdata, rowLabels));
                    prompts.addAll(read);
                    sources.add(set.fileName() + " (" + read.size() + ")");
                }
            }
        }
        if (generatorLabels != null) {
            List<LabelledPrompt> read = fromGenerator();
            prompts.addAll(read);
            sources.add("generator (" + read.size() + ")");
        }
        List<LabelledPrompt> train = all ? prompts : prompts.stream().filter(p -> !p.isTest()
                && !(validate && p.isValidation())).toList();
        List<LabelledPrompt> test = all ? List.of() : prompts.stream().filter(validate
                ? LabelledPrompt::isValidation : LabelledPrompt::isTest).toList();
        o.printf("read %,d labelled prompts: %s%n", prompts.size(), TerminalText.safe(String.join(", ", sources)));
        o.printf("training on %,d, holding out %,d (%s split)%n", train.size(), test.size(),
                validate ? "validation" : "test");
        String description = "trained by hydrascope train-topics on " + train.size() + " prompts: "
                + String.join(", ", sources);
        StderrProgress progress = new StderrProgress(spec.commandLine().getErr());
        TopicModel model = new TopicTrainer().train(train, new TopicTrainer.Options(bits, cost, name, description, balance,
                cotWeight),
                progress, new CancellationToken());
        progress.finish();
        model.write(output.file, output.force);
        o.printf("wrote %s: %s, %d topics, %,d bytes%n", TerminalText.safe(output.file),
                TerminalText.safe(model.label()), model.topics().size(), model.bytes().length);
        if (!test.isEmpty()) {
            TopicClassifier classifier = new TopicClassifier(model);
            report(o, classifier, test, validate ? "validation split" : "held-out test split");
            errors(o, classifier, test);
        }
        return 0;
    }

    /** Keeps the held-out rows of a public set, and at most {@link #maxPerSource} of its training rows. */
    private List<LabelledPrompt> capTraining(List<LabelledPrompt> set) {
        List<LabelledPrompt> out = new ArrayList<>();
        int kept = 0;
        for (LabelledPrompt p : set) {
            if (p.isTest()) {
                out.add(p);
            } else if (all || kept < maxPerSource) {
                out.add(p);
                kept++;
            }
        }
        return out;
    }

    private List<LabelledPrompt> fromCase() {
        if (caseFile == null || labels == null) {
            throw new IllegalArgumentException("--case and --labels go together");
        }
        Map<String, Map.Entry<Integer, Map<String, String>>> byId = new HashMap<>();
        for (var row : TrainingFiles.csvRows(labels, "request_id", "topic")) {
            byId.put(row.getValue().get("request_id"), row);
        }
        List<LabelledPrompt> out = new ArrayList<>();
        try (CaseStore store = CaseStore.openReadOnly(caseFile); ReadSession session = store.newReader()) {
            InteractionScan.promptsByRequestId(session, byId.keySet(), (id, prompt) -> {
                var row = byId.remove(id);
                out.add(new LabelledPrompt(prompt == null ? "" : prompt,
                        TrainingFiles.topic(row.getValue().get("topic"), labels, row.getKey()),
                        TrainingFiles.flag(row.getValue().get("cot"), labels, row.getKey()), "und",
                        labels.getFileName().toString()));
            });
        }
        if (!byId.isEmpty()) {
            var first = byId.values().stream().min(Map.Entry.comparingByKey()).orElseThrow();
            throw new TopicModelException(labels + ":" + first.getKey() + ": request_id "
                    + first.getValue().get("request_id") + " is not in " + caseFile + " (" + byId.size()
                    + " labelled ids are not)", null);
        }
        return out;
    }

    private List<LabelledPrompt> fromGenerator() {
        PromptLibrary library = PromptLibrary.standard();
        Map<String, PromptFamily> families = new TreeMap<>();
        library.allFamilies().forEach(f -> families.put(f.id(), f));
        List<LabelledPrompt> out = new ArrayList<>();
        for (var row : TrainingFiles.csvRows(generatorLabels, "family", "topic")) {
            Map<String, String> r = row.getValue();
            PromptFamily family = families.get(r.get("family"));
            if (family == null) {
                throw new TopicModelException(generatorLabels + ":" + row.getKey() + ": no generator family "
                        + r.get("family"), null);
            }
            Boolean cot = TrainingFiles.flag(r.get("cot"), generatorLabels, row.getKey());
            Function<String, LabelledPrompt> label = text -> new LabelledPrompt(text,
                    TrainingFiles.topic(r.get("topic"), generatorLabels, row.getKey()), cot, family.language(),
                    "generator");
            library.samples(family, 20261205L, 12).forEach(t -> out.add(label.apply(t)));
        }
        return out;
    }

    private static void report(PrintWriter o, TopicClassifier classifier, List<LabelledPrompt> test, String what) {
        TopicEvaluation overall = new TopicEvaluation();
        Map<String, TopicEvaluation> byLanguage = new TreeMap<>();
        Map<String, TopicEvaluation> bySource = new TreeMap<>();
        for (LabelledPrompt p : test) {
            Classification c = classifier.classify(p.text());
            for (TopicEvaluation e : List.of(overall, byLanguage.computeIfAbsent(p.language(),
                    k -> new TopicEvaluation()), bySource.computeIfAbsent(p.source(), k -> new TopicEvaluation()))) {
                e.add(p.topic(), c.topic(), p.chainOfThought(), c.chainOfThought());
            }
        }
        o.println();
        o.println(what);
        o.print(overall.format());
        o.println();
        o.printf("%-40s %7s %9s %9s %9s %9s%n", "by language / source", "prompts", "accuracy", "c/r/g acc",
                "c/r/g only", "cot acc");
        byLanguage.forEach((k, e) -> row(o, "lang " + TerminalText.safe(k), e));
        bySource.forEach((k, e) -> row(o, TerminalText.safe(k), e));
    }

    private void errors(PrintWriter o, TopicClassifier classifier, List<LabelledPrompt> test) {
        int shown = 0;
        for (LabelledPrompt p : test) {
            if (shown >= showErrors) {
                return;
            }
            Classification c = classifier.classify(p.text());
            boolean cotWrong = p.chainOfThought() != null && p.chainOfThought() != c.chainOfThought();
            if (!c.topic().equals(p.topic()) || cotWrong) {
                shown++;
                String text = p.text().replaceAll("\\s+", " ");
                o.printf("%n[%s %s] labelled %s%s; %s%n  %s%n", TerminalText.safe(p.source()),
                        TerminalText.safe(p.language()), p.topic(), p.chainOfThought() == null ? ""
                                : p.chainOfThought() ? " with chain-of-thought" : " without chain-of-thought",
                        TerminalText.safe(classifier.explain(p.text()).summary()),
                        TerminalText.safe(text.length() > 300 ? text.substring(0, 300) + "…" : text));
            }
        }
    }

    private static void row(PrintWriter o, String name, TopicEvaluation e) {
        o.printf("%-40s %7d %9.3f %9.3f %9.3f %9.3f%n", name, e.total(), e.accuracy(), e.mappedAccuracy(),
                e.coreAccuracy(), e.chainOfThoughtAccuracy());
    }
}
