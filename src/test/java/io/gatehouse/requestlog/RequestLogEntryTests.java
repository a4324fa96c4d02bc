package io.gatehouse.requestlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class RequestLogEntryTests {

    @Test
    void entryWhenValuesWiderThanTheirColumnsThenCutToThem() {
        RequestLogEntry entry = new RequestLogEntry("acme", "id", Instant.now(), 1L, null, null,
                "M".repeat(20), "/p".repeat(1500), "q".repeat(5000), 200, 1, 1, "1".repeat(70), "a".repeat(600),
                "c".repeat(70), "x".repeat(1200));

        assertThat(entry.method()).hasSize(16);
        assertThat(entry.path()).hasSize(2000);
        assertThat(entry.query()).hasSize(4000);
        assertThat(entry.ip()).hasSize(64);
        assertThat(entry.userAgent()).hasSize(500);
        assertThat(entry.reasonCode()).hasSize(64);
        assertThat(entry.reasonSentence()).hasSize(1000);
    }

    @Test
    void entryWhenValuesFitOrAbsentThenKeptAsTheyAre() {
        RequestLogEntry entry = new RequestLogEntry("acme", "id", Instant.now(), 1L, null, null, "GET",
                "/api/v3/orders", null, 200, 1, 1, "127.0.0.1", null, null, null);

        assertThat(entry.method()).isEqualTo("GET");
        assertThat(entry.path()).isEqualTo("/api/v3/orders");
        assertThat(entry.sessionId()).isNull();
        assertThat(entry.query()).isNull();
    }
}
