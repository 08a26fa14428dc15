package io.stormcenter.workbench.sensor;

import java.util.Map;

/**
 * One argument of a kprobe, tracepoint or LSM event.
 *
 * @param type   the JSON key that carried it ({@code string_arg}, {@code int_arg}, {@code file_arg},
 *               {@code path_arg}, {@code sock_arg} ...)
 * @param value  the argument as text: the scalar itself, or for an object its most telling field
 *               (a file's {@code path}, a socket's {@code daddr})
 * @param fields the fields of an object argument as text; empty for a scalar
 */
public record TetragonArg(String type, String value, Map<String, String> fields) {

    public TetragonArg {
        fields = FrozenTexts.immutable(fields);
    }

    /** The file path of a {@code file_arg}/{@code path_arg}, or null. */
    public String path() {
        return fields.get("path");
    }

    /** The destination address of a {@code sock_arg}/{@code sockaddr_arg}, or null. */
    public String destinationAddress() {
        return fields.get("daddr");
    }
}
