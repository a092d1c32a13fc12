package io.hydrascope.ui;

import javafx.application.Application;

/**
 * Starts the JavaFX workbench. A plain class (not an {@link Application}) so that a fat jar on the class path can
 * start JavaFX, and so that {@code Main} can decide between window and command line without loading the toolkit.
 */
public final class WorkbenchLauncher {
    private WorkbenchLauncher() {
    }

    /** True when the arguments ask for the window: none at all, only {@code --case FILE}, or only {@code --sample}. */
    public static boolean wantsWindow(String[] args) {
        return args.length == 0 || (args.length == 2 && "--case".equals(args[0]))
                || (args.length == 1 && (args[0].startsWith("--case=") || "--sample".equals(args[0])));
    }

    public static void launch(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }
}
