/**
 * The tree as a picture: cards (role, gate, label, badges, style classes), edges (routes, styles,
 * weights, tooltips) and the overlays that mark them (a lit scenario, problems, later heat),
 * described once and drawn by the canvas, the SVG export and the report alike. Plain Java: it
 * imports {@code model}, {@code analysis} and {@code layout}, never JavaFX.
 */
package io.stormcenter.workbench.picture;
