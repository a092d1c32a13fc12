package io.hydrascope.ui.shell;

import io.hydrascope.ui.core.DialogService;
import io.hydrascope.ui.core.PulseGapProbe;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar: File (cases, import, export, settings), Analysis, View (pages, time zone), Debug (the pulse-gap
 * probe) only in a session started with {@code -Dhydrascope.pulseProbe=FILE} for measuring the window, and Help
 * (About: version, licences, docs).
 */
final class MainMenu {
    private MainMenu() {
    }

    static MenuBar create(ShellViewModel vm, List<WorkbenchPage> pages, Runnable openImport, Runnable openExport,
                          Runnable openSettings, PulseGapProbe probe, DialogService dialogs, Runnable showAbout) {
        MenuBar bar = new MenuBar(file(vm, openImport, openExport, openSettings), analysis(vm), view(vm, pages));
        if (probe.isRunning()) {
            bar.getMenus().add(debug(probe, dialogs));
        }
        bar.getMenus().add(new Menu("_Help", null, item("About Hydrascope", null, showAbout)));
        return bar;
    }

    private static Menu file(ShellViewModel vm, Runnable openImport, Runnable openExport, Runnable openSettings) {
        MenuItem open = item("Open case…", "Shortcut+O", vm.cases()::chooseAndOpen);
        MenuItem create = item("New case…", "Shortcut+N", vm.cases()::chooseAndCreate);
        MenuItem sample = item("Open sample case", null, vm.cases()::openSample);
        MenuItem importFiles = item("Import log files…", "Shortcut+I", openImport);
        importFiles.disableProperty().bind(vm.caseOpenBinding().not());
        MenuItem exportReport = item("Export report…", "Shortcut+E", openExport);
        exportReport.disableProperty().bind(vm.caseOpenBinding().not());
        MenuItem close = item("Close case", "Shortcut+W", vm.cases()::close);
        close.disableProperty().bind(vm.caseOpenBinding().not());
        MenuItem settings = item("Settings…", "Shortcut+Comma", openSettings);
        settings.setId("menu-settings");
        MenuItem quit = item("Quit", "Shortcut+Q", Platform::exit);
        return new Menu("_File", null, open, create, sample, new SeparatorMenuItem(), importFiles, exportReport,
                new SeparatorMenuItem(), settings, new SeparatorMenuItem(), close, quit);
    }

    private static Menu analysis(ShellViewModel vm) {
        MenuItem run = item("Run analysis", "Shortcut+R", vm::analyse);
        run.disableProperty().bind(vm.caseOpenBinding().not().or(vm.analysingProperty()));
        MenuItem cancel = item("Cancel analysis", null, vm::cancelAnalysis);
        cancel.disableProperty().bind(vm.analysingProperty().not());
        return new Menu("_Analysis", null, run, cancel);
    }

    private static Menu view(ShellViewModel vm, List<WorkbenchPage> pages) {
        Menu menu = new Menu("_View");
        for (WorkbenchPage page : pages) {
            MenuItem item = new MenuItem(page.title());
            item.setAccelerator(page.accelerator());
            item.setOnAction(e -> vm.workspace().activePageProperty().set(page.id()));
            item.disableProperty().bind(vm.caseOpenBinding().not());
            menu.getItems().add(item);
        }
        ToggleGroup zones = new ToggleGroup();
        RadioMenuItem utc = new RadioMenuItem("Times in UTC");
        utc.setToggleGroup(zones);
        utc.setSelected(true);
        utc.setOnAction(e -> vm.setZone(ZoneOffset.UTC));
        RadioMenuItem local = new RadioMenuItem("Times in local zone (" + ZoneId.systemDefault().getId() + ")");
        local.setToggleGroup(zones);
        local.setOnAction(e -> vm.setZone(ZoneId.systemDefault()));
        menu.getItems().addAll(new SeparatorMenuItem(), utc, local);
        return menu;
    }

    private static Menu debug(PulseGapProbe probe, DialogService dialogs) {
        CheckMenuItem running = new CheckMenuItem("Measure FX pulse gaps");
        running.setSelected(probe.isRunning());
        running.setOnAction(e -> {
            if (running.isSelected()) {
                probe.start();
            } else {
                probe.stop();
            }
        });
        MenuItem report = item("Show pulse-gap report", null, () -> dialogs.showInfo("FX pulse gaps",
                probe.isRunning() || probe.snapshot().pulses() > 0 ? probe.snapshot().describe()
                        : "The probe is not running: tick \"Measure FX pulse gaps\" first."));
        MenuItem reset = item("Reset pulse-gap probe", null, probe::reset);
        return new Menu("_Debug", null, running, report, reset);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
