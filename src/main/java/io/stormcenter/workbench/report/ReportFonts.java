package io.stormcenter.workbench.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
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

    /** The fonts, read once per JVM: a font is immutable, and parsing it took a tenth of a small report's time. */
    static ReportFonts load() {
        return Loaded.FONTS;
    }

    /** The font file's bytes for the PDF renderer to embed (each document embeds its own subset). */
    static InputStream open(String resource) {
        return new ByteArrayInputStream(REGULAR.equals(resource) ? Loaded.REGULAR_BYTES : Loaded.BOLD_BYTES);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the report font " + resource + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font font(String resource, byte[] bytes) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the report font " + resource + " is not a TrueType font", e);
        }
    }

    /** Read on first use (the holder idiom: the JVM makes it happen once, on any thread); never written after. */
    private static final class Loaded {
        private static final byte[] REGULAR_BYTES = bytes(REGULAR);
        private static final byte[] BOLD_BYTES = bytes(BOLD);
        private static final ReportFonts FONTS = new ReportFonts(font(REGULAR, REGULAR_BYTES), font(BOLD, BOLD_BYTES));
    }

    Font regular(float size) {
        return regular.deriveFont(Font.PLAIN, size);
    }

    Font bold(float size) {
        return bold.deriveFont(Font.BOLD, size);
    }
}
