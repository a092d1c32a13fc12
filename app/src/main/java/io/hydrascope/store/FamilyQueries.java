package io.hydrascope.store;

import io.hydrascope.model.FamilyAccount;
import io.hydrascope.model.FamilyUsage;
import io.hydrascope.model.InteractionCriteria;
import io.hydrascope.model.InteractionScope;
import io.hydrascope.model.PromptRow;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Template families (near-duplicate prompt groups) of the latest analysis: which the case, a cluster or an account
 * used, the accounts using one family, and example prompts. Counted in SQL; a reader thread's session only.
 */
public final class FamilyQueries {
    private final ReadSession session;

    public FamilyQueries(ReadSession session) {
        this.session = session;
    }

    /** The families the scope used, most used first, at most {@code limit}. */
    public List<FamilyUsage> families(InteractionScope scope, InteractionCriteria filter, int limit) {
        ScopedSql sql = new ScopedSql("SELECT f.id, f.skeleton, count(*), count(DISTINCT i.account_ref), "
                + "min(i.ts), max(i.ts), f.interactions, f.accounts FROM interaction_topics t "
                + "JOIN interactions i ON i.id = t.interaction_id JOIN template_families f ON f.id = t.family_id "
                + "WHERE t.family_id IS NOT NULL").scope(scope).filter(filter, true)
                .append(" GROUP BY f.id ORDER BY 3 DESC, f.id LIMIT ?", limit);
        List<FamilyUsage> out = new ArrayList<>();
        try (PreparedStatement ps = sql.prepare(session.connection()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new FamilyUsage(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8)));
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** The accounts that used a family (within the filter), heaviest users first, at most {@code limit}. */
    public List<FamilyAccount> accounts(long familyId, InteractionCriteria filter, int limit) {
        ScopedSql sql = new ScopedSql("SELECT a.account_id, count(*), min(i.ts), max(i.ts), r.risk, "
                + "coalesce(r.flagged, 0) FROM interaction_topics t JOIN interactions i ON i.id = t.interaction_id "
                + "JOIN accounts a ON a.id = i.account_ref LEFT JOIN account_results r ON r.account_ref = a.id "
                + "WHERE t.family_id = ?").append("", familyId).filter(filter, true)
                .append(" GROUP BY a.id ORDER BY 2 DESC, a.account_id LIMIT ?", limit);
        List<FamilyAccount> out = new ArrayList<>();
        try (PreparedStatement ps = sql.prepare(session.connection()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                double risk = rs.getDouble(5);
                Double maybeRisk = rs.wasNull() ? null : risk;
                out.add(new FamilyAccount(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), maybeRisk,
                        rs.getInt(6) == 1));
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Example prompts of a family in the scope, the first ones sent. */
    public List<PromptRow> examples(long familyId, InteractionScope scope, InteractionCriteria filter, int limit) {
        ScopedSql sql = new ScopedSql(TopicQueries.PROMPT_COLUMNS + "FROM interaction_topics t "
                + "JOIN interactions i ON i.id = t.interaction_id JOIN accounts a ON a.id = i.account_ref "
                + "WHERE t.family_id = ?").append("", familyId).scope(scope).filter(filter, true)
                .append(" ORDER BY t.interaction_id LIMIT ?", limit);
        return TopicQueries.promptRows(session, sql);
    }

    /**
     * The text of a family's prompts in the scope (each cut to {@code maxChars}), the first ones sent: enough to see
     * what fills its slots.
     */
    public List<String> promptTexts(long familyId, InteractionScope scope, InteractionCriteria filter, int limit,
                                    int maxChars) {
        ScopedSql sql = new ScopedSql("SELECT substr(i.prompt, 1, ?) FROM interaction_topics t "
                + "JOIN interactions i ON i.id = t.interaction_id JOIN accounts a ON a.id = i.account_ref "
                + "WHERE t.family_id = ?").append("", maxChars).append("", familyId).scope(scope).filter(filter, true)
                .append(" ORDER BY t.interaction_id LIMIT ?", limit);
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = sql.prepare(session.connection()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String text = rs.getString(1);
                out.add(text == null ? "" : text);
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    private CaseStoreException fail(SQLException e) {
        return new CaseStoreException(session.path() + ": cannot read template families: "
                + CaseStore.describe(e), e);
    }
}
