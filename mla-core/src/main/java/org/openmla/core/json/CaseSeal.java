package org.openmla.core.json;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openmla.core.InvalidValueException;

/**
 * A host's key for sealing case documents with HMAC-SHA-256 ({@code javax.crypto}). A sealed document carries
 * {@code seal: {keyId, mac}}, the MAC of its case id, version and the hash of its last history entry (which commits to
 * every entry before it), so that a document changed and re-chained by someone without the key is rejected when read
 * with the key. See docs/json-format.md for what is and is not detected.
 *
 * <p>The key is copied in and never leaves: {@link #toString()} shows the key id only, and no message or log line
 * contains the key or a MAC computed with it. Immutable and thread-safe. Keys shorter than 32 bytes are refused.
 */
public final class CaseSeal {
    /** The shortest key accepted, in bytes. */
    public static final int MIN_KEY_BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";

    private final String keyId;
    private final byte[] key;

    private CaseSeal(String keyId, byte[] key) {
        this.keyId = keyId;
        this.key = key;
    }

    /**
     * @param keyId a name for the key, written in the document so that a host can rotate keys (not secret; letters,
     *     digits, {@code .}, {@code _}, {@code -}, at most 64)
     * @param key the secret, at least {@value #MIN_KEY_BYTES} bytes; copied
     * @return the seal
     * @throws InvalidValueException if the key id is not of that form or the key is too short
     */
    public static CaseSeal hmacSha256(String keyId, byte[] key) {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(key, "key");
        if (!keyId.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new InvalidValueException("CaseSeal.keyId", "must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        if (key.length < MIN_KEY_BYTES) {
            throw new InvalidValueException("CaseSeal.key", "must be at least " + MIN_KEY_BYTES + " bytes");
        }
        return new CaseSeal(keyId, key.clone());
    }

    /** @return the key's name, as written in sealed documents */
    public String keyId() {
        return keyId;
    }

    /** @return the MAC, lower-case hex, of the text in UTF-8 */
    String mac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available in this JVM", e);
        }
    }

    /** @return whether the MAC of the text is the one given, compared in constant time */
    boolean verifies(String text, String givenMac) {
        return MessageDigest.isEqual(mac(text).getBytes(StandardCharsets.US_ASCII), givenMac.getBytes(StandardCharsets.US_ASCII));
    }

    /** Two seals are equal if they have the same key id and key. */
    @Override
    public boolean equals(Object o) {
        return o instanceof CaseSeal s && s.keyId.equals(keyId) && MessageDigest.isEqual(s.key, key);
    }

    @Override
    public int hashCode() {
        return keyId.hashCode();
    }

    /** @return the key id and algorithm, never the key */
    @Override
    public String toString() {
        return "CaseSeal[" + keyId + ", HMAC-SHA-256]";
    }
}
