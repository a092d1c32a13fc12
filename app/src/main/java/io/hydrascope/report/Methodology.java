package io.hydrascope.report;

import java.util.List;

/** The methodology appendix: how verdicts, signals and indicator confidences are made, and their limits. */
final class Methodology {
    record Topic(String title, String text) {
    }

    private Methodology() {
    }

    static List<Topic> topics() {
        return List.of(
                new Topic("Linking accounts", "Accounts are linked through what they share: IP addresses, /24 "
                        + "(IPv4) or /48 (IPv6) subnets, payment fingerprints, e-mail domains, user agents, prompt "
                        + "template families, activity in lockstep, creation bursts and moves to a newly launched "
                        + "model together. Each shared key has a weight for its kind, damped when very many accounts "
                        + "share it (a corporate NAT or a popular SDK says little about any two accounts). Clusters "
                        + "are communities of the account-key graph found with the Leiden algorithm with a fixed "
                        + "seed, so the same case and settings give the same clusters. This report calls each cluster a network "
                        + "and names it by its number (Network 3), flagged or not."),
                new Topic("Scoring a cluster", "A campaign shows coordination (shared payment, creation bursts, "
                        + "lockstep timing, requests at exact minute boundaries, no day/night rhythm, rotating "
                        + "proxies, a joint move to a new model) together with harvesting content (shared templates, "
                        + "chain-of-thought elicitation, single-turn exchanges, a narrow focus on capabilities that "
                        + "distillation targets). Risk = coordination × (0.35 + 0.65 × harvesting) × (1 − "
                        + "mitigation), where mitigation comes from what ordinary customers show: follow-up "
                        + "questions, a human day, a declared organisation. Every signal is reported with its value, "
                        + "the rate in the rest of the case (its baseline) and its contribution, so each verdict can "
                        + "be checked and challenged. Harvesting-like content without coordination (a benchmark run) "
                        + "never makes a network."),
                new Topic("Accounts", "An account of a flagged cluster is flagged when it shows enough of the "
                        + "cluster's behaviour itself (its affinity). Account risk = cluster risk × affinity."),
                new Topic("Indicators", "Indicators come from the flagged accounts of flagged clusters (from every "
                        + "account in scope for a cluster that is not flagged). Confidence (0–100) = cluster risk × "
                        + "exclusivity × 100, where exclusivity is the share of the whole case's use of the value "
                        + "that came from those accounts: an IP also used by unrelated customers scores low. "
                        + "Indicators below 10 are left out; user agents and e-mail domains need an exclusivity of "
                        + "at least 50%, and e-mail domains at least two accounts. Account indicators carry the "
                        + "account's own risk. STIX bundles leave payment fingerprints out: they mean something "
                        + "only to the payment provider that issued them."),
                new Topic("Reading this report", "All prompts, account ids, user agents and other logged fields "
                        + "are shown as text exactly as logged (attacker-controlled content is never interpreted); "
                        + "long prompts are cut with a visible marker. Times are UTC. A verdict is a lead for an "
                        + "investigator, not proof: check the signals and the evidence before acting against an "
                        + "account, because a false accusation costs a real customer their access."));
    }
}
