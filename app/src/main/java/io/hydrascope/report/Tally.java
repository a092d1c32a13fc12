package io.hydrascope.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Adds up per-account use of values (IPs, subnets, user agents, ...) into per-value totals. */
final class Tally {
    /** Totals of one value. */
    static final class Entry {
        final String value;
        long interactions;
        final Set<Long> accounts = new HashSet<>();
        final Set<String> members = new HashSet<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;

        Entry(String value) {
            this.value = value;
        }

        Instant firstSeen() {
            return Micros.instant(first);
        }

        Instant lastSeen() {
            return Micros.instant(last);
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /** Counts one account's use of {@code value}; {@code member} names a finer value inside it (an IP in a subnet). */
    void add(String value, long accountRef, long interactions, long first, long last, String member) {
        Entry e = entries.computeIfAbsent(value, Entry::new);
        e.interactions += interactions;
        e.accounts.add(accountRef);
        if (member != null) {
            e.members.add(member);
        }
        e.first = Math.min(e.first, first);
        e.last = Math.max(e.last, last);
    }

    int size() {
        return entries.size();
    }

    Entry get(String value) {
        return entries.get(value);
    }

    /** Entries matching {@code filter}, most interactions first, then by value. */
    List<Entry> ranked(Predicate<Entry> filter) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (filter.test(e)) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparingLong((Entry e) -> -e.interactions).thenComparing(e -> e.value));
        return out;
    }

    List<Entry> ranked() {
        return ranked(e -> true);
    }

    List<String> values() {
        return new ArrayList<>(entries.keySet());
    }
}
