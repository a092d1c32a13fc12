package io.hydrascope.scenario.recipe;

import java.time.Instant;

/** The model launch inside the scenario window: traffic before {@code launch} can only use {@code oldModel}. */
public record ModelLaunch(String oldModel, String newModel, Instant launch) {
}
