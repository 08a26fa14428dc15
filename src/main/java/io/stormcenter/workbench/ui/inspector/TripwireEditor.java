package io.stormcenter.workbench.ui.inspector;

import io.stormcenter.workbench.model.Tripwire;
import java.util.Optional;
import java.util.Set;

/**
 * Asks the user for a trip-wire. The inspector needs only this question of the window's dialog
 * service, so it names it here and the dialog package, which shows the form, depends on the
 * inspector and not the other way round.
 */
@FunctionalInterface
public interface TripwireEditor {

    /**
     * Edits a trip-wire (or makes a new one when {@code initial} is null) in a form whose fields
     * follow the kind; empty when cancelled.
     */
    Optional<Tripwire> editTripwire(Tripwire initial, String suggestedId, Set<String> takenIds);
}
