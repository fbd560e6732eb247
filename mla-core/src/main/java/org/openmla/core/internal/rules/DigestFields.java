package org.openmla.core.internal.rules;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The field encoding of {@link InputDigest}'s stream: each field its name and its value text as UTF-8, each preceded
 * by its length as four bytes, big-endian, gathered in one buffer per thread and handed to the digest in bulk. One
 * instance per digest; not thread-safe.
 */
final class DigestFields {
    /** A buffer per thread, reused while it stays small. */
    private static final int KEEP_BUFFER = 64 * 1024;
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[8192]);

    private byte[] buf;
    private int size;
    private int valueStart;
    private char pendingHigh;
    private Instant lastAt;
    private String lastAtText;

    DigestFields() {
        buf = BUFFER.get();
    }

    /** Hands the encoded fields to the digest and keeps the buffer for the thread's next digest. */
    void drainTo(MessageDigest sha) {
        sha.update(buf, 0, size);
        size = 0;
        if (buf.length <= KEEP_BUFFER) {
            BUFFER.set(buf);
        }
    }

    /** @return the instant's text; assessments made together share an instant, so the last one is kept */
    String instant(Instant at) {
        if (!at.equals(lastAt)) {
            lastAt = at;
            lastAtText = at.toString();
        }
        return lastAtText;
    }

    /** A field whose value text is {@code "=" + value}, or for an {@link Optional} {@code "+" + content} or {@code "-"}. */
    void field(String fieldName, Object value) {
        name(fieldName);
        if (value instanceof Optional<?> o) {
            if (o.isPresent()) {
                open('+').text(o.get()).close();
            } else {
                absent();
            }
        } else {
            open('=').text(value).close();
        }
    }

    void name(String fieldName) {
        int at = size;
        ensure(4);
        size += 4;
        text(fieldName);
        flushPending();
        putLength(at, size - at - 4);
    }

    void absent() {
        open('-').close();
    }

    /** Starts a value text with its one-character marker. */
    DigestFields open(char marker) {
        valueStart = size;
        ensure(5);
        size += 4;
        buf[size++] = (byte) marker;
        return this;
    }

    /** Ends the value text begun by {@link #open(char)}, writing its length in front of it. */
    void close() {
        flushPending();
        putLength(valueStart, size - valueStart - 4);
    }

    DigestFields text(Object value) {
        return text(String.valueOf(value));
    }

    /** Appends UTF-8 as {@link String#getBytes} encodes the whole value text: an unpaired surrogate becomes {@code '?'}. */
    DigestFields text(String s) {
        int length = s.length();
        ensure(length * 3 + 4);
        byte[] b = buf;
        int n = size;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (pendingHigh != 0) {
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(pendingHigh, c);
                    pendingHigh = 0;
                    b[n++] = (byte) (0xF0 | (cp >> 18));
                    b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    b[n++] = (byte) (0x80 | (cp & 0x3F));
                    continue;
                }
                pendingHigh = 0;
                b[n++] = '?';
            }
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | (c >> 6));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)) {
                pendingHigh = c;
            } else if (Character.isLowSurrogate(c)) {
                b[n++] = '?';
            } else {
                b[n++] = (byte) (0xE0 | (c >> 12));
                b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        size = n;
        return this;
    }

    private void flushPending() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            ensure(1);
            buf[size++] = '?';
        }
    }

    private void putLength(int at, int length) {
        buf[at] = (byte) (length >>> 24);
        buf[at + 1] = (byte) (length >>> 16);
        buf[at + 2] = (byte) (length >>> 8);
        buf[at + 3] = (byte) length;
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }
}
