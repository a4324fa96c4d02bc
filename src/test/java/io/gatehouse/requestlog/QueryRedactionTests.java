package io.gatehouse.requestlog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryRedactionTests {

    @Test
    void redactWhenNoCredentialThenQueryKeptAsSent() {
        assertThat(QueryRedaction.redact("expand=lines&limit=100&updatedAt%5Bgte%5D=2026-01-01&flag"))
                .isEqualTo("expand=lines&limit=100&updatedAt%5Bgte%5D=2026-01-01&flag");
        assertThat(QueryRedaction.redact("")).isNull();
        assertThat(QueryRedaction.redact(null)).isNull();
    }

    @Test
    void redactWhenNameSaysCredentialThenValueReplacedWhateverItsCaseOrEncoding() {
        assertThat(QueryRedaction.redact("client_secret=abc&Access_Token=def&x-API-KEY=ghi&limit=5"))
                .isEqualTo("client_secret=[redacted]&Access_Token=[redacted]&x-API-KEY=[redacted]&limit=5");
        assertThat(QueryRedaction.redact("my%5Fpassword=abc&a%0Atoken=def&apikey=1"))
                .isEqualTo("my%5Fpassword=[redacted]&a%0Atoken=[redacted]&apikey=[redacted]");
    }

    @Test
    void redactWhenValueLooksLikeGatehouseCredentialThenReplacedUnderAnyName() {
        assertThat(QueryRedaction.redact("q=gat_abc123&note=Bearer+GCS_xyz&id=%67ut_123&name=gatekeeper"))
                .isEqualTo("q=[redacted]&note=[redacted]&id=[redacted]&name=gatekeeper");
    }

    @Test
    void redactWhenCredentialSpelledOnlyInEncodedFormThenStillReplaced() {
        assertThat(QueryRedaction.redact("pass%77ord=abc&%74oken=def&q=%67at_x&limit=5"))
                .isEqualTo("pass%77ord=[redacted]&%74oken=[redacted]&q=[redacted]&limit=5");
        assertThat(QueryRedaction.redact("note=a+b&SIGNATURE=xyz"))
                .isEqualTo("note=a+b&SIGNATURE=[redacted]");
    }

    @Test
    void redactWhenNameOnlyStartsLikeCredentialThenKept() {
        assertThat(QueryRedaction.redact("passport=1&apple=2&sort=asc&tok=3&pw=4&gatsby=5"))
                .isEqualTo("passport=1&apple=2&sort=asc&tok=3&pw=4&gatsby=5");
    }

    @Test
    void redactWhenNameSpellsCredentialWithLettersThatFoldToItsOwnThenReplaced() {
        // The long s (U+017F) and the Kelvin sign (U+212A) fold to 's' and 'k' when case is ignored.
        assertThat(QueryRedaction.redact("a\u017f\u017fertion=abc&api_\u212aey=def&limit=5"))
                .isEqualTo("a\u017f\u017fertion=[redacted]&api_\u212aey=[redacted]&limit=5");
    }
}
