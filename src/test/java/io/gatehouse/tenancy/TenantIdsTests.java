package io.gatehouse.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class TenantIdsTests {

    /** The rule as a DNS label pattern, to compare the hand-written check with. */
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    @Test
    void isValidWhenDnsLabelThenTrue() {
        assertThat(List.of("acme", "a", "7", "acme-2", "a-b-c", "x".repeat(63))).allMatch(TenantIds::isValid);
    }

    @Test
    void isValidWhenNotALowerCaseLabelThenFalse() {
        assertThat(List.of("", "-acme", "acme-", "-", "Acme", "ac_me", "ac.me", "acmé", "ac me", "x".repeat(64)))
                .noneMatch(TenantIds::isValid);
        assertThat(TenantIds.isValid(null)).isFalse();
    }

    @Test
    void isValidWhenAnyShortStringThenSameAnswerAsTheLabelPattern() {
        for (String id : shortStrings("az09-A_.é", 4)) {
            assertThat(TenantIds.isValid(id)).as("[%s]", id).isEqualTo(LABEL.matcher(id).matches());
        }
    }

    /** Every string of up to {@code max} characters from the alphabet. */
    private static List<String> shortStrings(String alphabet, int max) {
        List<String> all = new ArrayList<>(List.of(""));
        List<String> last = List.of("");
        for (int length = 1; length <= max; length++) {
            List<String> next = new ArrayList<>();
            for (String prefix : last) {
                for (char c : alphabet.toCharArray()) {
                    next.add(prefix + c);
                }
            }
            all.addAll(next);
            last = next;
        }
        return all;
    }
}
