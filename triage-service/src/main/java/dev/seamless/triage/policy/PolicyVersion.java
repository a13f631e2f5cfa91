package dev.seamless.triage.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The version stamped on every decision: the configured policy name plus a hash of the effective settings, so that
 * a changed threshold shows even when nobody renamed the policy, and equal settings always give the same version.
 */
public record PolicyVersion(String value) {

    public static PolicyVersion of(String name, Map<String, String> settings) {
        StringBuilder canonical = new StringBuilder();
        new TreeMap<>(settings).forEach((key, value) -> canonical.append(key).append('=').append(value)
                .append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return new PolicyVersion(name + "+" + HexFormat.of().formatHex(digest, 0, 4));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
