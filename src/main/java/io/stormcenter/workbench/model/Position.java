package io.stormcenter.workbench.model;

/** Where the modeller put a node on the canvas, in canvas units (top-left of its card). */
public record Position(double x, double y) {
}
