package io.hydrascope.analysis.topics;

import io.hydrascope.model.Hashes;

/**
 * Turns a prompt into hashed features that work in any script: words, word pairs and the character trigrams of
 * words where words are separated by spaces; single characters and character pairs (trigrams for Thai-like
 * scripts) where they are not (Chinese, Japanese, Thai); symbols and symbol pairs (code and formula punctuation);
 * and coarse structure (lines, indented lines, numbers, code fences, length). Each feature is a bucket of a table of
 * {@code 2^bits} weights; collisions are the price of a fixed-size model.
 *
 * <p>Only the first {@link #HEAD} and the last {@link #TAIL} characters of a long prompt are read: the task is
 * stated at the start, and a request for step-by-step reasoning is often appended at the end.
 *
 * <p>Not thread-safe: one instance per thread (it reuses its buffers). {@link Trace} records what each feature was
 * made of, for explanations; the fast path records nothing.
 */
final class PromptFeatures {
    static final int HEAD = 1536;
    static final int TAIL = 384;
    private static final int MAX_WORD = 24;
    private static final int CAPACITY = (HEAD + TAIL) * 4 + 64;

    // character kinds
    private static final byte SPACE = 0;
    private static final byte NEWLINE = 1;
    private static final byte LETTER = 2;
    private static final byte DIGIT = 3;
    private static final byte SYMBOL = 4;
    /** Scripts written without spaces between words: Han, kana. */
    private static final byte IDEOGRAPH = 5;
    /** Alphabetic scripts written without spaces: Thai, Lao, Khmer, Myanmar. */
    private static final byte UNSPACED = 6;
    private static final byte[] ASCII_KIND = new byte[128];

    // feature kinds, mixed into the hash
    static final int WORD = 1;
    static final int WORD_PAIR = 2;
    static final int TRIGRAM = 3;
    static final int CHAR = 4;
    static final int CHAR_PAIR = 5;
    static final int CHAR_TRIGRAM = 6;
    static final int SYMBOL_ONE = 7;
    static final int SYMBOL_PAIR = 8;
    static final int STRUCTURE = 9;


    static {
        for (int c = 0; c < 128; c++) {
            ASCII_KIND[c] = c == '\n' ? NEWLINE : c <= ' ' ? SPACE
                    : Character.isLetter(c) || c == '_' ? LETTER : Character.isDigit(c) ? DIGIT : SYMBOL;
        }
    }

    private final int mask;
    final int[] buckets = new int[CAPACITY];
    int count;
    /**
     * Sentences: segment {@code k} holds the features {@code [segmentStart[k], segmentStart[k + 1])} (the last one
     * ends where the structure features begin, at {@link #contentCount}) and was read from the characters from
     * {@code segmentChar[k]} on. The chain-of-thought model scores each sentence, because a request to show the
     * reasoning is one sentence that a long prompt would otherwise dilute.
     */
    final int[] segmentStart = new int[CAPACITY / 2 + 2];
    final int[] segmentChar = new int[CAPACITY / 2 + 2];
    int segments;
    int contentCount;
    private final char[] word = new char[MAX_WORD];
    private Trace trace;

    // structure counters of the current prompt
    private int lines;
    private int indented;
    private int numbers;
    private int fences;
    private int length;
    private boolean lineStart;
    private int lineIndent;
    private int backticks;

    PromptFeatures(int bits) {
        this.mask = (1 << bits) - 1;
    }

    /** What a feature was made of, for explaining a classification. */
    interface Trace {
        /** A feature of {@code kind} at {@code bucket}, read from {@code text[start, end)} (or a structure name). */
        void feature(int bucket, int kind, int start, int end, String structure);
    }

    /** Extracts the features of a text into {@link #buckets}[0, {@link #count}). */
    void extract(CharSequence text) {
        extract(text, null);
    }

    void extract(CharSequence text, Trace trace) {
        this.trace = trace;
        count = 0;
        lines = 1;
        indented = 0;
        numbers = 0;
        fences = 0;
        backticks = 0;
        lineStart = true;
        lineIndent = 0;
        int n = text.length();
        length = n;
        segments = 0;
        if (n <= HEAD + TAIL) {
            segment(text, 0, n);
        } else {
            segment(text, 0, HEAD);
            segment(text, n - TAIL, n);
        }
        contentCount = count;
        structure();
        this.trace = null;
    }

    /** Starts a new sentence at the next feature, unless the current one has none yet. */
    private void newSentence(int charIndex) {
        if (segments > 0 && segmentStart[segments - 1] == count) {
            segmentChar[segments - 1] = charIndex;
            return;
        }
        if (segments < segmentStart.length) {
            segmentStart[segments] = count;
            segmentChar[segments] = charIndex;
            segments++;
        }
    }

    private static boolean endsSentence(CharSequence text, int i, int to, char c) {
        return switch (c) {
            case '\n', '。', '！', '？', '؟', '\u0964', '\u2029' -> true;
            case '.', '!', '?', ';' -> i + 1 >= to || Character.isWhitespace(text.charAt(i + 1));
            default -> false;
        };
    }

    private void segment(CharSequence text, int from, int to) {
        newSentence(from);
        int wordLen = 0;
        int wordStart = -1;
        long prevWord = 0;
        int prevWordStart = -1;
        char prevUnspaced = 0;
        char prevPrevUnspaced = 0;
        char prevSymbol = 0;
        byte prevKind = SPACE;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            char raw = c;
            byte kind;
            if (c < 128) {
                kind = ASCII_KIND[c];
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + 32);
                }
            } else if (c >= 0xFF01 && c <= 0xFF5E) {
                c = (char) (c - 0xFEE0); // full-width ASCII
                kind = ASCII_KIND[c];
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + 32);
                }
            } else {
                kind = kindOf(c);
                if (kind == LETTER) {
                    c = Character.toLowerCase(c);
                }
            }
            if (kind != LETTER && wordLen > 0) {
                long h = endWord(text, wordLen, wordStart, i, prevWord, prevWordStart);
                prevWord = h;
                prevWordStart = wordStart;
                wordLen = 0;
            }
            if (kind != IDEOGRAPH && kind != UNSPACED) {
                prevUnspaced = 0;
                prevPrevUnspaced = 0;
            }
            if (kind != SYMBOL) {
                prevSymbol = 0;
            }
            switch (kind) {
                case LETTER -> {
                    if (wordLen == 0) {
                        wordStart = i;
                    }
                    if (wordLen < MAX_WORD) {
                        word[wordLen] = c;
                    }
                    wordLen++;
                    lineStart = false;
                }
                case DIGIT -> {
                    if (prevKind != DIGIT) {
                        numbers++;
                    }
                    lineStart = false;
                }
                case IDEOGRAPH -> {
                    add(Hashes.mix(CHAR * 0x9E3779B97F4A7C15L + c), CHAR, i, i + 1);
                    if (prevUnspaced != 0) {
                        long pair = (long) prevUnspaced << 16 | c;
                        add(Hashes.mix(CHAR_PAIR * 0x9E3779B97F4A7C15L + pair), CHAR_PAIR, i - 1, i + 1);
                    }
                    prevPrevUnspaced = prevUnspaced;
                    prevUnspaced = c;
                    prevWord = 0;
                    lineStart = false;
                }
                case UNSPACED -> {
                    if (prevUnspaced != 0) {
                        long pair = (long) prevUnspaced << 16 | c;
                        add(Hashes.mix(CHAR_PAIR * 0x9E3779B97F4A7C15L + pair), CHAR_PAIR, i - 1, i + 1);
                        if (prevPrevUnspaced != 0) {
                            add(Hashes.mix(CHAR_TRIGRAM * 0x9E3779B97F4A7C15L
                                    + ((long) prevPrevUnspaced << 32 | (long) prevUnspaced << 16 | c)),
                                    CHAR_TRIGRAM, i - 2, i + 1);
                        }
                    }
                    prevPrevUnspaced = prevUnspaced;
                    prevUnspaced = c;
                    prevWord = 0;
                    lineStart = false;
                }
                case SYMBOL -> {
                    add(Hashes.mix(SYMBOL_ONE * 0x9E3779B97F4A7C15L + c), SYMBOL_ONE, i, i + 1);
                    if (prevSymbol != 0) {
                        add(Hashes.mix(SYMBOL_PAIR * 0x9E3779B97F4A7C15L + ((long) prevSymbol << 16 | c)),
                                SYMBOL_PAIR, i - 1, i + 1);
                    }
                    if (c == '`' && ++backticks == 3) {
                        fences++;
                    }
                    prevSymbol = c;
                    lineStart = false;
                }
                case NEWLINE -> {
                    lines++;
                    lineStart = true;
                    lineIndent = 0;
                    prevWord = 0;
                }
                default -> {
                    if (lineStart) {
                        if (++lineIndent == 2 || c == '\t') {
                            indented++;
                            lineStart = false;
                        }
                    }
                }
            }
            if (c != '`') {
                backticks = 0;
            }
            if (kind != LETTER && endsSentence(text, i, to, raw)) {
                newSentence(i + 1);
            }
            prevKind = kind;
        }
        if (wordLen > 0) {
            endWord(text, wordLen, wordStart, to, prevWord, prevWordStart);
        }
    }

    /** Emits a finished word's features; returns its hash for the next word pair. */
    private long endWord(CharSequence text, int len, int start, int end, long prevWord, int prevStart) {
        int n = Math.min(len, MAX_WORD);
        long h = 0x2545F4914F6CDD1DL;
        for (int k = 0; k < n; k++) {
            h = (h ^ word[k]) * 0x100000001B3L;
        }
        add(Hashes.mix(h + WORD), WORD, start, end);
        if (prevWord != 0) {
            add(Hashes.mix(prevWord * 31 + h + WORD_PAIR), WORD_PAIR, prevStart, end);
        }
        if (n >= 3) {
            long a = '^';
            long b = word[0];
            for (int k = 1; k <= n; k++) {
                long c = k < n ? word[k] : '$';
                add(Hashes.mix(TRIGRAM * 0x9E3779B97F4A7C15L + (a << 32 | b << 16 | c)), TRIGRAM, start, end);
                a = b;
                b = c;
            }
        }
        return h;
    }

    private void structure() {
        addStructure(lines == 1 ? "one line" : lines <= 4 ? "2-4 lines" : lines <= 16 ? "5-16 lines" : "17+ lines");
        if (indented > 0) {
            addStructure(indented <= 3 ? "indented lines" : "many indented lines");
        }
        addStructure(numbers == 0 ? "no numbers" : numbers <= 2 ? "1-2 numbers" : numbers <= 6 ? "3-6 numbers"
                : "7+ numbers");
        if (fences > 0) {
            addStructure("code block");
        }
        addStructure(length < 40 ? "very short" : length < 200 ? "short" : length < 1000 ? "medium" : "long");
    }

    private void addStructure(String name) {
        int bucket = (int) Hashes.mix(STRUCTURE * 0x9E3779B97F4A7C15L + name.hashCode()) & mask;
        if (count < CAPACITY) {
            buckets[count++] = bucket;
        }
        if (trace != null) {
            trace.feature(bucket, STRUCTURE, -1, -1, name);
        }
    }

    private void add(long hash, int kind, int start, int end) {
        int bucket = (int) hash & mask;
        if (count < CAPACITY) {
            buckets[count++] = bucket;
        }
        if (trace != null) {
            trace.feature(bucket, kind, start, end, null);
        }
    }

    private static byte kindOf(char c) {
        if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xFF66 && c <= 0xFF9F)) {
            return IDEOGRAPH;
        }
        if ((c >= 0x0E00 && c <= 0x0EFF) || (c >= 0x1780 && c <= 0x17FF) || (c >= 0x1000 && c <= 0x109F)) {
            return UNSPACED;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return c == '\u2028' || c == '\u2029' ? NEWLINE : SPACE;
        }
        if (Character.isLetter(c)) {
            return LETTER;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return LETTER;
        }
        if (Character.isDigit(c)) {
            return DIGIT;
        }
        return SYMBOL;
    }
}
