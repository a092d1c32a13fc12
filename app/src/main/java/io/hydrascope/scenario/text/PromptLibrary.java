package io.hydrascope.scenario.text;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.hydrascope.scenario.infra.AliasTable;
import io.hydrascope.scenario.infra.Rand;
import io.hydrascope.scenario.infra.WeightedChoice;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The prompt template families, read once from the JSON resources under {@code prompts/}. Immutable after loading
 * and safe to share between threads; all randomness comes from the caller's generator.
 */
public final class PromptLibrary {
    static final List<String> RESOURCES = List.of("slots.json", "chat.json", "chat-languages.json", "work.json",
            "campaign-coding.json", "campaign-reasoning.json", "campaign-agentic.json", "crowds.json",
            "campaign-content-only.json");

    private final Map<String, Template[]> slots = new LinkedHashMap<>();
    private final Map<String, Pool> pools = new LinkedHashMap<>();
    private final Map<String, Template[]> followUps = new LinkedHashMap<>();
    private final List<Template> cot = new ArrayList<>();
    private final List<JsonNode> tools = new ArrayList<>();
    private final GeneratedSlots generated;
    private final Fill.SlotSource slotSource = this::slotValue;

    private PromptLibrary(List<PromptFile> files) {
        for (PromptFile file : files) {
            addSlots(file);
            if (file.tools() != null) {
                tools.addAll(file.tools());
            }
            if (file.followUps() != null) {
                file.followUps().forEach((pool, list) -> followUps.put(pool, compileAll(list)));
            }
            if (file.cot() != null) {
                file.cot().forEach(c -> cot.add(Template.compile(c)));
            }
        }
        for (PromptFile file : files) {
            if (file.families() != null) {
                file.families().forEach(this::addFamily);
            }
        }
        generated = new GeneratedSlots(tools);
        pools.values().forEach(Pool::seal);
    }

    /** Loads the families that ship with Hydrascope. */
    public static PromptLibrary standard() {
        ObjectMapper mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        List<PromptFile> files = new ArrayList<>();
        for (String name : RESOURCES) {
            String resource = "/io/hydrascope/scenario/prompts/" + name;
            try (InputStream in = PromptLibrary.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                files.add(mapper.readValue(in, PromptFile.class));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return new PromptLibrary(files);
    }

    /** A chooser of pools by weight, for one population or campaign. */
    public WeightedChoice<String> mix(Map<String, Double> poolWeights) {
        return new WeightedChoice<>(poolWeights);
    }

    /**
     * Starts a conversation in a pool. With a language other than English, {@code nativeShare} of conversations
     * use that language's families when the pool has some.
     */
    public Conversation start(SplittableRandom rng, String pool, String language, double nativeShare, Voice voice) {
        Pool p = pool(pool);
        PromptFamily family = p.pick(rng, language, nativeShare);
        return new Conversation(family, new Fill(rng, slotSource), voice, genericFollowUps(pool));
    }

    /** Starts a conversation in one family, e.g. this week's problem set of a class. */
    public Conversation start(SplittableRandom rng, PromptFamily family, Voice voice) {
        return new Conversation(family, new Fill(rng, slotSource), voice, genericFollowUps(family.pool()));
    }

    /**
     * A value of a named slot, filled afresh with some slot values already {@code known}: text a source keeps for an
     * account, such as the workspace an agent describes in every request.
     */
    public String slot(String name, SplittableRandom rng, Map<String, String> known) {
        Fill fill = new Fill(rng, slotSource);
        known.forEach(fill::remember);
        return slotValue(name, fill);
    }

    /** The families of a pool in file order (for benchmark suites). */
    public List<PromptFamily> families(String pool) {
        return List.copyOf(pool(pool).all);
    }

    /**
     * One item of a benchmark suite: the same (suite, item) always gives the same text, as a fixed test set does.
     */
    public String item(PromptFamily family, long suiteSeed, long item) {
        SplittableRandom rng = new SplittableRandom(suiteSeed * 0x9e3779b97f4a7c15L + item);
        Fill fill = new Fill(rng, slotSource);
        StringBuilder sb = new StringBuilder(512);
        family.first(fill, sb);
        return sb.toString();
    }

    /** Every family of every pool, in file order. */
    public List<PromptFamily> allFamilies() {
        List<PromptFamily> all = new ArrayList<>();
        pools.values().forEach(p -> all.addAll(p.all));
        return all;
    }

    /**
     * {@code count} first prompts of a family as a conversation would open with them, reproducible from the seed:
     * labelled examples of the generator's own traffic for training the topic classifier.
     */
    public List<String> samples(PromptFamily family, long seed, int count) {
        List<String> out = new ArrayList<>(count);
        SplittableRandom rng = new SplittableRandom(seed ^ family.id().hashCode());
        for (int i = 0; i < count; i++) {
            Conversation c = new Conversation(family, new Fill(rng, slotSource), Voice.random(rng), new Template[0]);
            out.add(c.first());
        }
        return out;
    }

    /** A request to show step-by-step reasoning, appended to a campaign prompt. */
    public String cotSuffix(SplittableRandom rng) {
        StringBuilder sb = new StringBuilder(" ");
        Rand.pick(rng, cot).fill(new Fill(rng, slotSource), sb);
        return sb.toString();
    }

    private Pool pool(String name) {
        Pool p = pools.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no prompt families in pool " + name);
        }
        return p;
    }

    private Template[] genericFollowUps(String pool) {
        Template[] list = followUps.get(pool);
        return list != null ? list : followUps.getOrDefault("any", new Template[0]);
    }

    String slotValue(String slot, Fill fill) {
        Template[] values = slots.get(slot);
        if (values == null) {
            if (GeneratedSlots.NAMES.contains(slot)) {
                return generated.value(slot, fill);
            }
            throw new IllegalStateException("unknown slot {" + slot + "}");
        }
        StringBuilder sb = new StringBuilder();
        values[fill.rng().nextInt(values.length)].fill(fill, sb);
        return sb.toString();
    }

    private void addSlots(PromptFile file) {
        if (file.slots() == null) {
            return;
        }
        file.slots().forEach((name, values) -> {
            boolean code = name.startsWith("code_");
            slots.put(name, values.stream().map(v -> code ? Template.code(v) : Template.compile(v))
                    .toArray(Template[]::new));
        });
    }

    private void addFamily(PromptFile.FamilyDef def) {
        if (!PromptPools.NAMES.contains(def.pool())) {
            throw new IllegalStateException("family " + def.id() + " has unknown pool " + def.pool());
        }
        if (def.templates() == null || def.templates().isEmpty()) {
            throw new IllegalStateException("family " + def.id() + " has no templates");
        }
        PromptFamily family = new PromptFamily(def, compileAll(def.templates()), compileAll(def.followUps()),
                compileAll(def.prefixes()), compileAll(def.suffixes()));
        pools.computeIfAbsent(def.pool(), k -> new Pool()).add(family);
    }

    private static Template[] compileAll(List<String> sources) {
        if (sources == null) {
            return new Template[0];
        }
        return sources.stream().map(Template::compile).toArray(Template[]::new);
    }

    /** The families of one pool, grouped by language, each drawn by its weight. */
    private static final class Pool {
        final List<PromptFamily> all = new ArrayList<>();
        final Map<String, List<PromptFamily>> byLanguage = new LinkedHashMap<>();
        final Map<String, AliasTable> tables = new LinkedHashMap<>();

        void add(PromptFamily family) {
            all.add(family);
            byLanguage.computeIfAbsent(family.language(), k -> new ArrayList<>()).add(family);
        }

        void seal() {
            byLanguage.forEach((language, list) -> tables.put(language,
                    new AliasTable(list.stream().mapToDouble(PromptFamily::weight).toArray())));
        }

        PromptFamily pick(SplittableRandom rng, String language, double nativeShare) {
            String lang = "en";
            if (!"en".equals(language) && byLanguage.containsKey(language) && rng.nextDouble() < nativeShare) {
                lang = language;
            }
            List<PromptFamily> list = byLanguage.get(lang);
            if (list == null) {
                list = byLanguage.values().iterator().next();
                return list.get(tables.get(list.get(0).language()).sample(rng));
            }
            return list.get(tables.get(lang).sample(rng));
        }
    }
}
