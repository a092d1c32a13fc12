package io.hydrascope.scenario.recipe;

/**
 * When a campaign's accounts were created: {@code burstShare} of them in {@code bursts} bursts of about
 * {@code burstMinutes} minutes, the first {@code firstBurstDaysBeforeStart} days before the window and the others
 * spread until half to two thirds into it (replacements, as in a hydra network); the rest at scattered times before the
 * window. With {@code lifetimeDays}, an account stops being used that many days after creation.
 */
public record CreationSpec(Integer bursts, Double burstMinutes, Double burstShare, Double firstBurstDaysBeforeStart,
        Double lifetimeDays) {

    public CreationSpec orDefaults(CreationSpec d) {
        if (d == null) {
            return this;
        }
        return new CreationSpec(Defaults.or(bursts, d.bursts), Defaults.or(burstMinutes, d.burstMinutes),
                Defaults.or(burstShare, d.burstShare),
                Defaults.or(firstBurstDaysBeforeStart, d.firstBurstDaysBeforeStart),
                Defaults.or(lifetimeDays, d.lifetimeDays));
    }
}
