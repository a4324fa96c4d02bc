package io.gatehouse.tenancy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Rows in the text format of PostgreSQL's {@code COPY … FROM STDIN}, as the UTF-8 bytes the driver sends: one line
 * per row, columns separated by tabs, {@code \N} for null, and backslash, tab, newline and carriage return escaped
 * with a backslash. Written straight into one byte array: no string per value, no text copied to a string and then
 * to bytes again (decisions §38).
 */
final class CopyText {

    private static final byte[] NULL = {'\\', 'N'};
    private static final long SECONDS_PER_DAY = 86_400;
    private static final long DAYS_PER_ERA = 146_097;
    private static final long DAYS_0000_03_01_TO_EPOCH = 719_468;
    /** Four-digit years only; others are written by their own {@code toString}. */
    private static final long FIRST_SECOND_0000 = -62_167_219_200L;
    private static final long FIRST_SECOND_10000 = 253_402_300_800L;

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
        else if (value instanceof Instant instant && instant.getEpochSecond() >= FIRST_SECOND_0000
                && instant.getEpochSecond() < FIRST_SECOND_10000) {
            instant(instant);
        }
        else if (value instanceof Number || value instanceof Boolean || value instanceof OffsetDateTime
                || value instanceof Instant || value instanceof UUID) {
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

    private void time(OffsetDateTime time) {
        dateTime(time.getYear(), time.getMonthValue(), time.getDayOfMonth(), time.getHour(), time.getMinute(),
                time.getSecond(), time.getNano(), time.getOffset().getTotalSeconds());
    }

    /**
     * In UTC, from the epoch second by arithmetic: {@code Instant.atOffset} would build an {@code OffsetDateTime},
     * its date and time, and on Java 17 new zone rules, some 250 bytes per value.
     */
    private void instant(Instant instant) {
        long seconds = instant.getEpochSecond();
        long days = Math.floorDiv(seconds, SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        // The proleptic Gregorian date of a day count (eras of 400 years, years from March), as LocalDate does.
        long shifted = days + DAYS_0000_03_01_TO_EPOCH;
        long era = Math.floorDiv(shifted, DAYS_PER_ERA);
        long dayOfEra = shifted - era * DAYS_PER_ERA;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthFromMarch = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
        int month = (int) (monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        dateTime((int) year, month, day, secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60,
                instant.getNano(), 0);
    }

    /** {@code 2026-11-30T07:31:37.123456789+01:00}: ISO 8601 as PostgreSQL reads it, the nanoseconds in full. */
    private void dateTime(int year, int month, int day, int hour, int minute, int second, int nano, int offset) {
        ensure(40); // at most 38 bytes: what follows writes into reserved room
        digits(year, 4);
        reserved('-');
        digits(month, 2);
        reserved('-');
        digits(day, 2);
        reserved('T');
        digits(hour, 2);
        reserved(':');
        digits(minute, 2);
        reserved(':');
        digits(second, 2);
        if (nano != 0) {
            reserved('.');
            digits(nano, 9);
        }
        reserved(offset < 0 ? '-' : '+');
        int abs = Math.abs(offset);
        digits(abs / 3600, 2);
        reserved(':');
        digits(abs / 60 % 60, 2);
        if (abs % 60 != 0) {
            reserved(':');
            digits(abs % 60, 2);
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
        reserved(c);
    }

    /** An ASCII character into room already {@link #ensure ensured}. */
    private void reserved(char c) {
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
