/**
 * Reading and writing trees: the native JSON file ({@link io.stormcenter.workbench.format.NativeFormat},
 * canonical and lossless), ADTool 2 XML ({@link io.stormcenter.workbench.format.AdToolFormat}), Graphviz DOT
 * (write only) and, later, STIX 2.1 bundles; {@link io.stormcenter.workbench.format.TreeFiles} picks the format
 * by extension and saves atomically. Readers and writers use streaming parsers and explicit stacks, so trees of
 * any depth work. Imports only {@code model} (plus Jackson and the JDK's StAX).
 */
package io.stormcenter.workbench.format;
