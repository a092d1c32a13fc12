package io.hydrascope.scenario.recipe;

/**
 * How benign accounts take up the new model: each account adopts after a log-normal delay from the launch
 * ({@code medianHours}, {@code sigma}); {@code neverShare} of accounts stay on the old model for the whole window;
 * after adopting, {@code newShare} of an account's requests use the new model.
 */
public record AdoptionSpec(Double medianHours, Double sigma, Double neverShare, Double newShare) {

    /** This spec with every absent field taken from {@code d}. */
    public AdoptionSpec orDefaults(AdoptionSpec d) {
        if (d == null) {
            return this;
        }
        return new AdoptionSpec(
                Defaults.or(medianHours, d.medianHours), Defaults.or(sigma, d.sigma),
                Defaults.or(neverShare, d.neverShare), Defaults.or(newShare, d.newShare));
    }
}
