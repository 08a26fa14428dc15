/**
 * Tidy top-down tree layout: positions of node cards and routes of edges, shared by the canvas and the report. Imports {@code model} and {@code analysis}.
 */
package io.stormcenter.workbench.layout;
