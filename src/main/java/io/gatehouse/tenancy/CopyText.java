package io.gatehouse.tenancy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Rows in the text format of PostgreSQL's {@code COPY … FROM STDIN}, as the UTF-8 bytes the driver sends: one line
 * per row, columns separated by tabs, {@code \N} for null, and backslash, tab, newline and carriage return escaped
 * with a backslash. Written straight into one byte array: no string per value, no text copied to a string and then
 * to bytes again (decisions §38).
 */
final class CopyText {

    private static final byte[] NULL = {'\\', 'N'};

    private byte[] bytes;
    private int length;

    private CopyText(int capacity) {
        this.bytes = new byte[capacity];
    }

    /** Each row's values in the order of its table's columns, every line led by the tenant. */
    static CopyText of(String tenant, List<Object[]> rows) {
        CopyText text = new CopyText(Math.max(256, rows.size() * 256));
        for (Object[] row : rows) {
            text.string(tenant);
            for (Object value : row) {
                text.put('\t');
                text.value(value);
            }
            text.put('\n');
        }
        return text;
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private void value(Object value) {
        if (value == null) {
            put(NULL);
        }
        else if (value instanceof String s) {
            string(s);
        }
        else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            number(((Number) value).longValue());
        }
        else if (value instanceof OffsetDateTime time && time.getYear() >= 0 && time.getYear() <= 9999) {
            time(time);
        }
        else if (value instanceof Number || value instanceof Boolean || value instanceof OffsetDateTime
                || value instanceof Instant) {
            // Their toString is what PostgreSQL reads; a time is ISO 8601 with its offset.
            string(value.toString());
        }
        else {
            throw new IllegalArgumentException("No COPY text for a " + value.getClass().getSimpleName());
        }
    }

    /** {@code s} in UTF-8, escaped; a lone surrogate becomes {@code ?}, as {@link String#getBytes} makes it. */
    private void string(String s) {
        ensure(s.length() * 3);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> escaped('\\');
                    case '\t' -> escaped('t');
                    case '\n' -> escaped('n');
                    case '\r' -> escaped('r');
                    default -> bytes[length++] = (byte) c;
                }
            }
            else if (c < 0x800) {
                bytes[length++] = (byte) (0xC0 | c >> 6);
                bytes[length++] = (byte) (0x80 | c & 0x3F);
            }
            else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                int point = Character.toCodePoint(c, s.charAt(++i));
                bytes[length++] = (byte) (0xF0 | point >> 18);
                bytes[length++] = (byte) (0x80 | point >> 12 & 0x3F);
                bytes[length++] = (byte) (0x80 | point >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | point & 0x3F);
            }
            else if (Character.isSurrogate(c)) {
                bytes[length++] = '?';
            }
            else {
                bytes[length++] = (byte) (0xE0 | c >> 12);
                bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | c & 0x3F);
            }
        }
    }

    /** Room was made for three bytes a character, so for an escape's two. */
    private void escaped(char c) {
        bytes[length++] = '\\';
        bytes[length++] = (byte) c;
    }

    private void number(long n) {
        if (n == Long.MIN_VALUE) {
            string(Long.toString(n)); // no positive twin to print
            return;
        }
        ensure(20);
        if (n < 0) {
            bytes[length++] = '-';
            n = -n;
        }
        int digits = 1;
        for (long rest = n / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = length + digits - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        length += digits;
    }

    /** {@code 2026-11-30T07:31:37.123456789+01:00}: ISO 8601 as PostgreSQL reads it, the nanoseconds in full. */
    private void time(OffsetDateTime time) {
        ensure(40);
        digits(time.getYear(), 4);
        put('-');
        digits(time.getMonthValue(), 2);
        put('-');
        digits(time.getDayOfMonth(), 2);
        put('T');
        digits(time.getHour(), 2);
        put(':');
        digits(time.getMinute(), 2);
        put(':');
        digits(time.getSecond(), 2);
        if (time.getNano() != 0) {
            put('.');
            digits(time.getNano(), 9);
        }
        int offset = time.getOffset().getTotalSeconds();
        put(offset < 0 ? '-' : '+');
        offset = Math.abs(offset);
        digits(offset / 3600, 2);
        put(':');
        digits(offset / 60 % 60, 2);
        if (offset % 60 != 0) {
            put(':');
            digits(offset % 60, 2);
        }
    }

    /** {@code value} in exactly {@code width} digits, zeros first. */
    private void digits(int value, int width) {
        for (int i = length + width - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += width;
    }

    private void put(char c) {
        ensure(1);
        bytes[length++] = (byte) c;
    }

    private void put(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, length, b.length);
        length += b.length;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
