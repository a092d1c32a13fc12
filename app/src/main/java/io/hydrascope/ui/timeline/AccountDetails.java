package io.hydrascope.ui.timeline;

import io.hydrascope.model.InteractionFilter;
import io.hydrascope.model.InteractionRow;
import io.hydrascope.model.SharedIp;
import io.hydrascope.model.TimeRange;
import io.hydrascope.model.UsageSpan;
import io.hydrascope.store.AccountDirectoryRepository;
import io.hydrascope.store.AccountTimelineRepository;
import io.hydrascope.ui.analysis.AnalysisResultsSource;
import io.hydrascope.model.InteractionTopic;
import io.hydrascope.ui.core.ClusterSelection;
import io.hydrascope.ui.core.DialogService;
import io.hydrascope.ui.core.QuerySlot;
import io.hydrascope.ui.core.TaskRunner;
import io.hydrascope.ui.core.TimeFormats;
import io.hydrascope.ui.core.ViewFilter;
import io.hydrascope.ui.core.WorkspaceState;
import io.hydrascope.model.AccountVolume;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The lists under an account's timeline: its interactions in the shown window (at most {@link #TABLE_LIMIT}, with
 * topics from the analysis), the full prompt of the selected one, and the IPs and user agents it used. FX thread.
 */
public final class AccountDetails {
    static final int TABLE_LIMIT = 2000;
    static final int USAGE_LIMIT = 200;
    static final int PEERS_LIMIT = 600;
    static final int IPS_LIMIT = 20;

    /** The full prompt of the selected interaction and why it got its topic. */
    private record PromptView(String prompt, String explanation) {
    }

    private record Page(List<InteractionRow> rows, long total, Map<Long, InteractionTopic> topics) {
    }

    private record Usage(List<UsageSpan> ips, List<UsageSpan> userAgents) {
    }

    /** The accounts sharing an IP with the shown one, and the IPs they share. */
    private record Peers(List<AccountVolume> accounts, List<SharedIp> ips) {
    }

    private final WorkspaceState workspace;
    private final AnalysisResultsSource results;
    private final QuerySlot pageSlot;
    private final QuerySlot usageSlot;
    private final QuerySlot promptSlot;
    private final QuerySlot peersSlot;
    private final ObservableList<InteractionRow> interactions = FXCollections.observableArrayList();
    private final ObservableMap<Long, InteractionTopic> topics = FXCollections.observableHashMap();
    private final ObservableList<UsageSpan> ips = FXCollections.observableArrayList();
    private final ObservableList<UsageSpan> userAgents = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper interactionsNote = new ReadOnlyStringWrapper(this, "interactionsNote", "");
    private final ReadOnlyObjectWrapper<InteractionRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper(this, "prompt", "");
    private final ReadOnlyStringWrapper topicExplanation = new ReadOnlyStringWrapper(this, "topicExplanation", "");
    private final BooleanProperty groupByConversation = new SimpleBooleanProperty(this, "groupByConversation");
    private final List<InteractionRow> timeOrder = new ArrayList<>();
    private String accountId;
    private TimeRange bounds;

    AccountDetails(WorkspaceState workspace, TaskRunner tasks, AnalysisResultsSource results) {
        this.workspace = workspace;
        this.results = results;
        this.pageSlot = new QuerySlot(tasks, workspace, "Listing interactions");
        this.usageSlot = new QuerySlot(tasks, workspace, "Listing IPs and user agents");
        this.promptSlot = new QuerySlot(tasks, workspace, "Reading prompt");
        this.peersSlot = new QuerySlot(tasks, workspace, "Finding accounts sharing IPs");
        groupByConversation.addListener((o, a, b) -> arrange());
    }

    void load(String account, TimeRange tableWindow, TimeRange accountBounds) {
        this.accountId = account;
        this.bounds = accountBounds;
        selected.set(null);
        prompt.set("");
        loadInteractions(tableWindow, 0);
        usageSlot.run((c, p, cancel) -> {
            AccountTimelineRepository repo = new AccountTimelineRepository(c.reader());
            return new Usage(repo.ips(account, USAGE_LIMIT), repo.userAgents(account, USAGE_LIMIT));
        }, u -> {
            ips.setAll(u.ips());
            userAgents.setAll(u.userAgents());
        }, e -> interactionsNote.set(DialogService.describe(e)));
    }

    void loadInteractions(TimeRange window, long delayMillis) {
        String account = accountId;
        if (account == null || window == null) {
            return;
        }
        ViewFilter filter = workspace.filter();
        TimeRange range = filter.clip(window);
        if (range == null) {
            pageSlot.cancel();
            timeOrder.clear();
            topics.clear();
            arrange();
            interactionsNote.set("Nothing to list: the filter's time window does not overlap the one shown");
            return;
        }
        InteractionFilter only = filter.interactions();
        interactionsNote.set("Listing interactions…");
        pageSlot.run(delayMillis, (c, p, cancel) -> {
            AccountTimelineRepository repo = new AccountTimelineRepository(c.reader());
            List<InteractionRow> rows = repo.interactions(account, range, only, TABLE_LIMIT);
            long total = rows.size() < TABLE_LIMIT ? rows.size() : repo.count(account, range, only);
            return new Page(rows, total, results.interactionTopics(c.reader(),
                    rows.stream().map(InteractionRow::id).toList()));
        }, page -> {
            timeOrder.clear();
            timeOrder.addAll(page.rows());
            topics.clear();
            topics.putAll(page.topics());
            arrange();
            interactionsNote.set(describe(page.total(), page.rows().size(), range)
                    + (only.isEmpty() && range.equals(window) ? "" : " (filtered)"));
            selectWanted();
        }, e -> interactionsNote.set("Cannot list interactions: " + DialogService.describe(e)));
    }

    /** Selects the listed interaction the workspace points at (a jump to a request id, an evidence item). */
    private void selectWanted() {
        String wanted = workspace.selectedInteractionProperty().get();
        if (wanted == null) {
            return;
        }
        timeOrder.stream().filter(r -> wanted.equals(r.requestId())).findFirst().ifPresent(this::select);
    }

    private String describe(long total, int shown, TimeRange window) {
        String range = TimeFormats.dateTime(window.fromMicros(), workspace.zone()) + " – "
                + TimeFormats.dateTime(window.toMicros(), workspace.zone());
        String which = workspace.brushedRangeProperty().get() != null ? "selected range " : "";
        if (total > shown) {
            return TimeFormats.count(total) + " interactions in " + which + range + "; showing the first "
                    + TimeFormats.count(shown) + " (zoom in or select a range to see the others)";
        }
        return TimeFormats.count(total) + " interactions in " + which + range;
    }

    /** Time order, or conversations in order of their first turn with turns in order. */
    private void arrange() {
        if (!groupByConversation.get()) {
            interactions.setAll(timeOrder);
            return;
        }
        Map<String, Long> firstSeen = new HashMap<>();
        for (InteractionRow r : timeOrder) {
            firstSeen.putIfAbsent(String.valueOf(r.conversationId()), r.timestampMicros());
        }
        List<InteractionRow> grouped = new ArrayList<>(timeOrder);
        grouped.sort(Comparator.<InteractionRow>comparingLong(r -> firstSeen.get(String.valueOf(r.conversationId())))
                .thenComparing(r -> String.valueOf(r.conversationId()))
                .thenComparingLong(InteractionRow::timestampMicros));
        interactions.setAll(grouped);
    }

    /** Shows the selected interaction's full prompt and makes it the workspace's selected interaction. */
    public void select(InteractionRow row) {
        if (row != null && row.equals(selected.get())) {
            return;
        }
        selected.set(row);
        if (row != null) {
            workspace.selectedInteractionProperty().set(row.requestId());
        }
        if (row == null) {
            prompt.set("");
            return;
        }
        prompt.set(row.promptPreview() == null ? "" : row.promptPreview());
        topicExplanation.set("");
        promptSlot.run((c, p, cancel) -> {
            String text = new AccountTimelineRepository(c.reader()).prompt(row.id()).orElse("");
            return new PromptView(text, results.explainTopic(c.reader(), row.id(), text).orElse(""));
        }, v -> {
            prompt.set(v.prompt());
            topicExplanation.set(v.explanation());
        }, e -> prompt.set(DialogService.describe(e)));
    }

    void openAccountsSharingIps() {
        String account = accountId;
        if (account == null) {
            return;
        }
        peersSlot.run((c, p, cancel) -> {
            AccountDirectoryRepository directory = new AccountDirectoryRepository(c.reader());
            return new Peers(directory.sharingAnIp(account, PEERS_LIMIT), directory.sharedIps(account, IPS_LIMIT));
        }, peers -> workspace.openCluster(new ClusterSelection("shared-ip:" + account,
                "Accounts sharing an IP with " + account + " (" + peers.accounts().size()
                        + (peers.accounts().size() == PEERS_LIMIT ? "+" : "") + ")",
                peers.accounts().stream().map(AccountVolume::accountId).toList(), describe(peers.ips()))),
                e -> interactionsNote.set(DialogService.describe(e)));
    }

    /** "Shared IPs: 3.83.91.202 (4 accounts), 3.83.91.114 (2 accounts)", the most shared first. */
    static String describe(List<SharedIp> ips) {
        if (ips.isEmpty()) {
            return "No IP of this account was used by another account.";
        }
        String list = ips.stream().map(i -> i.ip() + " (" + TimeFormats.count(i.accounts()) + " accounts)")
                .collect(java.util.stream.Collectors.joining(", "));
        return (ips.size() == 1 ? "Shared IP: " : "Shared IPs: ") + list
                + (ips.size() == IPS_LIMIT ? ", and more (the " + IPS_LIMIT + " most shared are listed)" : "");
    }

    void openCluster(String clusterId) {
        peersSlot.run((c, p, cancel) -> results.clusterAccounts(c.reader(), clusterId),
                accounts -> workspace.openCluster(new ClusterSelection(clusterId, io.hydrascope.model.NetworkName.of(clusterId) + " ("
                        + accounts.size() + " accounts)", accounts)),
                e -> interactionsNote.set(DialogService.describe(e)));
    }

    void clear() {
        pageSlot.cancel();
        usageSlot.cancel();
        promptSlot.cancel();
        accountId = null;
        bounds = null;
        timeOrder.clear();
        interactions.clear();
        topics.clear();
        ips.clear();
        userAgents.clear();
        selected.set(null);
        prompt.set("");
        topicExplanation.set("");
        interactionsNote.set("");
    }

    public ObservableList<InteractionRow> interactions() {
        return interactions;
    }

    public ObservableMap<Long, InteractionTopic> topics() {
        return topics;
    }

    public ObservableList<UsageSpan> ips() {
        return ips;
    }

    public ObservableList<UsageSpan> userAgents() {
        return userAgents;
    }

    public ReadOnlyStringProperty interactionsNoteProperty() {
        return interactionsNote.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<InteractionRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Why the selected interaction got its topic; empty when there is none. */
    public ReadOnlyStringProperty topicExplanationProperty() {
        return topicExplanation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    public BooleanProperty groupByConversationProperty() {
        return groupByConversation;
    }

    /** The account's whole active period, for drawing when each IP or user agent was used. */
    public TimeRange bounds() {
        return bounds;
    }
}
