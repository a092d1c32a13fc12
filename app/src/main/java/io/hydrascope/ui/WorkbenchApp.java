package io.hydrascope.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The workbench window. Placeholder until the workbench views land. */
public final class WorkbenchApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Hydrascope");
        stage.setScene(new Scene(new StackPane(new Label("Hydrascope workbench")), 1280, 800));
        stage.show();
    }
}
