package io.stormcenter.workbench.honeycluster;

import java.util.ArrayList;
import java.util.List;

/**
 * File paths as the kernel reports them against paths as a modeller writes them. A {@code file}
 * or {@code path} argument is resolved by the kernel: {@code /var/run} is a symlink to {@code /run}
 * in most images, and a Secret, ConfigMap or projected service-account volume keeps its files in
 * a timestamped directory behind {@code ..data} symlinks (Kubernetes' atomic writer), so reading
 * {@code /var/run/secrets/kubernetes.io/serviceaccount/token} is reported as
 * {@code /run/secrets/kubernetes.io/serviceaccount/..2024_05_30_15_39_47.3115319183/token}.
 */
final class KernelPaths {

    private static final String SERVICE_ACCOUNT_DIR = "/run/secrets/kubernetes.io/serviceaccount/";

    private KernelPaths() {
    }

    /** The path with {@code /var/run} as {@code /run} and the atomic writer's {@code ..} directories left out. */
    static String normalize(String path) {
        if (path == null) {
            return null;
        }
        String p = path.startsWith("/var/run/") || path.equals("/var/run") ? path.substring("/var".length()) : path;
        if (!p.startsWith("..") && !p.contains("/..")) {
            return p; // the common case, matched on every event: no splitting, no copies
        }
        // by hand, not split and join: a service-account token's every read has such a directory
        StringBuilder kept = new StringBuilder(p.length());
        boolean first = true;
        int from = 0;
        while (from <= p.length()) {
            int slash = p.indexOf('/', from);
            int end = slash < 0 ? p.length() : slash;
            boolean atomicWriterDirectory = end - from > 2 && p.startsWith("..", from);
            if (!atomicWriterDirectory) {
                if (!first) {
                    kept.append('/');
                }
                kept.append(p, from, end);
                first = false;
            }
            from = end + 1;
        }
        return kept.toString();
    }

    /** As {@link #within}, for a reported path already normalized. */
    static boolean withinNormalized(String reported, String wanted) {
        String w = normalize(wanted);
        return reported != null && w != null && reported.startsWith(w);
    }

    /** Whether a reported path is at or under a trip-wire's path, both normalized. */
    static boolean within(String reported, String wanted) {
        String r = normalize(reported);
        String w = normalize(wanted);
        return r != null && w != null && r.startsWith(w);
    }

    /**
     * The values a kernel selector needs to see a trip-wire's paths. For a resolved argument
     * ({@code file}, {@code path}): {@code /run} for {@code /var/run}, and a file inside the
     * service-account volume watched as the volume's directory (the timestamped directory sits
     * between). For an argument as the process passed it ({@code string}): both spellings.
     */
    static List<String> selectorValues(List<String> paths, boolean resolved) {
        List<String> out = new ArrayList<>();
        for (String path : paths) {
            String kernel = normalize(path);
            if (resolved) {
                add(out, kernel.startsWith(SERVICE_ACCOUNT_DIR) ? SERVICE_ACCOUNT_DIR : kernel);
            } else {
                add(out, path);
                if (!kernel.equals(path)) {
                    add(out, kernel);
                }
            }
        }
        return List.copyOf(out);
    }

    private static void add(List<String> out, String value) {
        if (!out.contains(value)) {
            out.add(value);
        }
    }
}
