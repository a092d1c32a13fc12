package io.hydrascope.scenario.sim;

import io.hydrascope.scenario.infra.Rand;
import io.hydrascope.scenario.recipe.AdoptionSpec;
import io.hydrascope.scenario.recipe.ModelLaunch;
import io.hydrascope.scenario.recipe.ModelSwitchSpec;
import java.util.SplittableRandom;

/** Which model a conversation uses: the old one before the launch, then each account's own uptake of the new. */
final class ModelChoice {
    private final String oldModel;
    private final String newModel;
    private final long launch;

    ModelChoice(ModelLaunch models) {
        this.oldModel = models.oldModel();
        this.newModel = models.newModel();
        this.launch = models.launch().toEpochMilli();
    }

    long launch() {
        return launch;
    }

    String oldModel() {
        return oldModel;
    }

    String newModel() {
        return newModel;
    }

    String at(long t, SimAccount a, SplittableRandom rng) {
        if (t < launch || t < a.adoptAt) {
            return oldModel;
        }
        double share = a.newShare;
        if (a.rampHours > 0) {
            share *= Math.min(1.0, (t - a.adoptAt) / (a.rampHours * 3_600_000.0));
        }
        return rng.nextDouble() < share ? newModel : oldModel;
    }

    /** Benign uptake: a log-normal delay after the launch, or never. */
    void adopt(SimAccount a, AdoptionSpec spec, SplittableRandom rng) {
        if (Rand.chance(rng, spec.neverShare())) {
            a.adoptAt = Long.MAX_VALUE;
            return;
        }
        double hours = spec.medianHours() <= 0 ? 0 : Rand.logNormal(rng, spec.medianHours(), spec.sigma());
        a.adoptAt = launch + Math.round(hours * 3_600_000);
        a.newShare = spec.newShare();
    }

    /** A campaign account's switch: together with its campaign, within the configured jitter. */
    void switchOver(SimAccount a, ModelSwitchSpec spec, SplittableRandom rng) {
        double hours = spec.afterHours() + rng.nextDouble() * spec.jitterHours();
        a.adoptAt = launch + Math.round(hours * 3_600_000);
        double spread = spec.accountSpread();
        a.newShare = Math.max(0, Math.min(1, spec.share() + (rng.nextDouble() * 2 - 1) * spread));
        a.rampHours = spec.rampHours();
    }
}
