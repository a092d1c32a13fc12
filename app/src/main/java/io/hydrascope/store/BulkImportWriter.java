package io.hydrascope.store;

import io.hydrascope.model.AccountLabel;
import io.hydrascope.model.AccountProfile;
import io.hydrascope.model.ImportCounts;
import io.hydrascope.model.Interaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the rows of one import in chunk transactions. Each {@link #commitChunk()} stores the rows and the running
 * counts atomically, so a killed import leaves a case whose import record says exactly how far it got.
 *
 * <p>Thread rule: writer thread only. Duplicates are decided exactly by request id. A small load into a large case
 * checks each row against the request key index as it inserts it; a large load runs without indexes and relies on
 * the caller's filter of seen ids, whose suspects are settled against the rebuilt index at the end.
 */
public final class BulkImportWriter implements AutoCloseable {
    /** Bit in {@code interactions.flags}: the row held invalid UTF-8, replaced by U+FFFD. */
    public static final int FLAG_REPAIRED_ENCODING = 1;

    private static final int BATCH = 512;
    /** WAL pages between automatic checkpoints during a load (default 1000): fewer, larger checkpoints. */
    private static final int LOAD_CHECKPOINT_PAGES = 20_000;
    private static final int NORMAL_CHECKPOINT_PAGES = 1000;
    private static final String COLUMNS = "request_id, ts, account_ref, ip, user_agent, model, conversation_id, "
            + "turn, input_tokens, output_tokens, tool_calls, status, prompt, import_id, line, flags, request_key";

    private final CaseStore store;
    private final Connection connection;
    private final long importId;
    private final String fileName;
    private final Map<String, Long> accountRefs = new HashMap<>();
    private final PreparedStatement insertInteraction;
    private final PreparedStatement insertAccount;
    private final PreparedStatement insertQuarantine;
    private final boolean rebuildIndexes;
    private long rowsRead;
    private long imported;
    private long quarantined;
    private long duplicates;
    private long skipped;
    private long flagged;
    private int pendingInteractions;
    private final long[] pendingFlags = new long[BATCH];
    private PreparedStatement profileUpsert;
    private PreparedStatement labelInsert;
    private PreparedStatement insertSuspect;
    private boolean foreignKeysOn = true;
    private boolean rollbackJournal;

    /**
     * @param resumeFrom counts already committed by an earlier, interrupted run of the same import
     * @param expectedRows rough number of rows coming, to decide whether dropping indexes during the load pays
     */
    public BulkImportWriter(CaseStore store, long importId, String fileName, ImportCounts resumeFrom,
                            long expectedRows) {
        this.store = store;
        this.connection = store.writer();
        this.importId = importId;
        this.fileName = fileName;
        this.rowsRead = resumeFrom.rowsRead();
        this.imported = resumeFrom.imported();
        this.quarantined = resumeFrom.quarantined();
        // Rows an interrupted run set aside still wait in import_suspects: duplicates until close() settles them.
        this.duplicates = resumeFrom.duplicates() + resumeFrom.pending();
        this.skipped = resumeFrom.skipped();
        this.flagged = resumeFrom.flagged();
        try {
            this.rebuildIndexes = expectedRows >= countInteractions();
            if (rebuildIndexes) {
                store.dropSecondaryIndexes();
            }
            loadAccountRefs();
            setCheckpointPages(LOAD_CHECKPOINT_PAGES);
            if (rebuildIndexes) {
                setForeignKeys(false);
                rollbackJournal = store.tryRollbackJournal();
            }
            connection.setAutoCommit(false);
            // A small load into a large case inserts each row unless its request id is there (found through its key).
            insertInteraction = connection.prepareStatement(rebuildIndexes
                    ? "INSERT INTO interactions (" + COLUMNS + ") VALUES (" + parameters() + ")"
                    : "INSERT INTO interactions (" + COLUMNS + ") SELECT " + parameters() + " WHERE NOT EXISTS "
                    + "(SELECT 1 FROM interactions WHERE request_key = ?16 AND request_id = ?1)");
            insertAccount = connection.prepareStatement("INSERT INTO accounts (account_id) VALUES (?)",
                    Statement.RETURN_GENERATED_KEYS);
            insertQuarantine = connection.prepareStatement("INSERT INTO quarantine (import_id, file_name, line, "
                    + "reason, detail, raw) VALUES (?, ?, ?, ?, ?, ?)");
        } catch (SQLException e) {
            throw fail("cannot start writing", e);
        }
    }

    /**
     * True when this load runs without the unique request id index (a large load: the index is rebuilt at the end).
     * The caller must then pass every row whose request id may have been seen as a suspect.
     */
    public boolean needsSuspects() {
        return rebuildIndexes;
    }

    /** Streams the request keys (see {@link RequestKeys}) already in the case, to prime the caller's filter. */
    public void forEachRequestKey(java.util.function.LongConsumer consumer) {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT request_key FROM interactions")) {
            while (rs.next()) {
                consumer.accept(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw fail("cannot read request ids", e);
        }
    }

    /** Adds an interaction whose request id is new to the case as far as the caller knows. */
    public void addInteraction(Interaction row, long requestKey, long line, int flags) {
        try {
            bind(insertInteraction, row, requestKey, line, flags);
            insertInteraction.addBatch();
            pendingFlags[pendingInteractions++] = flags;
            if (pendingInteractions == BATCH) {
                flushInteractions();
            }
        } catch (SQLException e) {
            throw fail("cannot write line " + line, e);
        }
    }

    /**
     * Adds an interaction whose request id may already be in the case (see {@link #needsSuspects()}): it waits in a
     * staging table until the load ends and the rebuilt index settles it, and counts as a duplicate until then.
     */
    public void addSuspect(Interaction row, long requestKey, long line, int flags) {
        try {
            if (insertSuspect == null) {
                insertSuspect = connection.prepareStatement("INSERT INTO import_suspects (" + COLUMNS
                        + ") VALUES (" + parameters() + ")");
            }
            bind(insertSuspect, row, requestKey, line, flags);
            insertSuspect.executeUpdate();
            rowsRead++;
            duplicates++;
        } catch (SQLException e) {
            throw fail("cannot write line " + line, e);
        }
    }

    /** Binds a row; the import id is a literal in every statement, so the parameters skip it. */
    private void bind(PreparedStatement ps, Interaction row, long requestKey, long line, int flags)
            throws SQLException {
        ps.setString(1, row.requestId());
        ps.setLong(2, row.timestampMicros());
        ps.setLong(3, accountRef(row.accountId()));
        setText(ps, 4, row.ip());
        setText(ps, 5, row.userAgent());
        setText(ps, 6, row.model());
        setText(ps, 7, row.conversationId());
        setLong(ps, 8, row.turn() == null ? null : row.turn().longValue());
        setLong(ps, 9, row.inputTokens());
        setLong(ps, 10, row.outputTokens());
        setText(ps, 11, row.toolCalls());
        setText(ps, 12, row.status());
        setText(ps, 13, row.prompt());
        ps.setLong(14, line);
        ps.setInt(15, flags);
        ps.setLong(16, requestKey);
    }

    /** The values of {@link #COLUMNS}: ?1..?16, with this import's id as a literal between ?13 and ?14. */
    private String parameters() {
        return "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, " + importId + ", ?14, ?15, ?16";
    }

    /** Adds an account's profile; a second profile for the same account is a duplicate. */
    public void addAccount(AccountProfile p, long line) {
        try {
            if (profileUpsert == null) {
                profileUpsert = connection.prepareStatement("UPDATE accounts SET created_at = ?, email_domain = ?, "
                        + "payment_fingerprint = ?, country = ?, org_id = ?, plan = ?, profile_import_id = ? "
                        + "WHERE id = ? AND profile_import_id IS NULL");
            }
            PreparedStatement ps = profileUpsert;
            setLong(ps, 1, p.createdAtMicros());
            setText(ps, 2, p.emailDomain());
            setText(ps, 3, p.paymentFingerprint());
            setText(ps, 4, p.country());
            setText(ps, 5, p.orgId());
            setText(ps, 6, p.plan());
            ps.setLong(7, importId);
            ps.setLong(8, accountRef(p.accountId()));
            rowsRead++;
            if (ps.executeUpdate() == 1) {
                imported++;
            } else {
                duplicates++;
            }
        } catch (SQLException e) {
            throw fail("cannot write line " + line, e);
        }
    }

    /** Adds a ground-truth label; a second label for the same account is a duplicate. */
    public void addLabel(AccountLabel label, String population, long line) {
        try {
            if (labelInsert == null) {
                labelInsert = connection.prepareStatement("INSERT OR IGNORE INTO labels (account_id, campaign, "
                        + "population, import_id) VALUES (?, ?, ?, ?)");
            }
            labelInsert.setString(1, label.accountId());
            setText(labelInsert, 2, label.isBenign() ? "benign" : label.campaign().trim());
            setText(labelInsert, 3, population);
            labelInsert.setLong(4, importId);
            rowsRead++;
            if (labelInsert.executeUpdate() == 1) {
                imported++;
            } else {
                duplicates++;
            }
        } catch (SQLException e) {
            throw fail("cannot write line " + line, e);
        }
    }

    public void quarantine(long line, String reason, String detail, String raw) {
        try {
            insertQuarantine.setLong(1, importId);
            insertQuarantine.setString(2, fileName);
            insertQuarantine.setLong(3, line);
            insertQuarantine.setString(4, reason);
            setText(insertQuarantine, 5, detail);
            setText(insertQuarantine, 6, raw);
            insertQuarantine.executeUpdate();
            rowsRead++;
            quarantined++;
        } catch (SQLException e) {
            throw fail("cannot write line " + line, e);
        }
    }

    /** Counts a source record that is deliberately not an interaction (e.g. a span that is not a model call). */
    public void skip() {
        rowsRead++;
        skipped++;
    }

    /** Makes everything added so far durable together with the counts. */
    public void commitChunk() {
        try {
            flushInteractions();
            ImportRepository.storeCounts(connection, importId, counts());
            connection.commit();
        } catch (SQLException e) {
            throw fail("cannot commit", e);
        }
    }

    /** Counts of the rows written so far (rows still waiting in a batch are not counted until it is written). */
    public ImportCounts counts() {
        return new ImportCounts(rowsRead, imported, quarantined, duplicates, skipped, flagged);
    }

    private void flushInteractions() throws SQLException {
        if (pendingInteractions == 0) {
            return;
        }
        int[] results = insertInteraction.executeBatch();
        rowsRead += results.length;
        for (int i = 0; i < results.length; i++) {
            if (results[i] == 0) {
                duplicates++;
            } else {
                imported++;
                if ((pendingFlags[i] & FLAG_REPAIRED_ENCODING) != 0) {
                    flagged++;
                }
            }
        }
        pendingInteractions = 0;
    }

    private long accountRef(String accountId) throws SQLException {
        Long ref = accountRefs.get(accountId);
        return ref != null ? ref : newAccount(accountId);
    }

    /** Inserts an account seen for the first time and remembers its id. */
    private long newAccount(String accountId) throws SQLException {
        insertAccount.setString(1, accountId);
        insertAccount.executeUpdate();
        try (ResultSet keys = insertAccount.getGeneratedKeys()) {
            keys.next();
            long id = keys.getLong(1);
            accountRefs.put(accountId, id);
            return id;
        }
    }

    private void loadAccountRefs() throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, account_id FROM accounts")) {
            while (rs.next()) {
                accountRefs.put(rs.getString(2), rs.getLong(1));
            }
        }
    }

    private long countInteractions() throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM interactions")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * Rolls back what was not committed, restores the indexes dropped for the load and settles the suspects: each
     * becomes an interaction unless its request id is in the case by then.
     */
    @Override
    public void close() {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
            if (rebuildIndexes) {
                store.ensureSecondaryIndexes();
            }
            settleSuspects();
            setCheckpointPages(NORMAL_CHECKPOINT_PAGES);
            setForeignKeys(true);
            if (rollbackJournal) {
                rollbackJournal = false;
                store.restoreWal();
            }
        } catch (SQLException e) {
            throw fail("cannot finish writing", e);
        } finally {
            if (!foreignKeysOn || rollbackJournal) {
                restoreSettingsAfterFailure();
            }
            CaseStore.closeQuietly(insertInteraction);
            CaseStore.closeQuietly(insertAccount);
            CaseStore.closeQuietly(insertQuarantine);
            CaseStore.closeQuietly(profileUpsert);
            CaseStore.closeQuietly(labelInsert);
            CaseStore.closeQuietly(insertSuspect);
        }
    }

    /**
     * Moves each suspect, in file order, into the interactions unless its request id is there by then (so of two
     * suspects with the same id the first one wins, as it would have in a row-by-row load).
     */
    private void settleSuspects() throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement list = connection.prepareStatement("SELECT id FROM import_suspects WHERE import_id = ? "
                + "ORDER BY id");
             PreparedStatement move = connection.prepareStatement("INSERT INTO interactions (" + COLUMNS
                + ") SELECT " + COLUMNS + " FROM import_suspects s WHERE s.id = ? AND NOT EXISTS (SELECT 1 FROM "
                + "interactions i WHERE i.request_key = s.request_key AND i.request_id = s.request_id)");
             PreparedStatement clear = connection.prepareStatement("DELETE FROM import_suspects WHERE import_id = ?");
             PreparedStatement counts = connection.prepareStatement("UPDATE imports SET imported = imported + ?, "
                     + "duplicates = duplicates - ? WHERE id = ?")) {
            list.setLong(1, importId);
            int moved = 0;
            try (ResultSet rs = list.executeQuery()) {
                while (rs.next()) {
                    move.setLong(1, rs.getLong(1));
                    moved += move.executeUpdate();
                }
            }
            clear.setLong(1, importId);
            clear.executeUpdate();
            if (moved > 0) {
                counts.setLong(1, moved);
                counts.setLong(2, moved);
                counts.setLong(3, importId);
                counts.executeUpdate();
                imported += moved;
                duplicates -= moved;
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Foreign keys are not checked during a large load: every account reference this writer binds comes from the
     * accounts table or from an insert in the same transaction, and the import id is its own import's, so the checks
     * (two lookups per row) could never fail. They are switched back on before anything else writes.
     */
    private void setForeignKeys(boolean on) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
        }
        foreignKeysOn = on;
    }

    /**
     * The connection outlives a failed import (the window keeps writing with it), so it must get its foreign key
     * checks and its WAL journal back; if the journal cannot switch now, the case's next open does it.
     */
    private void restoreSettingsAfterFailure() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            if (!foreignKeysOn) {
                setForeignKeys(true);
            }
            if (rollbackJournal) {
                rollbackJournal = false;
                store.restoreWal();
            }
        } catch (SQLException ignored) {
            // already failing: the first error is the one reported
        }
    }

    private void setCheckpointPages(int pages) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA wal_autocheckpoint = " + pages);
        }
    }

    private static void setText(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    private CaseStoreException fail(String what, SQLException e) {
        return new CaseStoreException(store.path() + ": import of " + fileName + ": " + what + ": "
                + CaseStore.describe(e), e);
    }
}
