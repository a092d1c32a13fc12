package io.hydrascope.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * Prompts sent word for word (case and white space aside) by more than one account: the filled requests of one
 * operator's task bank, as opposed to a shared template with personal content in it. The first sender of each text
 * is remembered in a fixed-size direct-mapped table (a text whose slot another has taken since loses its first
 * sighting, never a later one); a text seen from a second account is kept with every account that sent it. Memory
 * is bounded by the table plus the texts that really are shared. Short texts ("continue", "thanks!") are common
 * language and are not counted. Single-threaded.
 */
final class SharedTexts {
    static final int MIN_CHARS = 40;
    private static final int MAX_CHARS = 4096;

    private final long[] firstKey;
    private final int[] firstAccount;
    private final int[] firstUses;
    private final int mask;
    final Map<Long, KeyMembers> shared = new HashMap<>();

    SharedTexts(int bits) {
        firstKey = new long[1 << bits];
        firstAccount = new int[1 << bits];
        firstUses = new int[1 << bits];
        mask = (1 << bits) - 1;
    }

    void observe(String prompt, int account) {
        if (prompt == null || prompt.length() < MIN_CHARS) {
            return;
        }
        long h = normalisedHash(prompt);
        KeyMembers members = shared.get(h);
        if (members != null) {
            members.add(account, 1);
            return;
        }
        int slot = (int) (h ^ (h >>> 32)) & mask;
        if (firstKey[slot] == h) {
            if (firstAccount[slot] == account) {
                firstUses[slot]++;
                return;
            }
            members = new KeyMembers();
            members.add(firstAccount[slot], firstUses[slot]);
            members.add(account, 1);
            shared.put(h, members);
            return;
        }
        firstKey[slot] = h;
        firstAccount[slot] = account;
        firstUses[slot] = 1;
    }

    /** FNV-1a over the lower-cased text with runs of white space as one space; never 0. */
    static long normalisedHash(String text) {
        long h = 0xCBF29CE484222325L;
        boolean space = false;
        int n = Math.min(text.length(), MAX_CHARS);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                h = (h ^ ' ') * 0x100000001B3L;
                space = false;
            }
            h = (h ^ Character.toLowerCase(c)) * 0x100000001B3L;
        }
        h = Hashing.mix(h ^ text.length());
        return h == 0 ? 1 : h;
    }
}
