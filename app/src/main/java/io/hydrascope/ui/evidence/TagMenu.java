package io.hydrascope.ui.evidence;

import io.hydrascope.model.AnnotationTarget;
import io.hydrascope.ui.core.CaseAnnotations;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The annotation menu of a listed item (an account, a cluster, an interaction): tick a tag on or off, add a tag of
 * one's own or a note, bookmark an interaction as evidence. Built afresh each time it opens, for the item selected
 * at that moment. Also the keys tables share: C, F and R toggle the standard tags, B the bookmark, N adds a note.
 */
public final class TagMenu {
    /** What the menu annotates: the target kind and the id analysts see; null when nothing is selected. */
    public record Item(AnnotationTarget target, String id) {
    }

    private TagMenu() {
    }

    /** A context menu for whatever {@code selected} returns when it opens. */
    public static ContextMenu contextMenu(AnnotationActions actions, Supplier<Item> selected) {
        ContextMenu menu = new ContextMenu();
        menu.setOnShowing(e -> menu.getItems().setAll(items(actions, selected.get())));
        menu.getItems().add(new MenuItem("Tag…")); // replaced when shown; an empty menu would never show
        return menu;
    }

    /** A toolbar button opening the same menu for whatever {@code target} returns when it opens. */
    public static javafx.scene.control.MenuButton menuButton(String text, AnnotationActions actions,
                                                             Supplier<Item> target) {
        javafx.scene.control.MenuButton button = new javafx.scene.control.MenuButton(text);
        button.setOnShowing(e -> button.getItems().setAll(items(actions, target.get())));
        button.getItems().add(new MenuItem("Tag…"));
        return button;
    }

    static java.util.List<MenuItem> items(AnnotationActions actions, Item item) {
        java.util.List<MenuItem> out = new java.util.ArrayList<>();
        if (item == null || item.id() == null) {
            MenuItem none = new MenuItem("Select an item to tag it");
            none.setDisable(true);
            out.add(none);
            return out;
        }
        CaseAnnotations annotations = actions.annotations();
        Set<String> present = annotations.tagsOf(item.target(), item.id());
        for (String tag : annotations.knownTags()) {
            CheckMenuItem check = new CheckMenuItem("Tag: " + tag + shortcut(tag));
            check.setMnemonicParsing(false); // an analyst's "proxy_pool" keeps its underscore
            check.setSelected(present.contains(tag));
            check.setOnAction(e -> actions.toggleTag(item.target(), item.id(), tag));
            out.add(check);
        }
        MenuItem custom = new MenuItem("Other tag…");
        custom.setOnAction(e -> actions.askTag(item.target(), item.id()));
        MenuItem note = new MenuItem("Add note…  (N)");
        note.setOnAction(e -> actions.askNote(item.target(), item.id()));
        out.add(custom);
        out.add(new SeparatorMenuItem());
        out.add(note);
        if (item.target() == AnnotationTarget.INTERACTION) {
            CheckMenuItem bookmark = new CheckMenuItem("Bookmarked as evidence  (B)");
            bookmark.setSelected(annotations.isBookmarked(item.id()));
            bookmark.setOnAction(e -> actions.toggleBookmark(item.id()));
            out.add(bookmark);
        }
        return out;
    }

    private static String shortcut(String tag) {
        int i = CaseAnnotations.STANDARD_TAGS.indexOf(tag);
        return i < 0 ? "" : "  (" + "CFR".charAt(i) + ")";
    }

    /**
     * Handles a key typed on a list of items: C / F / R toggle confirmed / false positive / needs review, B the
     * bookmark of an interaction, N asks for a note. Returns whether the key was one of them.
     */
    public static boolean handleKey(AnnotationActions actions, Item item, javafx.scene.input.KeyEvent e) {
        if (item == null || item.id() == null || e.isShortcutDown() || e.isAltDown()) {
            return false;
        }
        String key = e.getCode().getName();
        int standard = "CFR".indexOf(key.length() == 1 ? key.charAt(0) : '?');
        if (standard >= 0) {
            actions.toggleTag(item.target(), item.id(), CaseAnnotations.STANDARD_TAGS.get(standard));
        } else if (key.equals("B") && item.target() == AnnotationTarget.INTERACTION) {
            actions.toggleBookmark(item.id());
        } else if (key.equals("N")) {
            actions.askNote(item.target(), item.id());
        } else {
            return false;
        }
        e.consume();
        return true;
    }

    /** The text a "Tags" column shows for an item: a star when bookmarked, then its tags. */
    public static String tagText(CaseAnnotations annotations, AnnotationTarget target, String id) {
        if (id == null) {
            return "";
        }
        String tags = String.join(", ", annotations.tagsOf(target, id));
        boolean star = target == AnnotationTarget.INTERACTION && annotations.isBookmarked(id);
        return (star ? "★ " : "") + tags;
    }
}
