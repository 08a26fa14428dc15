package io.stormcenter.workbench.report;

/** The paper a report is laid out for; the tree pages turn to landscape on either. */
public enum PaperSize {
    A4("A4", 210, 297),
    LETTER("Letter", 215.9, 279.4);

    private final String css;
    private final double widthMm;
    private final double heightMm;

    PaperSize(String css, double widthMm, double heightMm) {
        this.css = css;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** The CSS page size keyword. */
    String css() {
        return css;
    }

    double widthMm() {
        return widthMm;
    }

    double heightMm() {
        return heightMm;
    }

    public static PaperSize fromName(String name) {
        for (PaperSize paper : values()) {
            if (paper.css.equalsIgnoreCase(name) || paper.name().equalsIgnoreCase(name)) {
                return paper;
            }
        }
        throw new IllegalArgumentException("unknown paper size '" + name + "' (expected A4 or Letter)");
    }
}
