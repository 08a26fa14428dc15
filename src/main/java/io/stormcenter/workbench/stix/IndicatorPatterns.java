package io.stormcenter.workbench.stix;

import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trip-wires as STIX patterns and back. Out: every kind gets a pattern a STIX consumer can read
 * (standard objects where STIX has them, {@code x-} objects where it does not: the Kubernetes API,
 * Falco alerts, Kubernetes Events). In: an indicator becomes a trip-wire only where its pattern
 * says what one of our sensors sees: a process command line (a generated Falco rule), a kernel
 * function (a Tetragon kprobe), a Kubernetes object (an audit rule), a Falco rule, a Kubernetes
 * Event reason, a Kubescape rule. Anything else stays a note with its pattern.
 */
final class IndicatorPatterns {

    static final String API_REQUEST = "x-kubernetes-api-request";
    static final String EVENT = "x-kubernetes-event";
    static final String FALCO_ALERT = "x-falco-alert";
    static final String KUBESCAPE_ALERT = "x-kubescape-alert";

    private static final Pattern CMDLINE_CONDITION = Pattern.compile(
            "proc\\.cmdline\\s+(glob|contains|startswith|=)\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final String REGEX_SPECIALS = ".[](){}|+?*^$\\";
    /** Escaped characters that mean themselves in a glob too. */
    private static final String GLOB_SAFE_ESCAPES = ".()/{}|+^$- ";
    private static final Pattern SERVICE_ACCOUNT_LIKE = Pattern.compile("system:serviceaccount:%:(.+)");

    private IndicatorPatterns() {
    }

    /** A trip-wire read from an indicator, and what was assumed to make it one (or null). */
    record Mapped(TripwireKind kind, Map<String, String> params, String assumption) {
    }

    // ---- out ----

    /** A STIX pattern that says what fires the trip-wire. */
    static String patternOf(Tripwire tripwire) {
        Map<String, String> p = tripwire.params();
        return switch (tripwire.kind()) {
            case AUDIT -> observation(API_REQUEST, apiRequest(p.get("verbs"), p.get("resource"), p.get("subresource"),
                    p.get("namespace"), p.get("name"), p.get("user")));
            case HONEYTOKEN -> observation(API_REQUEST, apiRequest(null, "secrets", null, null, p.get("secret"), null));
            case CANARY_SERVICE_ACCOUNT -> "[user-account:user_id LIKE "
                    + StixPattern.quote("system:serviceaccount:%:" + orAny(p.get("name"))) + "]";
            case FALCO -> falcoPattern(p);
            case TETRAGON -> {
                List<String> parts = new ArrayList<>();
                parts.add("process:x_tetragon_function = " + StixPattern.quote(orAny(p.get("function"))));
                first(p.get("binary")).ifPresent(b -> parts.add("process:image_ref.name = " + StixPattern.quote(b)));
                first(p.get("path")).ifPresent(f -> parts.add("process:x_tetragon_path = " + StixPattern.quote(f)));
                yield "[" + String.join(" AND ", parts) + "]";
            }
            case K8S_EVENT -> {
                List<String> parts = new ArrayList<>();
                parts.add(EVENT + ":reason = " + StixPattern.quote(orAny(p.get("reason"))));
                if (p.get("kind") != null) {
                    parts.add(EVENT + ":involved_object_kind = " + StixPattern.quote(p.get("kind")));
                }
                if (p.get("name") != null) {
                    parts.add(EVENT + ":involved_object_name = " + StixPattern.quote(p.get("name")));
                }
                yield "[" + String.join(" AND ", parts) + "]";
            }
            case KUBESCAPE -> "[" + KUBESCAPE_ALERT + ":rule_id = " + StixPattern.quote(orAny(p.get("rule"))) + "]";
            case BAIT -> p.get("port") != null ? "[network-traffic:dst_port = " + digits(p.get("port")) + "]"
                    : "[network-traffic:x_bait_workload = " + StixPattern.quote(orAny(p.get("workload"))) + "]";
        };
    }

    private static String falcoPattern(Map<String, String> p) {
        String condition = p.get("condition");
        Matcher m = condition == null ? null : CMDLINE_CONDITION.matcher(condition);
        if (m != null && m.find()) {
            String literal = m.group(2).replace("\\\"", "\"").replace("\\\\", "\\");
            String regex = switch (m.group(1)) {
                case "glob" -> globToRegex(literal);
                case "contains" -> ".*" + regexLiteral(literal) + ".*";
                case "startswith" -> "^" + regexLiteral(literal) + ".*";
                default -> "^" + regexLiteral(literal) + "$";
            };
            return "[process:command_line MATCHES " + StixPattern.quote(regex) + "]";
        }
        return "[" + FALCO_ALERT + ":rule = " + StixPattern.quote(orAny(p.get("rule"))) + "]";
    }

    private static List<String> apiRequest(String verbs, String resource, String subresource, String namespace,
                                           String name, String user) {
        List<String> parts = new ArrayList<>();
        List<String> verbList = split(verbs);
        if (verbList.size() == 1) {
            parts.add("verb = " + StixPattern.quote(verbList.get(0)));
        } else if (!verbList.isEmpty()) {
            parts.add("verb IN " + StixPattern.quoteAll(verbList));
        }
        parts.add("resource = " + StixPattern.quote(orAny(resource)));
        add(parts, "subresource", subresource);
        add(parts, "namespace", namespace);
        add(parts, "name", name);
        add(parts, "username", user);
        return parts;
    }

    private static void add(List<String> parts, String property, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        // our names allow globs; a STIX consumer gets them as LIKE with SQL wildcards
        parts.add(value.contains("*") ? property + " LIKE " + StixPattern.quote(value.replace("*", "%"))
                : property + " = " + StixPattern.quote(value));
    }

    private static String observation(String type, List<String> parts) {
        return "[" + String.join(" AND ", parts.stream().map(part -> type + ":" + part).toList()) + "]";
    }

    // ---- in ----

    /** The trip-wire an indicator's pattern describes, if it describes one of ours. */
    static Optional<Mapped> tripwireOf(String indicatorName, StixPattern pattern) {
        for (StixPattern.Comparison c : pattern.comparisons()) {
            if (c.negated()) {
                continue;
            }
            if (c.property().endsWith("function_name") || c.property().equals("x_tetragon_function")) {
                return Optional.of(tetragon(c.value(), pattern));
            }
        }
        StixPattern.Comparison cmdline = pattern.find("process", "command_line");
        if (cmdline != null && cmdline.value() != null && List.of("=", "MATCHES", "LIKE").contains(cmdline.operator())) {
            return Optional.of(falcoFromCommandLine(indicatorName, cmdline));
        }
        StixPattern.Comparison rule = pattern.find(FALCO_ALERT, "rule");
        if (rule != null && rule.value() != null) {
            return Optional.of(new Mapped(TripwireKind.FALCO, Map.of("rule", rule.value()), null));
        }
        StixPattern.Comparison kubescape = pattern.find(KUBESCAPE_ALERT, "rule_id");
        if (kubescape != null && kubescape.value() != null) {
            return Optional.of(new Mapped(TripwireKind.KUBESCAPE, Map.of("rule", kubescape.value()), null));
        }
        StixPattern.Comparison reason = pattern.find(EVENT, "reason");
        if (reason != null && reason.value() != null) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("reason", reason.value());
            value(pattern, EVENT, "involved_object_kind").ifPresent(v -> params.put("kind", v));
            value(pattern, EVENT, "involved_object_name").ifPresent(v -> params.put("name", v));
            return Optional.of(new Mapped(TripwireKind.K8S_EVENT, params, null));
        }
        StixPattern.Comparison account = pattern.find("user-account", "user_id");
        if (account != null && account.value() != null && "LIKE".equals(account.operator())) {
            Matcher m = SERVICE_ACCOUNT_LIKE.matcher(account.value());
            if (m.matches()) {
                return Optional.of(new Mapped(TripwireKind.CANARY_SERVICE_ACCOUNT, Map.of("name", m.group(1)), null));
            }
        }
        return kubernetesObject(pattern);
    }

    private static Mapped tetragon(String function, StixPattern pattern) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("function", function);
        for (String property : List.of("image_ref.name", "binary_ref.name")) {
            value(pattern, "process", property).filter(b -> b.startsWith("/")).ifPresent(b -> params.putIfAbsent("binary", b));
        }
        value(pattern, "process", "x_tetragon_path").ifPresent(p -> params.put("path", p));
        return new Mapped(TripwireKind.TETRAGON, params, null);
    }

    private static Mapped falcoFromCommandLine(String indicatorName, StixPattern.Comparison cmdline) {
        String match = switch (cmdline.operator()) {
            case "=" -> "proc.cmdline = " + falcoString(cmdline.value());
            case "LIKE" -> "proc.cmdline glob " + falcoString(cmdline.value().replace('%', '*').replace('_', '?'));
            default -> regexToFalco(cmdline.value());
        };
        String rule = oneLine(indicatorName == null || indicatorName.isBlank() ? "Command line " + cmdline.value()
                : indicatorName);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("rule", rule);
        params.put("condition", "spawned_process and " + match);
        params.put("output", rule + " (command=%proc.cmdline pod=%k8s.pod.name ns=%k8s.ns.name)");
        params.put("priority", "WARNING");
        return new Mapped(TripwireKind.FALCO, params, match.contains(" contains ")
                ? "the regular expression '" + cmdline.value() + "' became the Falco test " + match : null);
    }

    /** Falco has no regular expressions: a regex of literals and {@code .*} becomes a glob, anything else its longest literal. */
    static String regexToFalco(String regex) {
        boolean anchoredStart = regex.startsWith("^");
        boolean anchoredEnd = regex.endsWith("$") && !regex.endsWith("\\$");
        String body = regex.substring(anchoredStart ? 1 : 0, regex.length() - (anchoredEnd ? 1 : 0));
        StringBuilder glob = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && GLOB_SAFE_ESCAPES.indexOf(body.charAt(i + 1)) >= 0) {
                glob.append(body.charAt(++i));
            } else if (c == '.' && i + 1 < body.length() && body.charAt(i + 1) == '*') {
                glob.append('*');
                i++;
            } else if (REGEX_SPECIALS.indexOf(c) >= 0) {
                String longest = Arrays.stream(body.split("\\\\.|[\\[\\](){}|+?*^$.\\\\]+"))
                        .reduce("", (a, b) -> b.length() > a.length() ? b : a);
                return "proc.cmdline contains " + falcoString(longest);
            } else {
                glob.append(c);
            }
        }
        String text = glob.toString();
        return "proc.cmdline glob " + falcoString((anchoredStart ? "" : "*") + text
                + (anchoredEnd || text.endsWith("*") ? "" : "*"));
    }

    private static String regexLiteral(String text) {
        StringBuilder regex = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (REGEX_SPECIALS.indexOf(c) >= 0) {
                regex.append('\\');
            }
            regex.append(c);
        }
        return regex.toString();
    }

    private static String globToRegex(String glob) {
        StringBuilder regex = new StringBuilder("^");
        for (char c : glob.toCharArray()) {
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (REGEX_SPECIALS.indexOf(c) >= 0) {
                regex.append('\\').append(c);
            } else {
                regex.append(c);
            }
        }
        return regex.append('$').toString();
    }

    private static Optional<Mapped> kubernetesObject(StixPattern pattern) {
        for (StixPattern.Comparison c : pattern.comparisons()) {
            String type = c.objectType();
            boolean apiRequest = type.equals(API_REQUEST);
            if (!apiRequest && !(type.startsWith("kubernetes-") || type.startsWith("x-kubernetes-"))
                    || type.equals(EVENT)) {
                continue;
            }
            Map<String, String> params = new LinkedHashMap<>();
            String assumption = null;
            List<String> verbs = verbs(pattern, type);
            if (verbs.isEmpty()) {
                verbs = List.of("create");
                assumption = "the pattern names a Kubernetes object but no verb: watching its creation";
            }
            params.put("verbs", String.join(",", verbs));
            String resource = apiRequest ? value(pattern, type, "resource").orElse(null) : plural(type);
            if (resource == null) {
                continue;
            }
            params.put("resource", resource);
            for (String[] key : new String[][] {{"subresource", "subresource"}, {"namespace", "namespace"},
                    {"name", "name"}, {"username", "user"}, {"metadata.namespace", "namespace"},
                    {"metadata.name", "name"}}) {
                value(pattern, type, key[0]).ifPresent(v -> params.putIfAbsent(key[1], v));
            }
            like(pattern, type, "name").ifPresent(v -> params.putIfAbsent("name", v));
            like(pattern, type, "namespace").ifPresent(v -> params.putIfAbsent("namespace", v));
            return Optional.of(new Mapped(TripwireKind.AUDIT, params, assumption));
        }
        return Optional.empty();
    }

    private static List<String> verbs(StixPattern pattern, String type) {
        StixPattern.Comparison verb = pattern.find(type, "verb");
        if (verb == null || verb.value() == null) {
            return List.of();
        }
        return "IN".equals(verb.operator()) ? StixPattern.listValues(verb.value()) : List.of(verb.value());
    }

    /** {@code kubernetes-persistent-volume} -> {@code persistentvolumes}, {@code x-kubernetes-network-policy} -> {@code networkpolicies}. */
    static String plural(String type) {
        String kind = type.replaceFirst("^x-", "").replaceFirst("^kubernetes-", "").replace("-", "")
                .toLowerCase(Locale.ROOT);
        if (kind.isEmpty()) {
            return null;
        }
        if (kind.endsWith("s") || kind.endsWith("x")) {
            return kind + "es";
        }
        if (kind.endsWith("y") && !kind.endsWith("ay") && !kind.endsWith("ey")) {
            return kind.substring(0, kind.length() - 1) + "ies";
        }
        return kind + "s";
    }

    private static Optional<String> value(StixPattern pattern, String type, String property) {
        StixPattern.Comparison c = pattern.find(type, property);
        return c != null && "=".equals(c.operator()) && c.value() != null ? Optional.of(c.value()) : Optional.empty();
    }

    private static Optional<String> like(StixPattern pattern, String type, String property) {
        StixPattern.Comparison c = pattern.find(type, property);
        return c != null && "LIKE".equals(c.operator()) && c.value() != null
                ? Optional.of(c.value().replace('%', '*')) : Optional.empty();
    }

    private static String falcoString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    private static List<String> split(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Optional<String> first(String list) {
        return split(list).stream().findFirst();
    }

    private static String orAny(String value) {
        return value == null ? "" : value;
    }

    private static String digits(String value) {
        return value.chars().allMatch(Character::isDigit) ? value : "0";
    }
}
