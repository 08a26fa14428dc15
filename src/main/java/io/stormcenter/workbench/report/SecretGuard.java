package io.stormcenter.workbench.report;

import java.util.Set;

/**
 * The last line of defence: a report whose text would contain a honeytoken value, a planted token or
 * a kubeconfig credential is not written. The message never repeats the value.
 */
final class SecretGuard {

    /** Shorter values ("a", "x1") would match ordinary words; real credentials are longer. */
    private static final int SHORTEST = 6;

    private SecretGuard() {
    }

    static void check(String text, Set<String> secrets) throws ReportException {
        int found = 0;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= SHORTEST && text.contains(secret)) {
                found++;
            }
        }
        if (found > 0) {
            throw new ReportException("the report would print " + found + (found == 1 ? " secret" : " secrets")
                    + " (a honeytoken value, a token or a credential); nothing was written", null);
        }
    }
}
