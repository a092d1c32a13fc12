package io.hydrascope.analysis;

/**
 * The topic of each conversation's first turn, so that follow-ups which carry no task of their own (tool output,
 * "continue", "now in PHP") can take it. A direct-mapped table of fixed size: a conversation whose slot another has
 * taken since simply has no known opening topic, which costs an inheritance, never a wrong one. Single-threaded.
 */
final class ConversationTopics {
    private final long[] keys;
    private final byte[] topics;
    private final int mask;

    ConversationTopics(int bits) {
        keys = new long[1 << bits];
        topics = new byte[1 << bits];
        mask = (1 << bits) - 1;
    }

    /** Records a conversation's opening topic; {@code key} is a non-zero hash of account and conversation. */
    void put(long key, int topic) {
        int slot = (int) (key ^ (key >>> 32)) & mask;
        keys[slot] = key;
        topics[slot] = (byte) topic;
    }

    /** The opening topic, or -1 when unknown. */
    int get(long key) {
        int slot = (int) (key ^ (key >>> 32)) & mask;
        return keys[slot] == key ? topics[slot] : -1;
    }
}
