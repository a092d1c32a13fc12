package io.hydrascope.scenario.recipe;

/**
 * How a campaign moves to the new model: each account starts {@code afterHours} (plus up to {@code jitterHours})
 * after the launch, ramps up over {@code rampHours}, and then sends about {@code share} of its requests to the new
 * model (each account's own share differs by up to {@code accountSpread}).
 */
public record ModelSwitchSpec(Double afterHours, Double jitterHours, Double rampHours, Double share,
        Double accountSpread) {

    public ModelSwitchSpec orDefaults(ModelSwitchSpec d) {
        if (d == null) {
            return this;
        }
        return new ModelSwitchSpec(Defaults.or(afterHours, d.afterHours), Defaults.or(jitterHours, d.jitterHours),
                Defaults.or(rampHours, d.rampHours), Defaults.or(share, d.share),
                Defaults.or(accountSpread, d.accountSpread));
    }
}
