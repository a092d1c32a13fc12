package io.hydrascope.scenario.recipe;

import java.util.List;
import java.util.Set;

/** Checks the nested parts of a campaign recipe (network, payment, e-mail, creation, timing, ...). */
record CampaignPartChecks(Problems p, String path, Set<String> poolIds) {

    void check(CampaignSpec c) {
        network(c.network());
        if (c.payment() != null) {
            p.range(path + ".payment.sharedCards", c.payment().sharedCards(), 0, 100_000);
            p.fraction(path + ".payment.sharedShare", c.payment().sharedShare());
        }
        if (c.email() != null) {
            p.fraction(path + ".email.throwawayShare", c.email().throwawayShare());
            List<String> domains = c.email().domains();
            if (domains != null && domains.stream().anyMatch(d -> d == null || !d.matches("[A-Za-z0-9.-]+\\.[a-z]+"))) {
                p.add(path + ".email.domains", "must be domain names such as inboxrelay.top");
            }
        }
        creation(c.creation());
        timing(c.timing());
        if (c.conversation() != null) {
            p.fraction(path + ".conversation.singleTurnShare", c.conversation().singleTurnShare());
            p.range(path + ".conversation.maxTurns", c.conversation().maxTurns(), 1, 50);
            p.positive(path + ".conversation.followUpSeconds", c.conversation().followUpSeconds());
        }
        ModelSwitchSpec m = c.modelSwitch();
        if (m != null) {
            p.atLeast(path + ".modelSwitch.afterHours", m.afterHours(), 0);
            p.atLeast(path + ".modelSwitch.jitterHours", m.jitterHours(), 0);
            p.atLeast(path + ".modelSwitch.rampHours", m.rampHours(), 0);
            p.fraction(path + ".modelSwitch.share", m.share());
            p.fraction(path + ".modelSwitch.accountSpread", m.accountSpread());
        }
    }

    private void network(NetworkSpec n) {
        if (n == null) {
            return;
        }
        p.oneOf(path + ".network.mode", n.mode(), ScenarioValidator.NETWORK_MODES);
        p.range(path + ".network.subnets", n.subnets(), 1, 4096);
        p.range(path + ".network.ipsPerAccount", n.ipsPerAccount(), 1, 64);
        p.fraction(path + ".network.ipv6Share", n.ipv6Share());
        if (n.pool() != null && !poolIds.contains(n.pool())) {
            p.add(path + ".network.pool", "\"" + n.pool() + "\" is not one of the proxyPools ids");
        }
        if (n.pool() != null && n.mode() != null && !"rotating-proxy".equals(n.mode())) {
            p.add(path + ".network.pool", "only applies to mode rotating-proxy");
        }
    }

    private void creation(CreationSpec c) {
        if (c == null) {
            return;
        }
        p.range(path + ".creation.bursts", c.bursts(), 1, 1000);
        p.positive(path + ".creation.burstMinutes", c.burstMinutes());
        p.fraction(path + ".creation.burstShare", c.burstShare());
        p.range(path + ".creation.firstBurstDaysBeforeStart", c.firstBurstDaysBeforeStart(), 0, 3650);
        p.positive(path + ".creation.lifetimeDays", c.lifetimeDays());
    }

    private void timing(TimingSpec t) {
        if (t == null) {
            return;
        }
        p.oneOf(path + ".timing.mode", t.mode(), ScenarioValidator.TIMING_MODES);
        p.positive(path + ".timing.waveEveryMinutes", t.waveEveryMinutes());
        p.positive(path + ".timing.waveMinutes", t.waveMinutes());
        if (t.waveMinutes() != null && t.waveEveryMinutes() != null && t.waveMinutes() > t.waveEveryMinutes()) {
            p.add(path + ".timing.waveMinutes", "must not exceed timing.waveEveryMinutes");
        }
        p.fraction(path + ".timing.minuteAligned", t.minuteAligned());
        List<Integer> hours = t.activeHoursUtc();
        if (hours != null && !hours.isEmpty()) {
            boolean valid = hours.size() == 2 && hours.get(0) != null && hours.get(1) != null
                    && hours.get(0) >= 0 && hours.get(0) <= 24 && hours.get(1) >= 0 && hours.get(1) <= 24
                    && !hours.get(0).equals(hours.get(1));
            if (!valid) {
                p.add(path + ".timing.activeHoursUtc", "must be [from, to] with two different hours 0-24");
            }
        }
    }
}
