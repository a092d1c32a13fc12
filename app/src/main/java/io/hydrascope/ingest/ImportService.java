package io.hydrascope.ingest;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.CancelledException;
import io.hydrascope.model.ImportCounts;
import io.hydrascope.model.ImportRecord;
import io.hydrascope.model.ImportStatus;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.store.BulkImportWriter;
import io.hydrascope.store.CaseStore;
import io.hydrascope.store.ImportRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Imports source files into a case so that nothing is lost: every record ends up imported, quarantined with its
 * reason, counted as a duplicate, or skipped, and the import record holds counts that add up.
 *
 * <p>A file is identified by its SHA-256: importing the same content again changes nothing, and an import that was
 * cancelled or killed resumes after its last committed chunk. The whole-file hash is computed up front only when
 * the case already holds an import of a file of the same size; otherwise it is computed while the file streams.
 * Parsing runs on a helper thread; the calling thread is the database writer.
 *
 * <p>A file whose rest cannot be read (see {@link ReadStop}) keeps the rows read before that point and ends
 * {@link ImportStatus#FAILED} with a message starting with {@link #INCOMPLETE} that says how much was not read; like
 * any unfinished import it is resumed, not taken as imported, when the file is imported again.
 */
public final class ImportService {
    /** How the message of an import that could not read its whole file begins. */
    public static final String INCOMPLETE = "incomplete:";
    /** Rows per committed chunk: what a killed import can lose and must redo. */
    static final int CHUNK_ROWS = 50_000;
    /** Rough bytes per row, to judge whether a load is large compared with the case. */
    private static final long BYTES_PER_ROW_ESTIMATE = 300;

    private final List<FormatImporter> importers;

    /**
     * @param importers the formats to recognise, tried in order (see {@code BuiltInFormats.all()} for everything
     *                  Hydrascope reads); a mapping profile given with an import bypasses them
     */
    public ImportService(List<FormatImporter> importers) {
        this.importers = List.copyOf(importers);
    }

    /** The formats this service recognises, in the order they are tried. */
    public List<FormatImporter> importers() {
        return importers;
    }

    public ImportResult importFile(CaseStore store, Path file, ProgressListener progress, CancellationToken cancel) {
        return importFile(store, file, ImportOptions.DEFAULT, progress, cancel);
    }

    /** Imports one file with the analyst's choices (mapping profile, account name). */
    public ImportResult importFile(CaseStore store, Path file, ImportOptions options, ProgressListener progress,
                                   CancellationToken cancel) {
        long started = System.nanoTime();
        SourceFiles.checkReadable(file);
        try {
            long size = Files.size(file);
            String head = FileHasher.headSha256(file);
            ImportRepository imports = store.imports();
            List<ImportRecord> sameSize = imports.findBySize(size);
            String sha = null;
            if (sameSize.stream().anyMatch(r -> r.sha256() != null)) {
                sha = FileHasher.sha256(file, progress, cancel);
                for (ImportRecord r : sameSize) {
                    if (sha.equals(r.sha256()) && r.status() == ImportStatus.COMPLETE) {
                        return new ImportResult(r, true, false, System.nanoTime() - started);
                    }
                }
            }
            Optional<ImportRecord> unfinished = findUnfinished(sameSize, head, sha);
            SourceFiles.Source source = SourceFiles.open(file, sha == null ? FileHasher.newDigest() : null, importers,
                    options);
            long importId;
            ImportCounts from;
            if (unfinished.isPresent()) {
                importId = unfinished.get().id();
                from = unfinished.get().counts();
                imports.resume(importId);
            } else {
                importId = imports.start(file.getFileName().toString(), file.toAbsolutePath().toString(), size, head,
                        sha, source.format().name() + " (" + source.container() + ")", source.format().kind());
                from = ImportCounts.ZERO;
            }
            ImportStatus status = load(store, file, source, importId, from, size, sha, progress, cancel);
            ImportRecord record = imports.find(importId).orElseThrow();
            if (status == ImportStatus.CANCELLED) {
                throw new ImportCancelledException(record);
            }
            return new ImportResult(record, false, unfinished.isPresent(), System.nanoTime() - started);
        } catch (IOException e) {
            throw new ImportException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** An interrupted import of this file: same size and first MiB, and the same whole hash where both are known. */
    private static Optional<ImportRecord> findUnfinished(List<ImportRecord> sameSize, String head, String sha) {
        return sameSize.stream()
                .filter(r -> r.status() != ImportStatus.COMPLETE && head.equals(r.headSha256()))
                .filter(r -> r.sha256() == null || sha == null || sha.equals(r.sha256()))
                .findFirst();
    }

    private ImportStatus load(CaseStore store, Path file, SourceFiles.Source source, long importId,
                              ImportCounts from, long size, String knownSha, ProgressListener progress,
                              CancellationToken cancel) {
        ImportRepository imports = store.imports();
        RowValidator validator = new RowValidator(source.format());
        ImportStatus status = ImportStatus.COMPLETE;
        String message = null;
        ParsingPipeline pipeline = null;
        try (BulkImportWriter writer = new BulkImportWriter(store, importId, file.getFileName().toString(), from,
                size / BYTES_PER_ROW_ESTIMATE)) {
            RequestIdFilter seen = null;
            if (writer.needsSuspects()) {
                seen = new RequestIdFilter(size / BYTES_PER_ROW_ESTIMATE);
                writer.forEachRequestKey(seen::addAndCheck);
            }
            pipeline = new ParsingPipeline(source, seen, validator, from.rowsRead(), file);
            pipeline.start();
            long sinceCommit = 0;
            String label = "importing " + file.getFileName();
            ParsingPipeline.Batch batch;
            for (batch = pipeline.take(); batch.rows() != null; batch = pipeline.take()) {
                for (ParsedRow row : batch.rows()) {
                    write(writer, row);
                }
                sinceCommit += batch.rows().size();
                if (sinceCommit >= CHUNK_ROWS) {
                    writer.commitChunk();
                    sinceCommit = 0;
                }
                progress.rowsDone(writer.counts().rowsRead()); // first, so the message shows this batch
                progress.progress(batch.bytesRead(), size, label);
                if (cancel.isCancelled()) {
                    status = ImportStatus.CANCELLED;
                    break;
                }
            }
            writer.commitChunk();
            List<String> notes = new ArrayList<>(source.encodingNotes());
            if (status == ImportStatus.CANCELLED) {
                notes.add(0, "cancelled after " + writer.counts().rowsRead() + " rows; import the file again to "
                        + "resume");
            } else {
                if (batch.stop() != null) {
                    status = ImportStatus.FAILED;
                    notes.add(0, incomplete(batch.stop(), size));
                }
                notes.addAll(source.reader().notes());
            }
            message = notes.isEmpty() ? null : String.join("; ", notes);
            progress.progress(size, size, "indexing " + file.getFileName());
        } catch (CancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            markFailed(imports, importId, e.getMessage());
            throw e;
        } catch (Error e) {
            // the writer thread ran out of memory or worse: say so, and leave a case that can resume
            ImportException failure = new ImportException(file, "import failed: " + e, e);
            markFailed(imports, importId, failure.getMessage());
            throw failure;
        } finally {
            if (pipeline != null) {
                pipeline.stop();
            } else {
                closeQuietly(source);
            }
        }
        String sha = knownSha != null ? knownSha : (status == ImportStatus.COMPLETE ? pipeline.sha256() : null);
        imports.finish(importId, status, message, sha);
        return status;
    }

    /** The import's message when the rest of the file could not be read: where, why, and how much is left. */
    static String incomplete(ReadStop stop, long size) {
        long unread = Math.max(0, size - stop.bytesRead());
        return String.format(Locale.ROOT, "%s reading stopped at line %,d: %s - about %,d of %,d bytes (%.1f%%) were "
                        + "not read, import the file again to resume once the cause is fixed", INCOMPLETE,
                stop.line(), stop.reason().replace("; ", ", "), unread, size,
                size == 0 ? 0.0 : 100.0 * unread / size);
    }

    private static void write(BulkImportWriter writer, ParsedRow row) {
        if (row instanceof ParsedRow.ValidInteraction v) {
            if (v.suspect()) {
                writer.addSuspect(v.interaction(), v.requestKey(), v.line(), v.flags());
            } else {
                writer.addInteraction(v.interaction(), v.requestKey(), v.line(), v.flags());
            }
        } else if (row instanceof ParsedRow.ValidAccount a) {
            writer.addAccount(a.profile(), a.line());
        } else if (row instanceof ParsedRow.ValidLabel l) {
            writer.addLabel(l.label(), l.population(), l.line());
        } else if (row instanceof ParsedRow.Rejected r) {
            writer.quarantine(r.line(), r.reason(), r.detail(), r.raw());
        } else {
            writer.skip();
        }
    }

    private static void closeQuietly(SourceFiles.Source source) {
        try {
            source.close();
        } catch (IOException ignored) {
            // nothing was read
        }
    }

    private static void markFailed(ImportRepository imports, long importId, String message) {
        try {
            imports.finish(importId, ImportStatus.FAILED, message, null);
        } catch (RuntimeException ignored) {
            // the original failure is what the user needs to see
        }
    }
}
