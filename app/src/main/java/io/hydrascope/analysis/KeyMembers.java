package io.hydrascope.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** The accounts that share one link key, with how often each used it. Compact for the usual handful of members. */
final class KeyMembers {
    int[] accounts = new int[2];
    long[] uses = new long[2];
    int size;
    private int lastSlot;
    /** Account to slot, once a key has more members than a scan should visit (a popular text, a big NAT). */
    private Map<Integer, Integer> index;
    private static final int INDEXED = 16;

    void add(int account, long n) {
        if (size > 0 && accounts[lastSlot] == account) {
            uses[lastSlot] += n;
            return;
        }
        int found = find(account);
        if (found >= 0) {
            uses[found] += n;
            lastSlot = found;
            return;
        }
        if (size == accounts.length) {
            accounts = Arrays.copyOf(accounts, size * 2);
            uses = Arrays.copyOf(uses, size * 2);
        }
        accounts[size] = account;
        uses[size] = n;
        if (index != null) {
            index.put(account, size);
        } else if (size == INDEXED) {
            index = new HashMap<>();
            for (int i = 0; i <= size; i++) {
                index.put(accounts[i], i);
            }
        }
        lastSlot = size++;
    }

    /** The slot of an account, or -1: a scan for the usual handful, a hash lookup for keys that many share. */
    private int find(int account) {
        if (index != null) {
            Integer slot = index.get(account);
            return slot == null ? -1 : slot;
        }
        for (int i = 0; i < size; i++) {
            if (accounts[i] == account) {
                return i;
            }
        }
        return -1;
    }
}
