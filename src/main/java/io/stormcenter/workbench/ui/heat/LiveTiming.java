package io.stormcenter.workbench.ui.heat;

import java.time.Clock;

/**
 * The heat panel's sense of time while a collection runs.
 *
 * @param clock       "now", where the relative windows (1 h, 24 h, 7 d) end while collecting; injected so that
 *                    tests can move it
 * @param pulseMillis the longest an arrival waits before it is correlated and shown: it also caps the repaints
 *                    heat causes (1000 / pulse per second)
 * @param slideMillis how often a relative window moves on with the clock, so that heat of events that fell out
 *                    of it goes away without an arrival or a click
 */
public record LiveTiming(Clock clock, long pulseMillis, long slideMillis) {

    public LiveTiming {
        if (pulseMillis <= 0 || slideMillis <= 0) {
            throw new IllegalArgumentException("pulse and slide last more than zero: " + pulseMillis + ", " + slideMillis);
        }
    }
}
