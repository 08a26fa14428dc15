package io.stormcenter.workbench.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's menu items, as a user reaches them through the menu bar. Found and read on the FX
 * thread: a lookup from the test's thread walks the scene while the window changes it (the analysis
 * and the heat arriving after a load), and once failed in CI with an index out of bounds.
 */
final class MenuItems {

    private MenuItems() {
    }

    static MenuItem byId(FxRobot robot, String id) {
        return all(robot).stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    /** Every menu and item of the menu bar, depth first. */
    static List<MenuItem> all(FxRobot robot) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                List<MenuItem> all = new ArrayList<>();
                for (Menu menu : robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus()) {
                    collect(menu, all);
                }
                return all;
            }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not read the menu bar on the FX thread", e);
        }
    }

    private static void collect(MenuItem item, List<MenuItem> into) {
        into.add(item);
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> collect(child, into));
        }
    }
}
