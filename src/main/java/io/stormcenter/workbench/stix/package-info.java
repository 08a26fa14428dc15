/**
 * STIX 2.1, the way the Kubernetes Storm Center shares threat intelligence: attack models in and
 * out ({@code intrusion-set} -uses-> {@code attack-pattern} -related-to-> next, {@code indicator}s
 * with STIX patterns, {@code course-of-action}s), observations out as anonymised {@code sighting}s
 * with {@code observed-data}, and others' sightings in as an evidence source labelled by origin.
 * Sits above {@code heat} because sharing needs the sessions and the plan's matchers; imports
 * {@code model}, {@code analysis}, {@code format}, {@code sensor}, {@code honeycluster}, {@code kube},
 * {@code deployment}, {@code telemetry} and {@code heat} (plus Jackson).
 */
package io.stormcenter.workbench.stix;
