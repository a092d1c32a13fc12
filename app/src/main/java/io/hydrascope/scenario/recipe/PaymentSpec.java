package io.hydrascope.scenario.recipe;

/**
 * Payment instruments of a campaign: {@code sharedShare} of its accounts pay with one of {@code sharedCards} shared
 * card fingerprints; the others each have a card of their own.
 */
public record PaymentSpec(Integer sharedCards, Double sharedShare) {

    public PaymentSpec orDefaults(PaymentSpec d) {
        if (d == null) {
            return this;
        }
        return new PaymentSpec(Defaults.or(sharedCards, d.sharedCards), Defaults.or(sharedShare, d.sharedShare));
    }
}
