package io.hydrascope.ui.topics;

import io.hydrascope.analysis.SkeletonRuns;
import io.hydrascope.report.ReportText;
import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A template's skeleton or one of its prompts as styled text runs: the family's shared words in one style, the
 * variable slots in another. Logged text only ever becomes {@link Text} content, never markup.
 */
final class SkeletonText {
    static final String LITERAL = "skeleton-literal";
    static final String SLOT = "skeleton-slot";

    private SkeletonText() {
    }

    static TextFlow skeleton(String skeleton) {
        return flow(SkeletonRuns.ofSkeleton(ReportText.oneLine(skeleton)));
    }

    /** The runs of one prompt of the family, to put into a {@link TextFlow}. */
    static List<Text> prompt(String prompt, String skeleton) {
        return texts(SkeletonRuns.ofPrompt(ReportText.oneLine(prompt), ReportText.oneLine(skeleton)));
    }

    private static TextFlow flow(List<SkeletonRuns.Run> runs) {
        TextFlow flow = new TextFlow();
        flow.getChildren().setAll(texts(runs));
        return flow;
    }

    private static List<Text> texts(List<SkeletonRuns.Run> runs) {
        return runs.stream().map(run -> {
            Text t = new Text(run.text());
            t.getStyleClass().add(run.literal() ? LITERAL : SLOT);
            return t;
        }).toList();
    }
}
