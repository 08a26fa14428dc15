package io.stormcenter.workbench.stix;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparisons of a STIX pattern ({@code [process:command_line MATCHES '^/usr/bin/nsenter.*']}),
 * read leniently: enough to map an indicator to a trip-wire, never a full evaluator. Qualifiers
 * (WITHIN, REPEATS, START/STOP) and the boolean structure are not kept; what is not understood is
 * simply absent from {@link #comparisons()}.
 */
public record StixPattern(String text, List<Comparison> comparisons) {

    /** One {@code object-type:property OPERATOR value}; value is the literal unquoted (lists as written). */
    public record Comparison(String objectType, String property, boolean negated, String operator, String value) {
    }

    // object type, property path, NOT?, operator, value (quoted string, parenthesised list, or bare literal)
    private static final Pattern COMPARISON = Pattern.compile(
            "([a-z0-9][a-z0-9-]*):([A-Za-z0-9_.\\[\\]*'-]+)\\s+(NOT\\s+)?"
                    + "(=|!=|>=|<=|>|<|MATCHES|LIKE|IN|EXISTS|ISSUBSET|ISSUPERSET)"
                    + "\\s*('(?:[^'\\\\]|\\\\.)*'|\\([^)]*\\)|[A-Za-z0-9_.:-]+)?");

    public StixPattern {
        comparisons = List.copyOf(comparisons);
    }

    public static StixPattern parse(String text) {
        String pattern = text == null ? "" : text;
        List<Comparison> found = new ArrayList<>();
        Matcher m = COMPARISON.matcher(pattern);
        while (m.find()) {
            String value = m.group(5);
            found.add(new Comparison(m.group(1), m.group(2), m.group(3) != null, m.group(4),
                    value == null ? null : unquote(value)));
        }
        return new StixPattern(pattern, found);
    }

    /** The first comparison on this object type and property, if any. */
    public Comparison find(String objectType, String property) {
        return comparisons.stream().filter(c -> !c.negated() && c.objectType().equals(objectType)
                && c.property().equals(property)).findFirst().orElse(null);
    }

    /** A STIX string literal: single quotes, with quote and backslash escaped (specification 9.3). */
    public static String quote(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** A parenthesised list of string literals, for IN. */
    public static String quoteAll(List<String> values) {
        return "(" + String.join(", ", values.stream().map(StixPattern::quote).toList()) + ")";
    }

    /** The list literal's members, unquoted. */
    public static List<String> listValues(String list) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'").matcher(list == null ? "" : list);
        while (m.find()) {
            out.add(unescape(m.group(1)));
        }
        return out;
    }

    private static String unquote(String literal) {
        if (literal.length() >= 2 && literal.startsWith("'") && literal.endsWith("'")) {
            return unescape(literal.substring(1, literal.length() - 1));
        }
        return literal;
    }

    private static String unescape(String inner) {
        StringBuilder out = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length()) {
                c = inner.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }
}
