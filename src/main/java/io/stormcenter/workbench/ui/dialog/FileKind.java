package io.stormcenter.workbench.ui.dialog;

import java.util.List;

/** The kinds of file the workbench opens and writes, with their file-chooser filters. */
public enum FileKind {
    MODEL("KSC attack tree (*.json)", List.of("*.json")),
    ADTOOL("ADTool tree (*.xml)", List.of("*.xml")),
    PNG("PNG image (*.png)", List.of("*.png")),
    SVG("SVG drawing (*.svg)", List.of("*.svg")),
    DOT("Graphviz DOT (*.dot)", List.of("*.dot")),
    STIX("STIX 2.1 bundle (*.stix.json, *.json)", List.of("*.stix.json", "*.json")),
    PDF("PDF document (*.pdf)", List.of("*.pdf")),
    STORE("Observation store (*.db)", List.of("*.db"));

    private final String description;
    private final List<String> patterns;

    FileKind(String description, List<String> patterns) {
        this.description = description;
        this.patterns = patterns;
    }

    public String description() {
        return description;
    }

    public List<String> patterns() {
        return patterns;
    }

    /** The file's extension with its dot, e.g. {@code .json}. */
    public String extension() {
        return patterns.get(0).substring(1);
    }
}
