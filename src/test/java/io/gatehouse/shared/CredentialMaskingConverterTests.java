package io.gatehouse.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialMaskingConverterTests {

    @Test
    void maskWhenMessageHoldsCredentialsThenEachIsMaskedAndTheRestKept() {
        String message = "GET /api/v3/orders?access_token=gat_Ab-9_x&q=gut_Zz01 secret gcs_S3cr-et_ ok";

        assertThat(CredentialMaskingConverter.mask(message))
                .isEqualTo("GET /api/v3/orders?access_token=gat_[masked]&q=gut_[masked] secret gcs_[masked] ok");
    }

    @Test
    void maskWhenNoCredentialThenUnchanged() {
        assertThat(CredentialMaskingConverter.mask("order_line gate_keeper catalog_x")).isEqualTo(
                "order_line gate_keeper catalog_x");
        assertThat(CredentialMaskingConverter.mask(null)).isNull();
    }
}
