package io.hydrascope.scenario;

import io.hydrascope.model.AccountProfile;

/**
 * An account the generator made, with its ground truth.
 *
 * @param campaign the campaign id, or {@code benign}
 * @param population the population kind (ordinary, organisation, ...) or the campaign archetype
 */
public record GeneratedAccount(AccountProfile profile, String campaign, String population) {
}
