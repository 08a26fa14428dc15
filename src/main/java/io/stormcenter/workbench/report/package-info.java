/**
 * The PDF risk report, headless: figures from {@code analysis} (calibration, defence plan, scenarios),
 * the tree's picture from {@code picture} painted as vectors, sessions from {@code heat}, trip-wires
 * from {@code honeycluster}, laid out as paged XHTML and rendered by openhtmltopdf on PDFBox with
 * DejaVu Sans embedded. Imports the core packages; never {@code ui} or {@code cli}.
 */
package io.stormcenter.workbench.report;
