package io.stormcenter.workbench.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What a file's first bytes say it is, whatever its name: XML and its root element, or JSON and
 * the top-level {@code "format"} and {@code "type"} members (of the object, or of an array's first
 * object). Enough to tell a KSC model, an ADTool tree and a STIX bundle apart without reading them.
 *
 * @param shape      XML, a JSON object, a JSON array, or neither (empty, binary, malformed at the start)
 * @param xmlRoot    the XML root element's local name, or null
 * @param jsonFormat the top-level {@code "format"} string, or null
 * @param jsonType   the top-level {@code "type"} string (an array's first element's), or null
 */
public record FileSignature(Shape shape, String xmlRoot, String jsonFormat, String jsonType) {

    /** The broad kind of text. */
    public enum Shape { XML, JSON_OBJECT, JSON_ARRAY, OTHER }

    private static final JsonFactory JSON = new JsonFactory();

    /** Whether it is a STIX bundle or a JSON array of them (as some sharing tools write). */
    public boolean stixBundle() {
        return (shape == Shape.JSON_OBJECT || shape == Shape.JSON_ARRAY) && "bundle".equals(jsonType);
    }

    /** Reads as little of the content as it takes to tell. */
    public static FileSignature of(byte[] content) {
        char first = firstNonBlank(content);
        if (first == '<') {
            return new FileSignature(Shape.XML, xmlRoot(content), null, null);
        }
        if (first == '{' || first == '[') {
            return json(content, first == '{' ? Shape.JSON_OBJECT : Shape.JSON_ARRAY);
        }
        return new FileSignature(Shape.OTHER, null, null, null);
    }

    private static FileSignature json(byte[] content, Shape shape) {
        String format = null;
        String type = null;
        try (JsonParser parser = JSON.createParser(content)) {
            parser.nextToken();
            if (shape == Shape.JSON_ARRAY && parser.nextToken() != JsonToken.START_OBJECT) {
                return new FileSignature(shape, null, null, null);
            }
            // the object's own members only: nested objects are skipped whole
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING && "format".equals(name)) {
                    format = parser.getText();
                } else if (value == JsonToken.VALUE_STRING && "type".equals(name)) {
                    type = parser.getText();
                } else {
                    parser.skipChildren();
                }
                if (format != null || type != null) {
                    break;
                }
            }
        } catch (IOException malformed) {
            // what was seen before the flaw still counts; the reader reports the flaw with its position
        }
        return new FileSignature(shape, null, format, type);
    }

    private static String xmlRoot(byte[] content) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(content));
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamReader.START_ELEMENT) {
                        return reader.getLocalName();
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException malformed) {
            return null;
        }
        return null;
    }

    private static char firstNonBlank(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return (b & 0x80) == 0 ? (char) b : ' ';
            }
        }
        return ' ';
    }
}
