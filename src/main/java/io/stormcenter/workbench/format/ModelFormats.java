package io.stormcenter.workbench.format;

import io.stormcenter.workbench.model.AttackTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The formats the workbench knows, and the one place that decides which reads a file: its
 * content first (a STIX bundle named {@code x.json} is a STIX bundle, never a model to be saved
 * over), its extension only when no format recognises the content (so a broken model file still
 * gets its own reader's message with line and column). Writing goes by extension, the longest
 * matching one winning ({@code .stix.json} over {@code .json}).
 */
public final class ModelFormats {

    private final List<ModelFormat> formats;

    private ModelFormats(List<ModelFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /** Native, ADTool and DOT: what this package can read and write by itself. */
    public static ModelFormats builtIn() {
        return new ModelFormats(List.of(BuiltInFormat.values()));
    }

    /** These formats and one more (tried after them when recognising content). */
    public ModelFormats with(ModelFormat format) {
        List<ModelFormat> next = new ArrayList<>(formats);
        next.add(format);
        return new ModelFormats(next);
    }

    public List<ModelFormat> all() {
        return formats;
    }

    /** A tree as read from a file, and the format it was in. */
    public record Read(ModelFormat format, ReadResult result) {

        public AttackTree tree() {
            return result.tree();
        }

        public List<String> warnings() {
            return result.warnings();
        }
    }

    /** Reads a file in the format its content says, else the one its extension says. */
    public Read read(Path file) throws IOException, ModelFormatException {
        byte[] content = Files.readAllBytes(file);
        ModelFormat format = formatOf(content, file);
        return new Read(format, format.read(content, file.toString()));
    }

    /** The format that reads this content (found as {@link #read} finds it), or a message why none does. */
    public ModelFormat formatOf(byte[] content, Path file) throws ModelFormatException {
        FileSignature signature = FileSignature.of(content);
        for (ModelFormat format : formats) {
            if (format.readable() && format.recognises(signature)) {
                return format;
            }
        }
        if (signature.stixBundle()) {
            throw new ModelFormatException(file.toString(), "this is a STIX 2.1 bundle, and STIX import is not"
                    + " available here; import it with File > Import STIX or `ksc convert`");
        }
        Optional<ModelFormat> named = forFile(file);
        if (named.isPresent()) {
            return named.get();
        }
        throw new ModelFormatException(file.toString(), "unknown kind of model file; expected " + readableNames());
    }

    /** The format a file of this name is written in, if any. */
    public Optional<ModelFormat> forFile(Path file) {
        return formats.stream().filter(f -> f.namedIn(file))
                .max(Comparator.comparingInt(f -> f.extension().length()));
    }

    /** Whether a file of this name can be written. */
    public boolean writable(Path file) {
        return forFile(file).isPresent();
    }

    /** Writes the tree atomically in the format of the file's name (the previous file kept as {@code .bak}). */
    public void write(AttackTree tree, Path file) throws IOException {
        AtomicFileWrite.replace(file, serialize(tree, file));
    }

    /** The bytes {@link #write} would store. */
    public byte[] serialize(AttackTree tree, Path file) {
        return forFile(file).orElseThrow(() -> new IllegalArgumentException(unwritable(file))).write(tree);
    }

    /** Why a file of that name cannot be written, for a user who picked the wrong extension. */
    public String unwritable(Path file) {
        return "cannot tell the format of '" + file.getFileName() + "': use " + describe(formats);
    }

    private String readableNames() {
        return describe(formats.stream().filter(ModelFormat::readable).toList());
    }

    private static String describe(List<ModelFormat> list) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                text.append(i == list.size() - 1 ? " or " : ", ");
            }
            text.append(list.get(i).extension()).append(" (").append(list.get(i).label()).append(')');
        }
        return text.toString();
    }
}
