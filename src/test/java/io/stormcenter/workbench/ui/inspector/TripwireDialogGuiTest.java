package io.stormcenter.workbench.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The trip-wire dialog as the user meets it: opened on a trip-wire, confirmed with OK. */
@ExtendWith(ApplicationExtension.class)
class TripwireDialogGuiTest {

    /** Opens the dialog on a trip-wire, lets {@code change} act on it, presses OK and returns what it gave. */
    private Tripwire confirmed(FxRobot robot, Tripwire initial, java.util.function.Consumer<TripwireDialog> change) {
        TripwireDialog[] dialog = new TripwireDialog[1];
        robot.interact(() -> {
            dialog[0] = new TripwireDialog(initial, initial.id(), Set.of());
            dialog[0].show();
        });
        robot.interact(() -> change.accept(dialog[0]));
        Button ok = (Button) dialog[0].getDialogPane().lookupButton(ButtonType.OK);
        assertThat(ok.isDisabled()).as("OK for %s", initial).isFalse();
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        return dialog[0].getResult();
    }

    @Test
    void every_sample_trip_wire_opened_and_confirmed_unchanged_comes_back_whole(FxRobot robot) throws Exception {
        // given each trip-wire the samples ship (Tetragon with address and scope, bait with image, ...)
        List<Tripwire> shipped = TripwireFormTest.sampleTripwires().toList();
        assertThat(shipped).isNotEmpty();
        for (Tripwire tripwire : shipped) {
            // when it is opened in the dialog and OK pressed without a change
            Tripwire back = confirmed(robot, tripwire, dialog -> { });
            // then not one parameter is lost
            assertThat(back).as(tripwire.id()).isEqualTo(tripwire);
        }
    }

    @Test
    void a_parameter_the_dialog_does_not_show_survives_an_edit_of_one_it_shows(FxRobot robot) {
        // given a Tetragon trip-wire with a parameter no field shows
        Tripwire initial = new Tripwire("tw-connect", TripwireKind.TETRAGON,
                Map.of("function", "tcp_connect", "address", "10.43.0.1", "x-note", "kept"));
        // when its address is changed in the dialog
        Tripwire back = confirmed(robot, initial, dialog -> ((TextField) dialog.getDialogPane()
                .lookup("#tripwire-param-address")).setText("10.43.0.2"));
        // then the address is the new one, and the unshown parameter is still there
        assertThat(back.params()).containsEntry("address", "10.43.0.2").containsEntry("x-note", "kept")
                .containsEntry("function", "tcp_connect");
    }
}
