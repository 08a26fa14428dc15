package io.stormcenter.workbench.honeycluster;

import java.util.List;
import java.util.Map;

/**
 * What the compiler knows of a kernel function it hooks: whether it is a syscall, the argument
 * types Tetragon should read (as in the KSC demo's policies), and which argument carries a file
 * path and which a socket, so {@code path} and {@code address} parameters become matchArgs.
 *
 * @param pathArg index of the argument a {@code path} parameter compares, or -1
 * @param sockArg index of the socket argument an {@code address} parameter compares, or -1
 */
record KprobeShape(boolean syscall, List<String> argTypes, int pathArg, int sockArg) {

    private static final Map<String, KprobeShape> KNOWN = Map.ofEntries(
            Map.entry("security_file_permission", new KprobeShape(false, List.of("file", "int"), 0, -1)),
            Map.entry("security_file_open", new KprobeShape(false, List.of("file"), 0, -1)),
            Map.entry("fd_install", new KprobeShape(false, List.of("int", "file"), 1, -1)),
            Map.entry("sys_execve", new KprobeShape(true, List.of("string"), 0, -1)),
            Map.entry("sys_openat", new KprobeShape(true, List.of("int", "string", "int"), 1, -1)),
            Map.entry("sys_symlinkat", new KprobeShape(true, List.of("string", "int", "string"), 0, -1)),
            Map.entry("sys_linkat", new KprobeShape(true, List.of("int", "string", "int", "string"), 1, -1)),
            Map.entry("sys_mount", new KprobeShape(true, List.of("string", "string", "string"), 1, -1)),
            Map.entry("sys_setns", new KprobeShape(true, List.of("int", "int"), -1, -1)),
            Map.entry("sys_unshare", new KprobeShape(true, List.of("int"), -1, -1)),
            Map.entry("sys_ptrace", new KprobeShape(true, List.of("int", "int"), -1, -1)),
            Map.entry("sys_init_module", new KprobeShape(true, List.of(), -1, -1)),
            Map.entry("sys_finit_module", new KprobeShape(true, List.of("int"), -1, -1)),
            Map.entry("inet_csk_accept", new KprobeShape(false, List.of("sock"), -1, 0)),
            Map.entry("tcp_connect", new KprobeShape(false, List.of("sock"), -1, 0)),
            Map.entry("tcp_close", new KprobeShape(false, List.of("sock"), -1, 0)),
            // LSM hook: (const struct path *dir, struct dentry *dentry, const char *old_name): old_name is the target
            Map.entry("security_path_symlink", new KprobeShape(false, List.of("path", "dentry", "string"), 2, -1)),
            Map.entry("commit_creds", new KprobeShape(false, List.of(), -1, -1)));

    /** What a platform team would call a policy on each hook (the name says what it watches, not why). */
    private static final Map<String, String> WATCHES = Map.ofEntries(
            Map.entry("security_file_permission", "file-access"), Map.entry("security_file_open", "file-open"),
            Map.entry("fd_install", "file-descriptors"), Map.entry("sys_execve", "process-exec"),
            Map.entry("sys_openat", "file-open"), Map.entry("sys_symlinkat", "file-links"),
            Map.entry("sys_linkat", "file-links"), Map.entry("security_path_symlink", "file-links"),
            Map.entry("sys_mount", "mounts"), Map.entry("sys_setns", "namespace-changes"),
            Map.entry("sys_unshare", "namespace-changes"), Map.entry("sys_ptrace", "ptrace"),
            Map.entry("sys_init_module", "kernel-modules"), Map.entry("sys_finit_module", "kernel-modules"),
            Map.entry("inet_csk_accept", "tcp-accept"), Map.entry("tcp_connect", "tcp-connect"),
            Map.entry("tcp_close", "tcp-close"), Map.entry("commit_creds", "credential-changes"));

    /** A policy name's "what it watches" part for a hook: a known one's, else the function's own name. */
    static String watches(String function) {
        String known = WATCHES.get(function);
        if (known != null) {
            return known;
        }
        String slug = function.toLowerCase(java.util.Locale.ROOT).replaceAll("^(__)?(x64_|arm64_)?sys_", "syscall-")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "kprobes" : slug;
    }

    /** The shape of a known function; an unknown one is hooked without arguments (syscall if named {@code sys_*}). */
    static KprobeShape of(String function) {
        KprobeShape known = KNOWN.get(function);
        return known != null ? known : new KprobeShape(function.startsWith("sys_"), List.of(), -1, -1);
    }

    static boolean isKnown(String function) {
        return KNOWN.containsKey(function);
    }

    /** Whether the path argument is resolved by the kernel ({@code file}, {@code path}) or passed as typed ({@code string}). */
    boolean pathResolved() {
        return pathArg >= 0 && !"string".equals(argTypes.get(pathArg));
    }

    /**
     * The oldest Tetragon that loads a policy reading these arguments, checked against Tetragon's
     * own history (cilium/tetragon): the {@code dentry} type arrived in commit 7d9a799b3, first
     * released in v1.4.0 (an older agent refuses the whole policy); the other types the compiler
     * uses ({@code int string file path sock}, pkg/generictypes) date from v0.8.0, and what else it
     * writes (TracingPolicyNamespaced v0.9.0, podSelector and DAddr on a sock v0.10.0) is older
     * than 1.0 too. TetragonMinimumVersionTest holds the list.
     */
    String minimumTetragon() {
        return argTypes.contains("dentry") ? "1.4" : "1.0";
    }
}
