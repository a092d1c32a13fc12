package io.hydrascope.scenario.recipe;

import java.util.List;

/**
 * When a campaign sends.
 *
 * @param mode {@code steady} (around the clock, random arrivals), {@code waves} (orchestrated bursts every
 *     {@code waveEveryMinutes} lasting {@code waveMinutes}), {@code round-robin} (a load balancer spreading an evenly
 *     spaced request stream over the accounts in turn) or {@code scheduler} (each account on a cron-like period)
 * @param minuteAligned fraction of requests sent exactly at a minute boundary (scheduler artefact)
 * @param activeHoursUtc optional {@code [from, to)} UTC hours outside which the campaign is idle (operator shifts)
 */
public record TimingSpec(String mode, Double waveEveryMinutes, Double waveMinutes, Double minuteAligned,
        List<Integer> activeHoursUtc) {

    public TimingSpec orDefaults(TimingSpec d) {
        if (d == null) {
            return this;
        }
        return new TimingSpec(Defaults.or(mode, d.mode), Defaults.or(waveEveryMinutes, d.waveEveryMinutes),
                Defaults.or(waveMinutes, d.waveMinutes), Defaults.or(minuteAligned, d.minuteAligned),
                Defaults.orList(activeHoursUtc, d.activeHoursUtc));
    }
}
