package io.hydrascope.ui.evidence;

import io.hydrascope.store.JumpQueries;
import io.hydrascope.store.ReadSession;
import io.hydrascope.ui.core.ClusterSelection;
import io.hydrascope.ui.core.WorkspaceState;
import java.util.List;

/**
 * What the header's jump-to field understands: an account id opens the account; a request id opens its account
 * around that interaction, selected; an IP or a payment fingerprint shows the accounts that used it as swim lanes.
 * Tried in that order, each an exact index look-up. {@link #resolve} runs on a reader thread, {@link #show} on the
 * FX thread.
 */
public final class JumpSearch {
    /** Accounts shown at most for one IP or card: the swim lanes stay readable and the look-up cheap. */
    static final int MAX_ACCOUNTS = 600;

    /** What the text was found to be. */
    public enum Kind { ACCOUNT, REQUEST, IP, PAYMENT, NOT_FOUND }

    /**
     * @param accounts the account (ACCOUNT, REQUEST) or the accounts that used the IP or card
     * @param timestampMicros when the request was made (REQUEST only)
     */
    public record Target(Kind kind, String text, List<String> accounts, long timestampMicros) {
        public Target {
            accounts = List.copyOf(accounts);
        }
    }

    private JumpSearch() {
    }

    public static Target resolve(ReadSession session, String typed) {
        String text = typed.strip();
        JumpQueries q = new JumpQueries(session);
        if (q.accountExists(text)) {
            return new Target(Kind.ACCOUNT, text, List.of(text), 0);
        }
        var place = q.interaction(text);
        if (place.isPresent()) {
            return new Target(Kind.REQUEST, text, List.of(place.get().accountId()), place.get().timestampMicros());
        }
        List<String> byIp = q.accountsUsingIp(text, MAX_ACCOUNTS);
        if (!byIp.isEmpty()) {
            return new Target(Kind.IP, text, byIp, 0);
        }
        List<String> byCard = q.accountsWithPayment(text, MAX_ACCOUNTS);
        if (!byCard.isEmpty()) {
            return new Target(Kind.PAYMENT, text, byCard, 0);
        }
        return new Target(Kind.NOT_FOUND, text, List.of(), 0);
    }

    /** Selects what was found and brings its page to the front; returns a line for the person, empty when found. */
    public static String show(WorkspaceState workspace, Target target) {
        String more = target.accounts().size() >= MAX_ACCOUNTS ? "+" : "";
        switch (target.kind()) {
            case ACCOUNT -> workspace.openAccount(target.text());
            case REQUEST -> EvidenceViewModel.showInteraction(workspace, target.text(), target.accounts().get(0),
                    target.timestampMicros());
            case IP -> workspace.openCluster(new ClusterSelection("ip:" + target.text(), "Accounts that used IP "
                    + target.text() + " (" + target.accounts().size() + more + ")", target.accounts()));
            case PAYMENT -> workspace.openCluster(new ClusterSelection("payment:" + target.text(),
                    "Accounts paying with " + target.text() + " (" + target.accounts().size() + more + ")",
                    target.accounts()));
            case NOT_FOUND -> {
                return "No account, request id, IP or payment fingerprint \"" + abbreviate(target.text()) + "\"";
            }
        }
        return "";
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
