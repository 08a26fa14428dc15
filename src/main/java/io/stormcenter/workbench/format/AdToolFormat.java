package io.stormcenter.workbench.format;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Ids;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * ADTool 2 XML ({@code <adtree>} / {@code <sandtree>}), the file format of the attack-defense
 * tree tool of the University of Luxembourg.
 *
 * <p>What survives a trip through ADTool: structure, labels, roles (attack / defence), gates
 * (OR, AND, SAND), node descriptions (as {@code <comment>}) and four estimates: probability
 * (ProbSucc), cost (MinCost), time (MinTimePar, or MinTime in SAND trees) and skill (MinSkill).
 * What ADTool has no place for and is lost: node ids (made again from labels on import), the
 * tree's id, title and description, impact, confidence, rationale, technique tags, trip-wires,
 * notes and canvas positions. ADTool keys values by label: nodes that share a label share their
 * values there. A tree with both SAND gates and defences is written as a {@code <sandtree>} that
 * still marks defences with {@code switchRole}: ADTool itself ignores roles in SAND trees.
 *
 * <p>Reading is safe on untrusted files: no DTDs, no external entities.
 */
public final class AdToolFormat {

    private AdToolFormat() {
    }

    /** The tree as ADTool XML. */
    public static String toXml(AttackTree tree) {
        return AdToolWriter.write(tree);
    }

    /** The tree as ADTool XML in UTF-8. */
    public static byte[] toBytes(AttackTree tree) {
        return AdToolWriter.write(tree).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads an ADTool file's text.
     *
     * @param source the file name: messages name it, and the tree's id is made from it
     */
    public static ReadResult fromXml(String xml, String source) throws ModelFormatException {
        return read(new StringReader(xml), null, source);
    }

    /** Reads an ADTool file's bytes (the XML declaration says the encoding). */
    public static ReadResult fromBytes(byte[] xml, String source) throws ModelFormatException {
        return read(null, new ByteArrayInputStream(xml), source);
    }

    private static ReadResult read(Reader text, InputStream bytes, String source) throws ModelFormatException {
        XMLStreamReader reader = null;
        try {
            XMLInputFactory factory = safeFactory();
            reader = text != null ? factory.createXMLStreamReader(text) : factory.createXMLStreamReader(bytes);
            return new AdToolReader(reader, source).read(treeId(source));
        } catch (XMLStreamException e) {
            Location location = e.getLocation();
            int line = location == null ? -1 : location.getLineNumber();
            int column = location == null ? -1 : location.getColumnNumber();
            throw new ModelFormatException(source, line, column, "the file is not well-formed XML: "
                    + stripLocation(e.getMessage()), e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // nothing left to release that matters
                }
            }
        }
    }

    /** No DTD processing and no external entities: an ADTool file from elsewhere cannot read local files. */
    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** The JDK's StAX messages start with "ParseError at [row,col]:[l,c]\nMessage: "; we report the place ourselves. */
    private static String stripLocation(String message) {
        if (message == null) {
            return "unreadable";
        }
        int marker = message.indexOf("Message: ");
        return marker < 0 ? message : message.substring(marker + "Message: ".length());
    }

    /** "BankAccount.xml" -> "bankaccount". */
    static String treeId(String source) {
        if (source == null) {
            return "adtool-import";
        }
        String name = source.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return Ids.slug(dot > 0 ? name.substring(0, dot) : name);
    }
}
