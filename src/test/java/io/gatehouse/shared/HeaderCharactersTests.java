package io.gatehouse.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/** The firewall's header checks answer as Spring Security's own patterns do, character by character. */
class HeaderCharactersTests {

    private static final List<String> MIXED = List.of("", "Bearer gat_abc", "a\tb", "\t", "Mozilla/5.0 (X11)",
            "caf\u00e9", "abc\u0085", "\u0085abc", "abc\u007f", "abc\u0000", "abc\r\nX: y", "x\ud83d\ude00y",
            "x\ud83dy", "x\ude00", "\u0378", "ok\u0378", "\ue000", "\ufffe", "\uffff", "\udb7f\udfff",
            "\udbc0\udc00", "A\u2028B", "\u00a0");

    @Test
    void allowedInNameWhenAnyCodePointThenSameAnswerAsSpringSecurity() {
        assertSameForEveryCodePoint(HeaderCharacters::allowedInName, StrictHttpFirewall.ALLOWED_HEADER_NAMES);
    }

    @Test
    void allowedInValueWhenAnyCodePointThenSameAnswerAsSpringSecurity() {
        assertSameForEveryCodePoint(HeaderCharacters::allowedInValue, StrictHttpFirewall.ALLOWED_HEADER_VALUES);
    }

    @Test
    void allowedWhenMixedTextThenSameAnswerAsSpringSecurity() {
        for (String text : MIXED) {
            assertThat(HeaderCharacters.allowedInName(text)).as("name [%s]", text)
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(text));
            assertThat(HeaderCharacters.allowedInValue(text)).as("value [%s]", text)
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(text));
        }
    }

    @Test
    void allowedWhenTabThenOnlyInValue() {
        assertThat(HeaderCharacters.allowedInValue("Bearer\tgat_abc")).isTrue();
        assertThat(HeaderCharacters.allowedInName("X-\tName")).isFalse();
    }

    /** Each code point alone, then after printable ASCII (the fast path hands over mid-string). */
    private static void assertSameForEveryCodePoint(Predicate<String> ours, Predicate<String> spring) {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String alone = Character.toString(codePoint);
            assertThat(ours.test(alone)).as("U+%04X", codePoint).isEqualTo(spring.test(alone));
            if (codePoint < 0x3000 || codePoint % 97 == 0) {
                String after = "abc" + alone + "d";
                assertThat(ours.test(after)).as("abc U+%04X d", codePoint).isEqualTo(spring.test(after));
            }
        }
    }
}
