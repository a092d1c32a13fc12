package io.hydrascope.scenario.recipe;

import java.util.List;

/**
 * E-mail domains of a campaign: {@code throwawayShare} of its accounts use throwaway domains (the listed
 * {@code domains}, or generated ones sharing a stem such as {@code inboxrelay17.top}); the rest use common free-mail
 * providers.
 */
public record EmailSpec(Double throwawayShare, List<String> domains) {

    public EmailSpec orDefaults(EmailSpec d) {
        if (d == null) {
            return this;
        }
        return new EmailSpec(Defaults.or(throwawayShare, d.throwawayShare), Defaults.orList(domains, d.domains));
    }
}
