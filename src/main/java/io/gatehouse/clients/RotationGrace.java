package io.gatehouse.clients;

import java.time.Duration;

/** How long the previous secret keeps working after a rotation. */
public enum RotationGrace {
    NONE("None — the old secret stops working now", Duration.ZERO),
    ONE_HOUR("1 hour", Duration.ofHours(1)),
    ONE_DAY("1 day", Duration.ofDays(1)),
    SEVEN_DAYS("7 days", Duration.ofDays(7));

    private final String label;
    private final Duration duration;

    RotationGrace(String label, Duration duration) {
        this.label = label;
        this.duration = duration;
    }

    public String label() {
        return label;
    }

    public Duration duration() {
        return duration;
    }
}
