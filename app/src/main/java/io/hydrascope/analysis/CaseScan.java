package io.hydrascope.analysis;

import io.hydrascope.analysis.topics.Classification;
import io.hydrascope.analysis.topics.Topic;
import io.hydrascope.model.AccountInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one pass over the interactions learns: per-account behaviour, which infrastructure accounts share, and
 * per interaction its topic, chain-of-thought flag and template key. Filled on one thread by {@link #add}.
 */
final class CaseScan {
    static final long MICROS_PER_SECOND = 1_000_000L;
    static final long MICROS_PER_HOUR = 3_600L * MICROS_PER_SECOND;
    static final long DAY = 24 * MICROS_PER_HOUR;

    final List<AccountStats> accounts = new ArrayList<>();
    final Map<String, KeyMembers> ips = new HashMap<>();
    final Map<String, KeyMembers> subnets = new HashMap<>();
    final Map<String, KeyMembers> userAgents = new HashMap<>();
    final List<Topic> topicIds = new ArrayList<>();
    private final Map<Topic, Integer> topicIndex = new HashMap<>();
    final TemplateIndex templates;
    final LaunchInfo launch;
    final long minId;
    final byte[] topicOf;
    /** The model's confidence in the interaction's own topic, in percent. */
    final byte[] confidenceOf;
    /** Whether the topic was taken from the conversation's first turn. */
    final boolean[] inheritedOf;
    final boolean[] cotOf;
    final int[] templateKeyOf;
    final int[] accountOf;
    private final int[] accountByRef;
    private final long bucketMicros;
    private final LongBloom conversations;
    private final ConversationTopics openingTopics = new ConversationTopics(20);
    final SharedTexts sharedTexts;
    long interactions;
    /** Interactions whose own topic had low confidence. */
    long lowConfidence;

    CaseScan(List<AccountInfo> infos, long minId, long maxId, LaunchInfo launch, AnalysisSettings settings) {
        long maxRef = infos.stream().mapToLong(AccountInfo::ref).max().orElse(0);
        accountByRef = new int[(int) maxRef + 1];
        java.util.Arrays.fill(accountByRef, -1);
        for (AccountInfo info : infos) {
            accountByRef[(int) info.ref()] = accounts.size();
            accounts.add(new AccountStats(accounts.size(), info));
        }
        int n = (int) (maxId - minId + 1);
        this.minId = minId;
        topicOf = new byte[n];
        confidenceOf = new byte[n];
        inheritedOf = new boolean[n];
        cotOf = new boolean[n];
        templateKeyOf = new int[n];
        java.util.Arrays.fill(templateKeyOf, -1);
        accountOf = new int[n];
        java.util.Arrays.fill(accountOf, -1);
        templates = new TemplateIndex(n);
        conversations = new LongBloom(n);
        // one slot per interaction up to 4M slots (64 MB): first sightings are rarely overwritten at any size
        sharedTexts = new SharedTexts(Math.max(16, Math.min(22, 64 - Long.numberOfLeadingZeros(n))));
        this.launch = launch;
        bucketMicros = settings.lockstepBucketSeconds() * MICROS_PER_SECOND;
        for (Topic t : Topic.BUILT_IN) {
            topicIndex(t);
        }
    }

    int topicIndex(Topic topic) {
        return topicIndex.computeIfAbsent(topic, t -> {
            topicIds.add(t);
            return topicIds.size() - 1;
        });
    }

    void add(ScannedRow r) {
        int slot = (int) (r.id() - minId);
        AccountStats a = accounts.get(accountByRef[(int) r.accountRef()]);
        interactions++;
        a.interactions++;
        a.first = Math.min(a.first, r.ts());
        a.last = Math.max(a.last, r.ts());
        a.hours[(int) Math.floorMod(r.ts() / MICROS_PER_HOUR, 24L)]++;
        if (Math.floorMod(r.ts(), 60 * MICROS_PER_SECOND) < MICROS_PER_SECOND) {
            a.minuteBoundary++;
        }
        long conversation = r.conversationId() == null ? 0
                : Hashing.combine(a.index, Hashing.hash(r.conversationId(), 0, r.conversationId().length()));
        boolean followUp = isFollowUp(r, conversation);
        if (followUp) {
            a.followUps++;
        }
        long bucket = Math.floorDiv(r.ts(), bucketMicros);
        if (bucket != a.lastBucket) {
            a.windows++;
            a.lastBucket = bucket;
            MinSketch.add(a.syncSketch, Hashing.mix(bucket + 0x51ED27L));
        }
        countModel(a, r);
        member(ips, r.ip(), a.index);
        member(subnets, subnetOf(r.ip()), a.index);
        member(userAgents, r.userAgent(), a.index);
        int topic = topicIndex(r.topic());
        boolean inherited = false;
        if (conversation != 0) {
            if (!followUp) {
                openingTopics.put(conversation, topic);
            } else if (r.topic().equals(Topic.GENERAL) || r.confidence() < Classification.LOW_CONFIDENCE) {
                int opening = openingTopics.get(conversation);
                if (opening >= 0 && opening != topic && !topicIds.get(opening).equals(Topic.GENERAL)) {
                    topic = opening;
                    inherited = true;
                }
            }
        }
        a.countTopic(topic);
        if (!followUp) {
            a.countOpeningTopic(topic);
        }
        if (r.chainOfThought()) {
            a.chainOfThought++;
        }
        topicOf[slot] = (byte) topic;
        confidenceOf[slot] = (byte) Math.round(r.confidence() * 100);
        if (r.confidence() < Classification.LOW_CONFIDENCE) {
            lowConfidence++;
        }
        inheritedOf[slot] = inherited;
        cotOf[slot] = r.chainOfThought();
        templateKeyOf[slot] = templates.observe(r.prompt());
        sharedTexts.observe(r.prompt(), a.index);
        accountOf[slot] = a.index;
    }

    private boolean isFollowUp(ScannedRow r, long conversation) {
        if (r.turn() > 0) {
            return r.turn() > 1;
        }
        if (conversation == 0) {
            return false;
        }
        return conversations.addAndCheck(conversation);
    }

    private void countModel(AccountStats a, ScannedRow r) {
        if (launch == null || r.model() == null) {
            return;
        }
        boolean isNew = launch.newModel().equals(r.model());
        if (isNew && r.ts() < a.firstNewModelTs) {
            a.firstNewModelTs = r.ts();
        }
        if (r.ts() >= launch.launchTs() && r.ts() < launch.launchTs() + DAY) {
            a.postLaunchDay++;
            if (isNew) {
                a.newModelPostLaunchDay++;
            }
        }
    }

    private static void member(Map<String, KeyMembers> map, String key, int account) {
        if (key == null || key.isEmpty()) {
            return;
        }
        map.computeIfAbsent(key, k -> new KeyMembers()).add(account, 1);
    }

    /** The /24 of an IPv4 address or the /48 of an IPv6 address, or null. */
    static String subnetOf(String ip) {
        if (ip == null) {
            return null;
        }
        int colon = ip.indexOf(':');
        if (colon < 0) {
            int last = ip.lastIndexOf('.');
            return last > 0 ? ip.substring(0, last) + ".0/24" : null;
        }
        String[] parts = ip.split(":", -1);
        if (parts.length < 3) {
            return null;
        }
        return parts[0] + ":" + parts[1] + ":" + parts[2] + "::/48";
    }

    /** Topic counts per topic id, in taxonomy order, for a set of per-account counts. */
    Map<String, Long> topicCounts(long[] counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < topicIds.size(); i++) {
            long n = i < counts.length ? counts[i] : 0;
            if (n > 0) {
                out.put(topicIds.get(i).id(), n);
            }
        }
        return out;
    }
}
