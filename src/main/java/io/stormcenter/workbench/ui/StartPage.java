package io.stormcenter.workbench.ui;

import atlantafx.base.theme.Styles;
import io.stormcenter.workbench.ui.controls.WorkbenchCss;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** What the window shows before a tree is open: new / open / import, recent files, sample models. */
final class StartPage extends StackPane {

    private final WorkbenchViewModel model;
    private final VBox recentList = new VBox(2);

    StartPage(WorkbenchViewModel model, Image logo, Runnable replayDemo) {
        this.model = model;
        setId("start-page");
        getStyleClass().add(WorkbenchCss.START_PAGE);
        ImageView icon = new ImageView(logo);
        icon.setFitWidth(72);
        icon.setFitHeight(72);
        Label title = new Label("KSC Workbench");
        title.getStyleClass().add(WorkbenchCss.START_TITLE);
        Label subtitle = new Label("Draw attack trees for Kubernetes, quantify them, and turn them into honeyclusters.");
        subtitle.getStyleClass().add(WorkbenchCss.START_SUBTITLE);
        subtitle.setWrapText(true);
        VBox heading = new VBox(4, title, subtitle);
        HBox top = new HBox(18, icon, heading);
        top.setAlignment(Pos.CENTER_LEFT);

        Button create = action("New tree", "mdi2f-file-plus-outline", "start-new", model::newTree);
        create.getStyleClass().add(Styles.ACCENT);
        Button open = action("Open…", "mdi2f-folder-open-outline", "start-open", model::open);
        Button importTree = action("Import ADTool XML…", "mdi2f-file-tree-outline", "start-import", model::importAdtool);
        Button demo = action("Replay demo capture", "mdi2f-fire", "start-replay-demo", replayDemo);
        demo.setTooltip(new javafx.scene.control.Tooltip("Open the KubeCon 2024 sample and play a recorded day of its "
                + "honeycluster into a temporary store: attacker sessions and heat on the tree, no cluster needed"));
        HBox actions = new HBox(10, create, open, importTree, demo);

        VBox samples = new VBox(2);
        samples.setId("start-samples");
        List<Path> sampleFiles = model.sampleModels();
        for (Path sample : sampleFiles) {
            samples.getChildren().add(link(sample, "sample-"));
        }
        if (sampleFiles.isEmpty()) {
            samples.getChildren().add(hint("No sample models found next to the workbench"));
        }
        recentList.setId("start-recent");
        showRecent();
        model.recent().files().addListener((ListChangeListener<Path>) c -> showRecent());
        VBox recentSection = section("Recent files", recentList);
        HBox.setHgrow(recentSection, Priority.ALWAYS);
        HBox lists = new HBox(32, recentSection, section("Sample models", samples));

        VBox body = new VBox(26, top, actions, lists);
        body.setMaxWidth(760);
        body.setMaxHeight(USE_PREF_SIZE);
        body.setPadding(new Insets(36, 40, 36, 40));
        body.getStyleClass().add("start-card");
        getChildren().add(body);
        setAlignment(Pos.CENTER);
    }

    private void showRecent() {
        recentList.getChildren().clear();
        for (Path file : model.recent().files()) {
            recentList.getChildren().add(recentEntry(file));
        }
        if (model.recent().files().isEmpty()) {
            recentList.getChildren().add(hint("Files you open or save appear here"));
        }
    }

    /** The name, then its folder in grey: two recent files of one name are told apart at a glance. */
    private HBox recentEntry(Path file) {
        Hyperlink link = link(file, "recent-");
        link.setMinWidth(Region.USE_PREF_SIZE); // the name whole; the folder gives way
        Path parent = file.toAbsolutePath().getParent();
        Label folder = hint(parent == null ? "" : shortFolder(parent));
        folder.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS); // the nearest folders say the most
        folder.setMinWidth(0);
        HBox entry = new HBox(6, link, folder);
        entry.setAlignment(Pos.CENTER_LEFT);
        entry.setMaxWidth(420);
        return entry;
    }

    /** The folder's last two names, which tell most look-alikes apart; the tooltip has the whole path. */
    private static String shortFolder(Path folder) {
        int names = folder.getNameCount();
        return names <= 2 ? folder.toString() : "\u2026/" + folder.subpath(names - 2, names);
    }

    private Hyperlink link(Path file, String idPrefix) {
        String name = file.getFileName().toString();
        Hyperlink link = new Hyperlink(name);
        link.setId(idPrefix + name.replaceAll("[^A-Za-z0-9-]", "-"));
        link.setGraphic(new FontIcon("mdi2f-file-document-outline"));
        link.setOnAction(e -> model.open(file));
        link.setTooltip(new Tooltip(file.toAbsolutePath().toString()));
        link.getStyleClass().add(WorkbenchCss.START_ENTRY);
        return link;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(WorkbenchCss.HINT);
        return label;
    }

    private static VBox section(String title, VBox content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(WorkbenchCss.START_SECTION);
        VBox box = new VBox(8, heading, content);
        box.setMinWidth(200);
        return box;
    }

    private static Button action(String text, String icon, String id, Runnable run) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setOnAction(e -> run.run());
        return button;
    }
}
