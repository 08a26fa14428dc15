package io.stormcenter.workbench.format;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A minimal streaming XML writer: elements, attributes, escaped text. Written by hand because
 * the JDK's XMLStreamWriter fails on documents nested deeper than 32,767 elements.
 */
final class XmlText {

    private final StringBuilder out;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean startTagOpen;

    XmlText(StringBuilder out) {
        this.out = out;
    }

    void declaration() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    void writeStartElement(String name) {
        closeStartTag();
        out.append('<').append(name);
        open.push(name);
        startTagOpen = true;
    }

    void writeAttribute(String name, String value) {
        if (!startTagOpen) {
            throw new IllegalStateException("attribute '" + name + "' outside a start tag");
        }
        out.append(' ').append(name).append("=\"");
        escape(value, true);
        out.append('"');
    }

    void writeCharacters(String text) {
        closeStartTag();
        escape(text, false);
    }

    void writeEndElement() {
        closeStartTag();
        out.append("</").append(open.pop()).append('>');
    }

    private void closeStartTag() {
        if (startTagOpen) {
            out.append('>');
            startTagOpen = false;
        }
    }

    /** Escapes markup; drops the control characters XML 1.0 cannot carry at all. */
    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c);
                    }
                }
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
