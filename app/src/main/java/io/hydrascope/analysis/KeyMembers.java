package io.hydrascope.analysis;

import java.util.Arrays;

/** The accounts that share one link key, with how often each used it. Compact for the usual handful of members. */
final class KeyMembers {
    int[] accounts = new int[2];
    long[] uses = new long[2];
    int size;
    private int lastSlot;

    void add(int account, long n) {
        if (size > 0 && accounts[lastSlot] == account) {
            uses[lastSlot] += n;
            return;
        }
        for (int i = 0; i < size; i++) {
            if (accounts[i] == account) {
                uses[i] += n;
                lastSlot = i;
                return;
            }
        }
        if (size == accounts.length) {
            accounts = Arrays.copyOf(accounts, size * 2);
            uses = Arrays.copyOf(uses, size * 2);
        }
        accounts[size] = account;
        uses[size] = n;
        lastSlot = size++;
    }
}
