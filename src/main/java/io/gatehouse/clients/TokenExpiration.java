package io.gatehouse.clients;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The "Token expiration" choice of the create form: when the client itself stops working.
 *
 * @param date the chosen date when {@code choice} is {@link Choice#DATE}; the client works through that day (UTC)
 */
public record TokenExpiration(Choice choice, LocalDate date) {

    public enum Choice {
        WEEK("Week"), MONTH("Month"), YEAR("Year"), DATE("Choose a date");

        private final String label;

        Choice(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Instant resolve(Instant now) {
        return switch (choice) {
            case WEEK -> now.plus(7, ChronoUnit.DAYS);
            case MONTH -> now.atOffset(ZoneOffset.UTC).plusMonths(1).toInstant();
            case YEAR -> now.atOffset(ZoneOffset.UTC).plusYears(1).toInstant();
            case DATE -> endOf(date);
        };
    }

    /** A client that expires "on" a date works until the end of that day, UTC. */
    public static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
