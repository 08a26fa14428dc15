package io.stormcenter.workbench.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, regular and bold, shipped with the workbench (Debian's fonts-dejavu-core; free
 * licence in {@code fonts/LICENSE-DejaVu.txt}) and embedded in every report, so a report looks the
 * same on every machine and prints every character of a label.
 */
final class ReportFonts {

    static final String FAMILY = "DejaVu Sans";
    static final String REGULAR = "fonts/DejaVuSans.ttf";
    static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    private final Font regular;
    private final Font bold;

    private ReportFonts(Font regular, Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static ReportFonts load() {
        return new ReportFonts(font(REGULAR), font(BOLD));
    }

    static InputStream open(String resource) {
        InputStream in = ReportFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the report font " + resource + " is missing from the build");
        }
        return in;
    }

    private static Font font(String resource) {
        try (InputStream in = open(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the report font " + resource + " is not a TrueType font", e);
        }
    }

    Font regular(float size) {
        return regular.deriveFont(Font.PLAIN, size);
    }

    Font bold(float size) {
        return bold.deriveFont(Font.BOLD, size);
    }
}
