package io.stormcenter.workbench.model;

/** A technique tag the inspector offers: its id, name and the catalogue it comes from. */
public record Technique(String id, String name, String catalogue) {

    /** How the completion list shows it. */
    public String display() {
        return id + " — " + name;
    }
}
