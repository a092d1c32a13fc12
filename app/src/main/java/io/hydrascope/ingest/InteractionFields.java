package io.hydrascope.ingest;

import io.hydrascope.model.Interaction;
import java.util.List;

/** Slot indexes of the canonical interaction fields ({@link Interaction#NATIVE_COLUMNS}), for format mappers. */
public final class InteractionFields {
    public static final int REQUEST_ID = 0;
    public static final int TIMESTAMP = 1;
    public static final int ACCOUNT_ID = 2;
    public static final int IP = 3;
    public static final int USER_AGENT = 4;
    public static final int MODEL = 5;
    public static final int CONVERSATION_ID = 6;
    public static final int TURN = 7;
    public static final int INPUT_TOKENS = 8;
    public static final int OUTPUT_TOKENS = 9;
    public static final int TOOL_CALLS = 10;
    public static final int STATUS = 11;
    public static final int PROMPT = 12;
    public static final List<String> NAMES = Interaction.NATIVE_COLUMNS;

    static {
        if (!NAMES.get(TIMESTAMP).equals("timestamp") || !NAMES.get(PROMPT).equals("prompt") || NAMES.size() != 13) {
            throw new AssertionError("slot indexes no longer match Interaction.NATIVE_COLUMNS");
        }
    }

    private InteractionFields() {
    }
}
