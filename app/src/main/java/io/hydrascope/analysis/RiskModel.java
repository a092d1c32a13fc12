package io.hydrascope.analysis;

import io.hydrascope.model.ClusterSignal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores a cluster from named signals. A campaign shows two things at once: accounts that act as one (coordination:
 * shared payment, creation bursts, lockstep timing, scheduler artefacts, no day/night rhythm, rotating proxies, a
 * move to a new model together, shared templates) and harvesting content (shared templates, chain-of-thought
 * elicitation, single-turn exchanges, a narrow capability focus), reduced by
 * what ordinary customers show (follow-up questions, a human day, a declared organisation): risk =
 * coordination x (0.35 + 0.65 x harvesting) x (1 - mitigation). Every signal keeps
 * its number and the case baseline, so a verdict can be explained and challenged. Coordination is required:
 * harvesting-looking content alone (a benchmark suite) never makes a network.
 */
final class RiskModel {
    static final int MIN_RHYTHM_INTERACTIONS = 24;
    /** Coordination alone carries this much of the risk; harvesting content supplies the rest. */
    static final double HARVEST_FLOOR = 0.35;
    /**
     * Effective distinct shared requests below which shared text is a few popular prompts, not a task bank; the
     * signal is full at twice this.
     */
    static final double MIN_TASK_SPACE = 40;

    record Verdict(double risk, double coordination, double harvesting, double benign, List<ClusterSignal> signals) {
    }

    private final Baselines caseBase;
    private final AnalysisSettings settings;
    private final int generalTopic;

    RiskModel(Baselines base, AnalysisSettings settings, int generalTopic) {
        this.caseBase = base;
        this.settings = settings;
        this.generalTopic = generalTopic;
    }

    Verdict assess(List<AccountStats> members, ClusterEvidence ev) {
        Baselines base = caseBase.rest(members);
        Signals s = new Signals();
        int m = members.size();
        long n = members.stream().mapToLong(a -> a.interactions).sum();
        double org = declaredOrg(members);
        double payShare = share(ev.members("payment"), m);
        s.add("shared_payment", payShare, null, 0.5 * strength(payShare, 0.3, 0.5) * (1 - org), String.format(
                Locale.ROOT, "%d of %d accounts share %d payment fingerprints", ev.members("payment"), m,
                ev.keys("payment")), Kind.COORDINATION);
        int burst = largestBurst(members);
        double burstShare = share(ev.members("created"), m);
        s.add("creation_burst", burstShare, null, 0.8 * strength(burstShare, 0.2, 0.4), String.format(Locale.ROOT,
                "%d of %d accounts created in bursts (largest: %d accounts within %d hours)", ev.members("created"),
                m, burst, settings.creationBurstHours()), Kind.COORDINATION);
        double lock = share(ev.members("lockstep"), m);
        s.add("lockstep", lock, null, 0.8 * strength(lock, 0.2, 0.4), String.format(Locale.ROOT,
                "%d of %d accounts active in lockstep (same %d-minute windows)", ev.members("lockstep"), m,
                settings.lockstepBucketSeconds() / 60), Kind.COORDINATION);
        double minute = share(members.stream().mapToLong(a -> a.minuteBoundary).sum(), n);
        s.add("minute_boundary", minute, base.minuteBoundary(), 0.8 * strength(minute, Math.max(0.06,
                2 * base.minuteBoundary()), 0.3), pct("requests at exact minute boundaries", minute,
                base.minuteBoundary()), Kind.COORDINATION);
        double quiet = medianQuiet(members);
        s.add("no_day_night_rhythm", quiet, base.quietShare(), 0.5 * strength(quiet, 0.08, 0.12), pct(
                "activity in the quietest 6 hours of the day (median account)", quiet, base.quietShare()),
                Kind.COORDINATION);
        double ipsPerAccount = members.stream().mapToDouble(a -> a.distinctIps).average().orElse(0);
        double sharedIpUse = share(sharedIpMembers(ev), m);
        double rotation = strength(ipsPerAccount, 2, 6) * strength(sharedIpUse, 0.2, 0.4);
        s.add("proxy_rotation", ipsPerAccount, null, 0.7 * rotation, String.format(Locale.ROOT,
                "%.1f IPs per account, %d IPs shared between members", ipsPerAccount, ev.sharedIps),
                Kind.COORDINATION);
        addModelMove(s, members, base);
        double templated = share(members.stream().mapToLong(a -> a.clusterTemplated).sum(), n);
        s.add("shared_templates", templated, base.sharedTemplates(), strength(templated, 0.15, 0.35), pct(
                "prompts from templates this group shares", templated, base.sharedTemplates()), Kind.BOTH);
        addSharedPayload(s, members, ev, n, base);
        double cot = share(members.stream().mapToLong(a -> a.chainOfThought).sum(), n);
        s.add("chain_of_thought", cot, base.chainOfThought(), 0.7 * strength(cot, Math.max(0.1,
                3 * base.chainOfThought()), 0.3), pct("chain-of-thought elicitation", cot, base.chainOfThought()),
                Kind.HARVESTING);
        double single = share(n - members.stream().mapToLong(a -> a.followUps).sum(), n);
        s.add("single_turn", single, base.singleTurn(), 0.4 * strength(single, Math.max(0.7, base.singleTurn()),
                0.25), pct("single-turn exchanges", single, base.singleTurn()), Kind.HARVESTING);
        long openings = members.stream().mapToLong(a -> a.openings).sum();
        double target = 1 - share(openingTopicTotal(members, generalTopic), openings);
        s.add("capability_focus", target, base.targetTopics(), 0.5 * strength(target, Math.max(0.5,
                base.targetTopics() + 0.1), 0.3), pct("conversations opened on distillation-target capabilities", target,
                base.targetTopics()), Kind.HARVESTING);
        double follow = 1 - single;
        s.add("follow_ups", follow, 1 - base.singleTurn(), 0.35 * strength(follow, 0.3, 0.3), pct(
                "exchanges that follow up in a conversation", follow, 1 - base.singleTurn()), Kind.BENIGN);
        double human = quiet < 0 ? 0 : strength(0.06 - quiet, 0, 0.04);
        s.add("human_rhythm", quiet, base.quietShare(), 0.3 * human, "a human day: quiet hours in the activity",
                Kind.BENIGN);
        s.add("declared_organisation", org, null, 0.5 * org, String.format(Locale.ROOT,
                "%.0f%% of the traffic from accounts declaring one organisation", 100 * org), Kind.BENIGN);
        return s.verdict();
    }

    /**
     * The same filled requests sent word for word across the group: one operator's task bank, the trace a careful
     * operator cannot avoid. It counts as coordination only when the shared texts cover a task space (many distinct
     * requests, counted by use so that one viral prompt and its rare variants count as about one), not when everyone
     * pastes the same few (a viral prompt, one homework sheet). The task space is counted in absolute terms: a bank
     * does not grow with the number of accounts that draw from it or with their volume, so neither does the verdict.
     */
    private void addSharedPayload(Signals s, List<AccountStats> members, ClusterEvidence ev, long n, Baselines base) {
        int m = members.size();
        double payload = share(members.stream().mapToLong(a -> a.clusterPayload).sum(), n);
        double repertoire = ev.effectiveSharedTexts();
        double contribution = m < 2 ? 0 : 0.8 * strength(payload, Math.max(0.1, 2 * base.sharedPayload()), 0.2)
                * strength(repertoire, MIN_TASK_SPACE, MIN_TASK_SPACE);
        s.add("shared_payload", payload, base.sharedPayload(), contribution, String.format(Locale.ROOT,
                "prompts sent word for word by several members: %.0f%% vs %.0f%% elsewhere in the case "
                        + "(%d distinct texts, effectively %.0f, among %d accounts)", 100 * payload,
                100 * base.sharedPayload(), ev.sharedTexts, repertoire, m), Kind.COORDINATION);
    }

    private void addModelMove(Signals s, List<AccountStats> members, Baselines base) {
        long post = members.stream().mapToLong(a -> a.postLaunchDay).sum();
        long moved = members.stream().mapToLong(a -> a.newModelPostLaunchDay).sum();
        double share = share(moved, post);
        long movers = members.stream().filter(a -> a.newModelPostLaunchDay > 0).count();
        double contribution = post >= 50 && movers >= 5
                ? 0.5 * strength(share, Math.max(0.2, 2.5 * base.newModelFirstDay()), 0.25) : 0;
        s.add("model_move", share, base.newModelFirstDay(), contribution,
                pct("traffic on the new model within 24 h of launch", share, base.newModelFirstDay()),
                Kind.COORDINATION);
    }

    /**
     * Account-level: how much of the group's campaign behaviour this account shows itself (0..1). Its own
     * prompts and timing (shared templates, chain-of-thought elicitation, scheduler artefacts) count fully; ties to
     * other members (a shared card, a creation burst, lockstep, a joint model move, rotating through the group's
     * proxy addresses, no day/night rhythm) count at most half, so ties alone never condemn an account that
     * behaves like an ordinary user (an ordinary VPN customer shares the campaign's proxy exits).
     */
    double affinity(AccountStats a, ClusterEvidence ev) {
        double behaviour = noisyOr(
                a.clusterTemplated >= 2 ? strength(a.share(a.clusterTemplated), 0.1, 0.3) : 0,
                a.clusterPayload >= 2 ? strength(a.share(a.clusterPayload), 0.1, 0.3) : 0,
                a.chainOfThought >= 2 ? 0.8 * strength(a.share(a.chainOfThought), 0.1, 0.3) : 0,
                a.minuteBoundary >= 2 ? 0.8 * strength(a.share(a.minuteBoundary), 0.06, 0.3) : 0);
        double ties = noisyOr(
                ev.shares("payment", a.index) ? 0.6 : 0,
                a.burstNeighbours >= 4 ? 0.5 : 0,
                ev.shares("lockstep", a.index) ? 0.6 : 0,
                ev.shares("model_move", a.index) ? 0.4 : 0,
                ev.shares("ip", a.index) ? 0.5 * strength(a.distinctIps, 4, 10) : 0,
                a.interactions >= MIN_RHYTHM_INTERACTIONS ? 0.4 * strength(a.quietWindowShare(), 0.08, 0.1) : 0);
        double own = behaviour + (1 - behaviour) * 0.5 * ties;
        double follow = a.share(a.followUps);
        return own * (1 - 0.35 * strength(follow, 0.3, 0.3));
    }

    static double strength(double value, double from, double range) {
        if (Double.isNaN(value)) {
            return 0;
        }
        return Math.max(0, Math.min(1, (value - from) / range));
    }

    static double noisyOr(double... parts) {
        double none = 1;
        for (double p : parts) {
            none *= 1 - Math.max(0, Math.min(1, p));
        }
        return 1 - none;
    }

    private static double share(double part, double whole) {
        return whole <= 0 ? 0 : part / whole;
    }

    private static long sharedIpMembers(ClusterEvidence ev) {
        return ev.members("ip");
    }

    private static long openingTopicTotal(List<AccountStats> members, int topic) {
        return members.stream().mapToLong(a -> topic < a.openingTopics.length ? a.openingTopics[topic] : 0).sum();
    }

    private static double medianQuiet(List<AccountStats> members) {
        double[] q = members.stream().filter(a -> a.interactions >= MIN_RHYTHM_INTERACTIONS)
                .mapToDouble(AccountStats::quietWindowShare).sorted().toArray();
        return q.length == 0 ? -1 : q[q.length / 2];
    }

    /** How much of the group's traffic comes from accounts declaring one and the same organisation. */
    private static double declaredOrg(List<AccountStats> members) {
        Map<String, Long> orgs = new HashMap<>();
        long total = 0;
        for (AccountStats a : members) {
            total += a.interactions;
            if (a.info.orgId() != null && !a.info.orgId().isBlank()) {
                orgs.merge(a.info.orgId(), a.interactions, Long::sum);
            }
        }
        long top = orgs.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return members.size() < 2 || total == 0 ? 0 : strength((double) top / total, 0.5, 0.3);
    }

    private int largestBurst(List<AccountStats> members) {
        long[] created = members.stream().filter(a -> a.info.createdAtMicros() != null)
                .mapToLong(a -> a.info.createdAtMicros()).sorted().toArray();
        long width = settings.creationBurstHours() * CaseScan.MICROS_PER_HOUR;
        int best = 0;
        int start = 0;
        for (int end = 0; end < created.length; end++) {
            while (created[end] - created[start] > width) {
                start++;
            }
            best = Math.max(best, end - start + 1);
        }
        return best;
    }

    private static String pct(String what, double value, Double baseline) {
        String v = String.format(Locale.ROOT, "%.0f%%", 100 * value);
        return baseline == null ? what + ": " + v : String.format(Locale.ROOT, "%s: %s vs %.0f%% elsewhere in the case",
                what, v, 100 * baseline);
    }

    enum Kind { COORDINATION, HARVESTING, BOTH, BENIGN }

    /** Collects signals and combines their contributions into the verdict. */
    private static final class Signals {
        private final List<ClusterSignal> list = new ArrayList<>();
        private final List<Double> coordination = new ArrayList<>();
        private final List<Double> harvesting = new ArrayList<>();
        private final List<Double> benign = new ArrayList<>();

        void add(String name, double value, Double baseline, double contribution, String text, Kind kind) {
            double c = Math.max(0, Math.min(1, contribution));
            list.add(new ClusterSignal(name, round(value), baseline == null ? null : round(baseline),
                    kind == Kind.BENIGN ? -round(c) : round(c), text));
            if (kind == Kind.COORDINATION || kind == Kind.BOTH) {
                coordination.add(c * (kind == Kind.BOTH ? 0.35 : 1));
            }
            if (kind == Kind.HARVESTING || kind == Kind.BOTH) {
                harvesting.add(c * (kind == Kind.BOTH ? 0.8 : 1));
            }
            if (kind == Kind.BENIGN) {
                benign.add(c);
            }
        }

        Verdict verdict() {
            double co = noisyOr(coordination.stream().mapToDouble(Double::doubleValue).toArray());
            double ha = noisyOr(harvesting.stream().mapToDouble(Double::doubleValue).toArray());
            double keep = 1;
            for (double b : benign) {
                keep *= 1 - b;
            }
            list.sort((a, b) -> Double.compare(Math.abs(b.contribution()), Math.abs(a.contribution())));
            return new Verdict(round(co * (HARVEST_FLOOR + (1 - HARVEST_FLOOR) * ha) * keep), co, ha, 1 - keep,
                    List.copyOf(list));
        }

        private static double round(double v) {
            return Math.round(v * 10_000) / 10_000.0;
        }
    }
}
