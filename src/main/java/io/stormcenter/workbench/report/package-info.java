/**
 * The PDF risk report, rendered headless. Imports every core package; never {@code ui} or {@code cli}.
 */
package io.stormcenter.workbench.report;
