package io.stormcenter.workbench.honeycluster;

import io.stormcenter.workbench.sensor.SensorEvent;
import java.util.Map;

/** Recognises the sensor events of one trip-wire (DESIGN.md, "What a matcher compares"). */
public sealed interface EventMatcher
        permits AuditMatcher, FalcoMatcher, TetragonMatcher, KubernetesEventMatcher, KubescapeMatcher,
        AnyOfMatcher {

    MatchOutcome match(SensorEvent event);

    /** What it compares, as plain values for {@code plan.json} and the window (keys sorted). */
    Map<String, Object> describe();
}
