package io.stormcenter.workbench.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import io.stormcenter.workbench.format.AtomicFileWrite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.SimpleFormatter;

/**
 * Writes the PDF risk report: figures ({@link ReportAssembler}), then XHTML ({@link ReportHtml}), then
 * openhtmltopdf on PDFBox with DejaVu Sans embedded and the tree painted as vectors. Before anything
 * is rendered the text is checked against the request's secrets; the file is written to a temporary
 * file and moved into place, so a reader never sees half a report.
 */
public final class PdfReport {

    static {
        // openhtmltopdf logs every stylesheet parse and font load at INFO on stderr, which is noise in the
        // CLI's output; its warnings (a CSS rule it cannot apply, a missing glyph) still reach the terminal
        XRLog.setLoggerImpl(new JDKXRLogger(false, Level.WARNING, new ConsoleHandler(), new SimpleFormatter()));
    }

    private final ReportAssembler assembler;

    public PdfReport(ReportAssembler assembler) {
        this.assembler = Objects.requireNonNull(assembler, "assembler");
    }

    /** Writes the report to {@code target}; returns the number of bytes written. */
    public long write(ReportRequest request, Path target, ReportProgress progress) throws ReportException {
        byte[] pdf = render(request, progress);
        progress.step("Writing " + target.getFileName(), 0.95);
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            AtomicFileWrite.replaceWithoutBackup(target.toAbsolutePath(), pdf);
        } catch (IOException e) {
            throw new ReportException("cannot write the report to " + target + ": " + e.getMessage(), e);
        }
        progress.step("Done", 1);
        return pdf.length;
    }

    /** The report as PDF bytes. */
    public byte[] render(ReportRequest request, ReportProgress progress) throws ReportException {
        progress.step("Calibrating and choosing defences", 0.05);
        RiskReport report = assembler.assemble(request);
        checkCancelled(progress);
        progress.step("Laying out the tree", 0.35);
        double[] area = ReportHtml.tileArea(request.paper());
        TreeTiles tiles = TreeTiles.of(report.picture().layout(), area[0], area[1]);
        String html = ReportHtml.render(report, tiles);
        SecretGuard.check(html, request.secrets());
        checkCancelled(progress);
        int treePages = tiles.tiles().size() + (tiles.mapped() ? 1 : 0);
        progress.step("Rendering " + treePages + (treePages == 1 ? " tree page" : " tree pages")
                + " and the tables", 0.45);
        ReportFonts fonts = ReportFonts.load();
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        drawers.registerDrawer(ReportHtml.TREE_OBJECT, new TreeObjectDrawer(report, tiles, fonts));
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (OutputStream stream = out) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> ReportFonts.open(ReportFonts.REGULAR), ReportFonts.FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> ReportFonts.open(ReportFonts.BOLD), ReportFonts.FAMILY, 700, FontStyle.NORMAL, true);
            builder.useObjectDrawerFactory(drawers);
            builder.withProducer("KSC Workbench");
            builder.withHtmlContent(html, null);
            builder.toStream(stream);
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw new ReportException("the PDF could not be rendered: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void checkCancelled(ReportProgress progress) {
        if (progress.cancelled()) {
            throw new ReportCancelledException();
        }
    }
}
