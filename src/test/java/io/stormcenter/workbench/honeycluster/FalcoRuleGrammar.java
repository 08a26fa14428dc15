package io.stormcenter.workbench.honeycluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Falco checks when it loads a rules file, written from Falco's rules documentation
 * (falco.org/docs/concepts/rules): every item is a rule, macro or list (or a version requirement);
 * a rule has its required keys, a known priority and a source Falco has; its condition parses
 * (comparisons of a field with an operator and a value, macros, {@code and or not}, parentheses,
 * lists in parentheses); every field exists for the rule's source; every macro it uses is defined;
 * and every {@code %field} of its output exists for that source. Returns the problems, empty when
 * Falco would load the file.
 */
final class FalcoRuleGrammar {

    private static final Set<String> SOURCES = Set.of("syscall", "k8s_audit");
    private static final Set<String> PRIORITIES = Set.of("EMERGENCY", "ALERT", "CRITICAL", "ERROR", "WARNING",
            "NOTICE", "INFORMATIONAL", "INFO", "DEBUG");
    private static final Set<String> BINARY_WORD_OPERATORS = Set.of("contains", "icontains", "bcontains", "startswith",
            "bstartswith", "endswith", "glob", "iglob", "regex");
    private static final Set<String> LIST_OPERATORS = Set.of("in", "intersects", "pmatch");
    private static final Set<String> SYMBOL_OPERATORS = Set.of("=", "==", "!=", "<", "<=", ">", ">=");
    private static final Set<String> TRANSFORMERS = Set.of("tolower", "toupper", "b64", "basename", "len", "val");
    private static final Pattern OUTPUT_FIELD = Pattern.compile("%\\(?([a-z_][a-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)(\\[[^\\]]*\\])?");

    private final Map<String, Fields> fields = new HashMap<>();

    /** The fields of one source: plain names, and those that take an argument in brackets. */
    private record Fields(Set<String> names, Set<String> indexed) {
        boolean has(String field) {
            int bracket = field.indexOf('[');
            String base = bracket < 0 ? field : field.substring(0, bracket);
            if (base.startsWith("evt.arg.") || base.startsWith("evt.rawarg.")) {
                return bracket < 0;
            }
            return bracket < 0 ? names.contains(base) : indexed.contains(base) && field.endsWith("]");
        }
    }

    FalcoRuleGrammar() {
        for (String source : SOURCES) {
            Set<String> names = new HashSet<>();
            Set<String> indexed = new HashSet<>();
            for (String line : resource("/falco/fields-" + source + ".txt").split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String name = l.replace("[]", "");
                names.add(name);
                if (l.endsWith("[]")) {
                    indexed.add(name);
                }
            }
            fields.put(source, new Fields(names, indexed));
        }
    }

    List<String> check(String yaml) {
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            return List.of("not YAML: " + e.getMessage());
        }
        if (root == null || root.isNull()) {
            return problems;
        }
        if (!root.isArray()) {
            return List.of("a rules file is a YAML list of rules, macros and lists");
        }
        Set<String> macros = new HashSet<>();
        Set<String> lists = new HashSet<>();
        for (JsonNode item : root) {
            if (item.has("macro")) {
                macros.add(item.get("macro").asText());
            } else if (item.has("list")) {
                lists.add(item.get("list").asText());
            }
        }
        for (JsonNode item : root) {
            if (item.has("rule")) {
                rule(item, macros, problems);
            } else if (item.has("macro")) {
                if (!item.has("condition") && !item.path("append").asBoolean(false) && !item.has("override")) {
                    problems.add("macro '" + item.get("macro").asText() + "': no condition");
                } else if (item.has("condition")) {
                    condition("macro '" + item.get("macro").asText() + "'", item.get("condition").asText(),
                            "syscall", macros, problems);
                }
            } else if (!item.has("list") && !item.has("required_engine_version") && !item.has("required_plugin_versions")) {
                problems.add("an item that is no rule, macro or list: " + item.fieldNames().next());
            }
        }
        return problems;
    }

    private void rule(JsonNode item, Set<String> macros, List<String> problems) {
        String name = "rule '" + item.get("rule").asText() + "'";
        boolean partial = item.path("append").asBoolean(false) || item.has("override")
                || item.has("enabled") && item.size() <= 2;
        if (partial) {
            return;
        }
        for (String key : List.of("desc", "condition", "output", "priority")) {
            if (!item.hasNonNull(key)) {
                problems.add(name + ": no " + key);
            }
        }
        String source = item.path("source").asText("syscall");
        if (!SOURCES.contains(source)) {
            problems.add(name + ": source '" + source + "' is not one Falco has (" + SOURCES + ")");
            return;
        }
        if (item.hasNonNull("priority") && !PRIORITIES.contains(item.get("priority").asText().toUpperCase())) {
            problems.add(name + ": priority '" + item.get("priority").asText() + "' is not a Falco priority");
        }
        if (item.hasNonNull("condition")) {
            condition(name, item.get("condition").asText(), source, macros, problems);
        }
        if (item.hasNonNull("output")) {
            Matcher m = OUTPUT_FIELD.matcher(item.get("output").asText());
            while (m.find()) {
                String field = m.group(1) + (m.group(2) == null ? "" : m.group(2));
                if (!fields.get(source).has(field)) {
                    problems.add(name + ": output field '" + field + "' is not a " + source + " field");
                }
            }
        }
    }

    private void condition(String owner, String text, String source, Set<String> macros, List<String> problems) {
        List<String> tokens = tokens(text);
        Parser parser = new Parser(owner, tokens, source, macros, problems);
        parser.expression();
        if (parser.at < tokens.size()) {
            problems.add(owner + ": unexpected '" + tokens.get(parser.at) + "' in the condition");
        }
    }

    /** Splits a condition into parentheses, commas, quoted strings, operator symbols and words (a field's bracket argument stays in its word). */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')' || c == ',') {
                out.add(String.valueOf(c));
                i++;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != c) {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                out.add(text.substring(i, Math.min(j + 1, text.length())));
                i = j + 1;
            } else if ("=<>!".indexOf(c) >= 0) {
                int j = i;
                while (j < text.length() && "=<>!".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                out.add(text.substring(i, j));
                i = j;
            } else {
                int j = i;
                while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && "(),=<>!".indexOf(text.charAt(j)) < 0) {
                    if (text.charAt(j) == '[') {
                        int close = text.indexOf(']', j);
                        j = close < 0 ? text.length() : close + 1;
                    } else {
                        j++;
                    }
                }
                out.add(text.substring(i, j));
                i = j;
            }
        }
        return out;
    }

    private final class Parser {
        private final String owner;
        private final List<String> tokens;
        private final String source;
        private final Set<String> macros;
        private final List<String> problems;
        private int at;

        Parser(String owner, List<String> tokens, String source, Set<String> macros, List<String> problems) {
            this.owner = owner;
            this.tokens = tokens;
            this.source = source;
            this.macros = macros;
            this.problems = problems;
        }

        private String peek() {
            return at < tokens.size() ? tokens.get(at) : null;
        }

        private String take() {
            return at < tokens.size() ? tokens.get(at++) : null;
        }

        private void expect(String token) {
            String got = take();
            if (!token.equals(got)) {
                problems.add(owner + ": expected '" + token + "' but found " + (got == null ? "the end" : "'" + got + "'"));
            }
        }

        void expression() {
            conjunction();
            while ("or".equals(peek())) {
                take();
                conjunction();
            }
        }

        private void conjunction() {
            negation();
            while ("and".equals(peek())) {
                take();
                negation();
            }
        }

        private void negation() {
            if ("not".equals(peek())) {
                take();
                negation();
                return;
            }
            String token = peek();
            if (token == null) {
                problems.add(owner + ": the condition ends where a comparison should be");
                return;
            }
            if (token.equals("(")) {
                take();
                expression();
                expect(")");
                return;
            }
            take();
            if (TRANSFORMERS.contains(token) && "(".equals(peek())) {
                take();
                field(take());
                expect(")");
                comparison();
            } else if (token.contains(".")) {
                field(token);
                comparison();
            } else if (!macros.contains(token)) {
                problems.add(owner + ": '" + token + "' is neither a field nor a defined macro");
            }
        }

        private void field(String token) {
            if (token == null || !fields.get(source).has(token)) {
                problems.add(owner + ": '" + token + "' is not a " + source + " field");
            }
        }

        private void comparison() {
            String operator = take();
            if (operator == null) {
                problems.add(owner + ": a field without an operator at the end");
            } else if (operator.equals("exists")) {
                return;
            } else if (LIST_OPERATORS.contains(operator)) {
                expect("(");
                while (peek() != null && !")".equals(peek())) {
                    take();
                    if (",".equals(peek())) {
                        take();
                    }
                }
                expect(")");
            } else if (SYMBOL_OPERATORS.contains(operator) || BINARY_WORD_OPERATORS.contains(operator)) {
                String value = take();
                if (value == null || value.equals(")") || value.equals("and") || value.equals("or")) {
                    problems.add(owner + ": operator '" + operator + "' without a value");
                } else if (value.equals("val") && "(".equals(peek())) {
                    take();
                    field(take());
                    expect(")");
                }
            } else {
                problems.add(owner + ": '" + operator + "' is not a Falco operator");
            }
        }
    }

    private static String resource(String name) {
        try (InputStream in = FalcoRuleGrammar.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
