/**
 * Reading and writing trees: the native JSON file, ADTool 2 XML, Graphviz DOT, and later STIX 2.1 bundles. Imports only {@code model}.
 */
package io.stormcenter.workbench.format;
