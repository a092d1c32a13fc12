package io.hydrascope;

import io.hydrascope.cli.HydrascopeCommand;
import io.hydrascope.ui.WorkbenchLauncher;

/**
 * Entry point of the single jar. With a command it runs headless; with no command (or only {@code --case FILE})
 * it opens the workbench window. Kept free of JavaFX types so the command line never loads a toolkit.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (WorkbenchLauncher.wantsWindow(args)) {
            WorkbenchLauncher.launch(args);
            return;
        }
        System.exit(HydrascopeCommand.execute(args));
    }
}
