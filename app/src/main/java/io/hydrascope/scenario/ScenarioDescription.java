package io.hydrascope.scenario;

import io.hydrascope.scenario.recipe.Scenario;
import java.util.List;
import java.util.Locale;

/** The short human description written into scenario.json: what is in the data and where the campaigns are. */
final class ScenarioDescription {
    private ScenarioDescription() {
    }

    static String of(Scenario s, List<GenerationSummary.SourceCount> counts) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Scenario \"%s\" (seed %d): %d days from %s; %s replaces %s at %s. ",
                s.name(), s.seed(), s.days(), s.start(), s.models().newModel(), s.models().oldModel(),
                s.models().launch()));
        if (!s.description().isBlank()) {
            sb.append(s.description().strip()).append(' ');
        }
        sb.append("Benign:");
        appendAll(sb, counts, true);
        sb.append(". Campaigns:");
        appendAll(sb, counts, false);
        sb.append('.');
        return sb.toString();
    }

    private static void appendAll(StringBuilder sb, List<GenerationSummary.SourceCount> counts, boolean benign) {
        boolean first = true;
        for (GenerationSummary.SourceCount c : counts) {
            if ("benign".equals(c.campaign()) != benign) {
                continue;
            }
            sb.append(first ? " " : "; ");
            sb.append(String.format(Locale.ROOT, "%s (%s, %d accounts, %d interactions)", c.id(), c.population(),
                    c.accounts(), c.interactions()));
            first = false;
        }
        if (first) {
            sb.append(" none");
        }
    }
}
