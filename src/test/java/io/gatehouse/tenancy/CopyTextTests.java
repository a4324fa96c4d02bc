package io.gatehouse.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The bytes a COPY sends, checked exactly: what PostgreSQL reads back is checked by {@link TenantJdbcInsertAllTests}
 * and {@link CopyConnectionTests} on PostgreSQL.
 */
class CopyTextTests {

    @Test
    void ofWhenValuesOfEveryKindThenOneEscapedLinePerRowLedByTenant() {
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 30, 7, 5, 9, 123_456_000, ZoneOffset.UTC);
        UUID id = UUID.fromString("01a22a6c-bac3-7fc7-9c97-265877a8f0fb");
        List<Object[]> rows = List.of(
                new Object[] {1L, "plain", at, null, true, id},
                new Object[] {-42, "tab\there, line\nend\r, back\\slash", at.withNano(0), (short) 7, false, null});

        assertThat(CopyText.of("acme", rows).toString()).isEqualTo(
                "acme\t1\tplain\t2026-11-30T07:05:09.123456000+00:00\t\\N\ttrue"
                        + "\t01a22a6c-bac3-7fc7-9c97-265877a8f0fb\n"
                        + "acme\t-42\ttab\\there, line\\nend\\r, back\\\\slash\t2026-11-30T07:05:09+00:00\t7\tfalse"
                        + "\t\\N\n");
    }

    @Test
    void ofWhenTextOutsideAsciiThenUtf8AsJavaEncodesIt() {
        String text = "Grüße – 修理 🔧 and a lone \uD800 surrogate";

        CopyText copy = CopyText.of("acme", List.<Object[]>of(new Object[] {text}));

        byte[] expected = ("acme\t" + text + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(Arrays.copyOf(copy.bytes(), copy.length())).isEqualTo(expected);
    }

    @Test
    void ofWhenNumbersAtTheirLimitsThenAsJavaPrintsThem() {
        List<Object[]> rows = List.<Object[]>of(new Object[] {0L, 9L, 10L, Long.MAX_VALUE, Long.MIN_VALUE,
                Integer.MIN_VALUE, new BigDecimal("12.50"), 2.5d});

        assertThat(CopyText.of("t", rows).toString()).isEqualTo("t\t0\t9\t10\t9223372036854775807"
                + "\t-9223372036854775808\t-2147483648\t12.50\t2.5\n");
    }

    @Test
    void ofWhenTimesWithOffsetsOrOutsideFourDigitYearsThenIso8601WithOffset() {
        OffsetDateTime india = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 7, ZoneOffset.ofHoursMinutes(5, 30));
        OffsetDateTime odd = OffsetDateTime.of(1, 12, 31, 23, 59, 59, 0, ZoneOffset.ofHoursMinutesSeconds(-1, -2, -3));
        OffsetDateTime far = OffsetDateTime.of(12026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        Instant instant = Instant.parse("2026-11-30T07:05:09.5Z");
        Instant farInstant = Instant.parse("+12026-01-01T00:00:00Z");

        assertThat(CopyText.of("t", List.<Object[]>of(new Object[] {india, odd, far, instant, farInstant})).toString())
                .isEqualTo("t\t2026-01-02T03:04:05.000000007+05:30\t0001-12-31T23:59:59-01:02:03"
                        + "\t+12026-01-01T00:00Z\t2026-11-30T07:05:09.500000000+00:00\t+12026-01-01T00:00:00Z\n");
    }

    @Test
    void ofWhenInstantsOfFourDigitYearsThenSameTextAsAtUtcOffset() {
        Random random = new Random(20261130);
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.EPOCH.minusNanos(1),
                Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("2024-02-29T12:00:00Z"), Instant.parse("2000-03-01T00:00:00Z"),
                Instant.parse("1900-02-28T23:59:59Z")));
        long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 10_000; i++) {
            instants.add(Instant.ofEpochSecond(first + (long) (random.nextDouble() * (last - first)),
                    random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000_000)));
        }

        for (Instant instant : instants) {
            assertThat(CopyText.of("t", List.<Object[]>of(new Object[] {instant})).toString()).as(instant.toString())
                    .isEqualTo(CopyText.of("t", List.<Object[]>of(new Object[] {instant.atOffset(ZoneOffset.UTC)}))
                            .toString());
        }
    }

    @Test
    void ofWhenManyRowsOutgrowFirstBufferThenEveryByteKept() {
        List<Object[]> rows = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            String text = "修".repeat(i);
            rows.add(new Object[] {(long) i, text});
            expected.append("t\t").append(i).append('\t').append(text).append('\n');
        }

        assertThat(CopyText.of("t", rows).toString()).isEqualTo(expected.toString());
    }

    @Test
    void ofWhenValueHasNoTextFormThenRefused() {
        assertThatThrownBy(() -> CopyText.of("t", List.<Object[]>of(new Object[] {new Object()})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No COPY text for a Object");
    }
}
