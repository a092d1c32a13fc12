package io.hydrascope.store;

import java.time.Instant;
import java.util.Optional;

/**
 * The process that runs an import, kept in the case ({@code meta}) while the import runs, so that a reader can tell
 * an import still going from one whose process was killed. A process is named by its id and start time, so an id
 * that the system has since given to another program does not count as the importer. It is looked up on this
 * machine, which is the only one that can write a case while it is open: WAL needs memory shared between the
 * processes that use the case.
 */
record ImportOwner(long pid, long startMillis) {
    static final String KEY_PREFIX = "import_owner.";
    /** Start times are derived from clock ticks and boot time; allow for rounding. */
    private static final long START_TOLERANCE_MILLIS = 1_000;

    static ImportOwner current() {
        ProcessHandle self = ProcessHandle.current();
        return new ImportOwner(self.pid(), self.info().startInstant().map(Instant::toEpochMilli).orElse(0L));
    }

    static String key(long importId) {
        return KEY_PREFIX + importId;
    }

    String encode() {
        return pid + " " + startMillis;
    }

    /** The owner written by {@link #encode()}, or empty for anything else. */
    static Optional<ImportOwner> decode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.strip().split(" ");
        try {
            return Optional.of(new ImportOwner(Long.parseLong(parts[0]), parts.length > 1 ? Long.parseLong(parts[1])
                    : 0));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** True while the process that ran the import still runs. */
    boolean isAlive() {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        Optional<Instant> started = process.get().info().startInstant();
        return startMillis == 0 || started.isEmpty()
                || Math.abs(started.get().toEpochMilli() - startMillis) <= START_TOLERANCE_MILLIS;
    }
}
