package io.hydrascope.ingest.formats;

import io.hydrascope.ingest.FormatImporter;
import io.hydrascope.ingest.NativeImporter;
import java.util.ArrayList;
import java.util.List;

/**
 * Every format Hydrascope recognises, in the order they are tried: the native files first (so a native file never
 * changes meaning), then the third-party exports, each recognised by columns only it has. The composition root hands
 * this list to the import and preview services.
 */
public final class BuiltInFormats {
    private BuiltInFormats() {
    }

    public static List<FormatImporter> all() {
        List<FormatImporter> all = new ArrayList<>(NativeImporter.ALL);
        all.add(new OtlpImporter());
        all.add(new ChatGptExportImporter());
        all.add(new LiteLlmImporter());
        all.add(new LangfuseObservationsImporter());
        all.add(new LangfuseTracesImporter());
        all.add(new HeliconeImporter());
        all.add(new OpenRouterImporter());
        return List.copyOf(all);
    }
}
