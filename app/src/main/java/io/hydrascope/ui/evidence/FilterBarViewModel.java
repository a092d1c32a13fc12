package io.hydrascope.ui.evidence;

import io.hydrascope.analysis.topics.Topic;
import io.hydrascope.model.TimeRange;
import io.hydrascope.ui.core.TimeFormats;
import io.hydrascope.ui.core.ViewFilter;
import io.hydrascope.ui.core.WorkspaceState;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The filter bar under the header: tags, a minimum risk, topics, models and a time window, written to
 * {@link WorkspaceState#filterProperty()}, which every view honours. Choices follow the case (its tags, the models
 * seen in its traffic). FX thread only.
 */
public final class FilterBarViewModel {
    /** Open ends of a window given by one date only. */
    private static final long EARLIEST = 0;
    private static final long LATEST = Long.MAX_VALUE / 4;

    private final WorkspaceState workspace;
    private final ObservableList<String> tagChoices = FXCollections.observableArrayList();
    private final ObservableList<String> topicChoices = FXCollections.observableArrayList(
            Topic.BUILT_IN.stream().map(Topic::id).toList());
    private final ObservableList<String> modelChoices = FXCollections.observableArrayList();

    public FilterBarViewModel(WorkspaceState workspace) {
        this.workspace = workspace;
        workspace.annotations().versionProperty().addListener((o, a, b) -> refreshChoices());
        workspace.dataVersionProperty().addListener((o, a, b) -> refreshChoices());
        workspace.palette().versionProperty().addListener((o, a, b) -> refreshChoices());
        refreshChoices();
    }

    /** Reads the tag and model choices again (models appear once the case's traffic was summarised). */
    public void refreshChoices() {
        List<String> tags = new ArrayList<>(workspace.annotations().knownTags());
        workspace.filter().tags().stream().filter(t -> !tags.contains(t)).forEach(tags::add);
        if (!tags.equals(tagChoices)) {
            tagChoices.setAll(tags);
        }
        List<String> models = new ArrayList<>(workspace.palette().models());
        workspace.filter().models().stream().filter(m -> !models.contains(m)).forEach(models::add);
        if (!models.equals(modelChoices)) {
            modelChoices.setAll(models);
        }
    }

    public void setTags(Set<String> tags) {
        update(workspace.filter().withTags(tags));
    }

    public void setTopics(Set<String> topics) {
        update(workspace.filter().withTopics(topics));
    }

    public void setModels(Set<String> models) {
        update(workspace.filter().withModels(models));
    }

    public void setMinRisk(double minRisk) {
        double rounded = Math.round(Math.max(0, Math.min(1, minRisk)) * 20) / 20.0;
        update(workspace.filter().withMinRisk(rounded));
    }

    /** A window of whole days in the shown time zone, both ends included; either may be null (open). */
    public void setDates(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            update(workspace.filter().withWindow(null));
            return;
        }
        ZoneId zone = workspace.zone();
        long start = from == null ? EARLIEST : micros(from, zone);
        long end = to == null ? LATEST : micros(to.plusDays(1), zone);
        update(workspace.filter().withWindow(new TimeRange(start, Math.max(start, end))));
    }

    /** Makes the range selected on a timeline the window every view keeps to. */
    public void useBrushedRange() {
        TimeRange brush = workspace.brushedRangeProperty().get();
        if (brush != null) {
            update(workspace.filter().withWindow(brush));
        }
    }

    public void clear() {
        update(ViewFilter.NONE);
    }

    /** The first day of the window in the shown zone, or null when it is open at the start. */
    public LocalDate fromDate() {
        TimeRange w = workspace.filter().window();
        return w == null || w.fromMicros() <= EARLIEST ? null : date(w.fromMicros());
    }

    /** The last day of the window (inclusive), or null when it is open at the end. */
    public LocalDate toDate() {
        TimeRange w = workspace.filter().window();
        return w == null || w.toMicros() >= LATEST ? null : date(w.toMicros() - 1);
    }

    /** One line saying what is filtered, for the bar. */
    public StringBinding summaryBinding() {
        return Bindings.createStringBinding(() -> describe(workspace.filter(), workspace.zone()),
                workspace.filterProperty(), workspace.zoneProperty());
    }

    /** A few words for the bar itself: how many filters are on. */
    public StringBinding shortSummaryBinding() {
        return Bindings.createStringBinding(() -> {
            ViewFilter f = workspace.filter();
            int on = (f.tags().isEmpty() ? 0 : 1) + (f.minRisk() > 0 ? 1 : 0) + (f.topics().isEmpty() ? 0 : 1)
                    + (f.models().isEmpty() ? 0 : 1) + (f.window() == null ? 0 : 1);
            return on == 0 ? "No filters" : on == 1 ? "1 filter on" : on + " filters on";
        }, workspace.filterProperty());
    }

    static String describe(ViewFilter f, ZoneId zone) {
        if (f.isEmpty()) {
            return "No filters: every view shows everything";
        }
        List<String> parts = new ArrayList<>();
        if (!f.tags().isEmpty()) {
            parts.add(f.tags().size() + (f.tags().size() == 1 ? " tag" : " tags"));
        }
        if (f.minRisk() > 0) {
            parts.add(String.format(Locale.ROOT, "risk ≥ %.2f", f.minRisk()));
        }
        if (!f.topics().isEmpty()) {
            parts.add(f.topics().size() + (f.topics().size() == 1 ? " topic" : " topics"));
        }
        if (!f.models().isEmpty()) {
            parts.add(f.models().size() + (f.models().size() == 1 ? " model" : " models"));
        }
        if (f.window() != null) {
            parts.add("window " + (f.window().fromMicros() <= EARLIEST ? "…"
                    : TimeFormats.dateTime(f.window().fromMicros(), zone).substring(0, 16)) + " – "
                    + (f.window().toMicros() >= LATEST ? "…"
                    : TimeFormats.dateTime(f.window().toMicros(), zone).substring(0, 16)));
        }
        return "Filtered: " + String.join(" · ", parts);
    }

    private void update(ViewFilter filter) {
        if (!filter.equals(workspace.filter())) {
            workspace.filterProperty().set(filter);
        }
    }

    private LocalDate date(long micros) {
        return java.time.Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L)).atZone(workspace.zone())
                .toLocalDate();
    }

    private static long micros(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toEpochSecond() * 1_000_000L;
    }

    public ObservableList<String> tagChoices() {
        return tagChoices;
    }

    public ObservableList<String> topicChoices() {
        return topicChoices;
    }

    public ObservableList<String> modelChoices() {
        return modelChoices;
    }

    public WorkspaceState workspace() {
        return workspace;
    }
}
