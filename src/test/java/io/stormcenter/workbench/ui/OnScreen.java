package io.stormcenter.workbench.ui;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the GUI tests read off the screen, found and read in one go on the FX thread. A list, table or tree
 * view reuses its cells for other rows as it lays out, and the canvas its cards for other nodes as the view
 * moves: a cell found from the test's thread and read a moment later may by then show another row (CI once
 * read a scenario row's figures as ""). What a label draws (its text node) also follows its text a pulse
 * later, so a reading that must show something is taken again until it does, within a bound.
 */
public final class OnScreen {

    private static final long SECONDS = 10;

    private OnScreen() {
    }

    /** What {@code read} returns, run on the FX thread now (what it throws is thrown here). */
    public static <T> T read(Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(TimeUnit.SECONDS.toMillis(SECONDS), read);
    }

    /**
     * Finds and reads on the FX thread, again every few milliseconds until what it found is {@code shown}
     * (for ten seconds at most), and returns the last reading whether it got there or not: the caller's
     * assertions then say what was shown instead. Fails when nothing was found at all.
     *
     * @param what what is looked for, for the failure's message
     * @param findAndRead looks the node up and reads what the test asserts; empty while it is not there.
     *     It must not throw (the FX thread would report it as an error of the window)
     */
    public static <T> T await(String what, Supplier<Optional<T>> findAndRead, Predicate<? super T> shown) {
        AtomicReference<T> last = new AtomicReference<>();
        try {
            WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, () -> {
                Optional<T> found = read(findAndRead::get);
                found.ifPresent(last::set);
                return found.filter(shown).isPresent();
            });
        } catch (TimeoutException e) {
            if (last.get() == null) {
                throw new AssertionError("not on screen within " + SECONDS + " s: " + what, e);
            }
        }
        return last.get();
    }

    /** {@link #await(String, Supplier, Predicate)} for a reading that holds as soon as the node is found. */
    public static <T> T await(String what, Supplier<Optional<T>> findAndRead) {
        return await(what, findAndRead, found -> true);
    }

    /** The centre of a node on the screen, where a click on it lands (read on the FX thread). */
    public static Point2D centre(Node node) {
        Bounds at = node.localToScreen(node.getLayoutBounds());
        return new Point2D(at.getCenterX(), at.getCenterY());
    }

    /** A label's text and what it draws of it: shortened with "\u2026" when cut, "" before it is drawn. */
    public record LabelText(String text, String drawn) {

        /** Read on the FX thread. */
        public static LabelText of(Labeled label) {
            Node shown = label.lookup(".text");
            String drawn = shown instanceof Text text ? text.getText() : "";
            return new LabelText(label.getText() == null ? "" : label.getText(), drawn);
        }

        /** The label draws its whole text. */
        public boolean whole() {
            return text.equals(drawn);
        }
    }
}
