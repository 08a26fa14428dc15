package io.stormcenter.workbench.format;

import io.stormcenter.workbench.model.AttackTree;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** The formats of this package: the native file, ADTool 2 XML and Graphviz DOT (write only). */
public enum BuiltInFormat implements ModelFormat {

    NATIVE("KSC Workbench", ".json") {
        @Override
        public boolean recognises(FileSignature signature) {
            return signature.shape() == FileSignature.Shape.JSON_OBJECT
                    && NativeFormat.FORMAT.equals(signature.jsonFormat());
        }

        @Override
        public ReadResult read(byte[] content, String source) throws ModelFormatException {
            return NativeFormat.fromBytes(content, source);
        }

        @Override
        public byte[] write(AttackTree tree) {
            return NativeFormat.toBytes(tree);
        }
    },

    ADTOOL("ADTool 2", ".xml") {
        @Override
        public boolean recognises(FileSignature signature) {
            return signature.shape() == FileSignature.Shape.XML && ROOTS.contains(signature.xmlRoot());
        }

        @Override
        public ReadResult read(byte[] content, String source) throws ModelFormatException {
            return AdToolFormat.fromBytes(content, source);
        }

        @Override
        public byte[] write(AttackTree tree) {
            return AdToolFormat.toBytes(tree);
        }
    },

    DOT("Graphviz", ".dot") {
        @Override
        public boolean readable() {
            return false;
        }

        @Override
        public ReadResult read(byte[] content, String source) throws ModelFormatException {
            throw new ModelFormatException(source, "Graphviz DOT is export-only: it has no room for"
                    + " roles, estimates or trip-wires; open the model's .json (or an ADTool .xml) instead");
        }

        @Override
        public byte[] write(AttackTree tree) {
            return DotFormat.toDot(tree).getBytes(StandardCharsets.UTF_8);
        }
    };

    private static final Set<String> ROOTS = Set.of("adtree", "sandtree");

    private final String label;
    private final String extension;

    BuiltInFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String extension() {
        return extension;
    }

    @Override
    public boolean recognises(FileSignature signature) {
        return false;
    }

    @Override
    public boolean readable() {
        return true;
    }

    @Override
    public boolean lossless() {
        return this == NATIVE;
    }
}
