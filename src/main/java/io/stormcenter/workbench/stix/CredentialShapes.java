package io.stormcenter.workbench.stix;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a credential looks like in a command line or a path, whoever's it is: a JWT (every Kubernetes
 * service account token is one), a bearer or basic authorization, a PEM block, the password in a URL,
 * the value of an option or variable named for a secret ({@code --token=}, {@code PGPASSWORD=},
 * {@code aws_secret_access_key=}), an AWS access key id. Only these shapes are cut: a long argument is
 * not a secret for being long, and a path given to a secret-named option ({@code --token-file=/var/run/...})
 * is where a secret lies, not the secret, so it stays.
 */
final class CredentialShapes {

    private static final String CUT = Anonymiser.REDACTED;

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN [A-Z0-9 ]+-----.*?(?:-----END [A-Z0-9 ]+-----|$)", Pattern.DOTALL);
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*");
    private static final Pattern AUTHORIZATION = Pattern.compile("(?i)\\b((?:bearer|basic)\\s+)[A-Za-z0-9._~+/=-]+");
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(\\b[a-z][a-z0-9+.-]*://[^\\s/:@]*:)[^\\s/@]+(@)");
    private static final String SECRET_WORD = "(?:token|password|passwd|pwd|secret|api[-_]?key|access[-_]?key"
            + "|private[-_]?key|client[-_]?key|credentials?)";
    /** NAME=VALUE or NAME: VALUE, where the name (an option, a variable, a header) speaks of a secret. */
    private static final Pattern NAMED_VALUE = Pattern.compile(
            "(?i)((?<![\\w.])-{0,2}[\\w.-]*" + SECRET_WORD + "[\\w.-]*(?:=|:\\s*))(['\"]?)(?![/~.]|\\[redacted])([^\\s'\"]+)");
    /**
     * --password VALUE, aws_secret_access_key VALUE: an option or a variable-like name (with an underscore)
     * named for a secret, with its value as the next word; not a bare word ({@code create secret generic}).
     */
    private static final Pattern OPTION_VALUE = Pattern.compile(
            "(?i)((?<![\\w.])(?:-{1,2}[\\w-]*" + SECRET_WORD + "|\\w*_" + SECRET_WORD + "|" + SECRET_WORD + "_\\w*)"
            + "[\\w-]*\\s+)(['\"]?)(?![-/~.]|\\[redacted])([^\\s'\"]+)");
    /** curl -u USER:PASSWORD and the like. */
    private static final Pattern USER_PASSWORD = Pattern.compile("((?<![\\w.])(?:-u|--user)\\s+['\"]?[^\\s:'\"]+:)([^\\s'\"]+)");
    private static final Pattern AWS_KEY_ID = Pattern.compile("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b");

    private static final List<Pattern> WHOLE = List.of(PEM, JWT, AWS_KEY_ID);

    private CredentialShapes() {
    }

    static String cut(String text) {
        String out = text;
        for (Pattern shape : WHOLE) {
            out = shape.matcher(out).replaceAll(CUT);
        }
        out = AUTHORIZATION.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(CUT));
        out = URL_PASSWORD.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(CUT) + "$2");
        out = NAMED_VALUE.matcher(out).replaceAll("$1$2" + Matcher.quoteReplacement(CUT));
        out = OPTION_VALUE.matcher(out).replaceAll("$1$2" + Matcher.quoteReplacement(CUT));
        out = USER_PASSWORD.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(CUT));
        return out;
    }
}
