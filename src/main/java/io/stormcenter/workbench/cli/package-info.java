/**
 * The picocli commands; the only package that may end the process. Imports every core package; never {@code ui}.
 */
package io.stormcenter.workbench.cli;
