package io.stormcenter.workbench.telemetry;

import io.stormcenter.workbench.format.AtomicFileWrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The receiver's bearer token: read from its file, or made (256 random bits) and written there,
 * owner-only, on first use. Never printed: {@link #toString()} says only that it is a token.
 */
public final class BearerToken {

    private final byte[] value;

    private BearerToken(String value) {
        this.value = value.getBytes(StandardCharsets.UTF_8);
    }

    public static BearerToken of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a bearer token cannot be empty");
        }
        return new BearerToken(value.strip());
    }

    /** The token in the file, or a new one written to it when the file does not exist. */
    public static BearerToken fromFile(Path file, SecureRandom random) throws IOException {
        if (Files.exists(file)) {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                throw new IOException(file + ": the token file is empty");
            }
            return new BearerToken(text);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        AtomicFileWrite.replacePrivately(file, (token + "\n").getBytes(StandardCharsets.UTF_8));
        return new BearerToken(token);
    }

    /** Whether an {@code Authorization} header carries this token; in constant time. */
    boolean authorizes(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] offered = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(value, offered);
    }

    /** The token itself, for the webhook kubeconfig only. */
    String reveal() {
        return new String(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "bearer token (hidden)";
    }
}
