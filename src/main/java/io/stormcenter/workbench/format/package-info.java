/**
 * Reading and writing trees: the native JSON file ({@link io.stormcenter.workbench.format.NativeFormat},
 * canonical and lossless), ADTool 2 XML ({@link io.stormcenter.workbench.format.AdToolFormat}), Graphviz DOT
 * (write only); {@link io.stormcenter.workbench.format.ModelFormats} recognises a file's format by its content
 * ({@link io.stormcenter.workbench.format.FileSignature}) and picks the one to write by extension, and packages above
 * add theirs (STIX, in {@code stix}); {@link io.stormcenter.workbench.format.TreeFiles} saves atomically. Readers and writers use streaming parsers and explicit stacks, so trees of
 * any depth work. Imports only {@code model} (plus Jackson and the JDK's StAX).
 */
package io.stormcenter.workbench.format;
