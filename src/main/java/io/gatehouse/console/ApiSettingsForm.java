package io.gatehouse.console;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Settings form as submitted, as raw strings so that whatever was typed is shown back unchanged.
 *
 * @param apiEnabled   {@code on} or {@code off}
 * @param lifetime     the access-token lifetime, a whole number of {@code lifetimeUnit}s
 * @param lifetimeUnit {@code MINUTES} or {@code HOURS}
 * @param confirmed    {@code yes} once the admin confirmed turning the API off
 */
record ApiSettingsForm(String apiEnabled, String lifetime, String lifetimeUnit, String retentionDays,
        String confirmed) {

    static final String MINUTES = "MINUTES";
    static final String HOURS = "HOURS";

    /** The form showing the current settings: the lifetime in hours when it is a whole number of them. */
    static ApiSettingsForm of(ApiSettings settings) {
        long minutes = settings.accessTokenTtl().toMinutes();
        boolean hours = minutes % 60 == 0;
        return new ApiSettingsForm(settings.apiEnabled() ? "on" : "off",
                String.valueOf(hours ? minutes / 60 : minutes), hours ? HOURS : MINUTES,
                String.valueOf(settings.logRetentionDays()), null);
    }

    /** Each invalid field's message, keyed by the field, in the order the form shows them. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!"on".equals(apiEnabled) && !"off".equals(apiEnabled)) {
            errors.put("apiEnabled", "Choose whether the API is on or off.");
        }
        Duration ttl = ttl();
        if (ttl == null) {
            errors.put("lifetime", "Enter the access-token lifetime as a whole number of minutes or hours, "
                    + "for example 30 minutes or 2 hours.");
        }
        else if (ttl.compareTo(ApiSettings.MIN_TTL) < 0 || ttl.compareTo(ApiSettings.MAX_TTL) > 0) {
            errors.put("lifetime", "Choose an access-token lifetime from 5 minutes to 24 hours.");
        }
        Long days = FormValues.number(retentionDays);
        if (days == null || days < ApiSettings.MIN_RETENTION_DAYS || days > ApiSettings.MAX_RETENTION_DAYS) {
            errors.put("retentionDays", "Enter the request-log retention as a whole number of days from "
                    + ApiSettings.MIN_RETENTION_DAYS + " to " + ApiSettings.MAX_RETENTION_DAYS + ".");
        }
        return errors;
    }

    /** The settings asked for; only once {@link #errors()} is empty. */
    ApiSettings toSettings() {
        return new ApiSettings("on".equals(apiEnabled), ttl(), FormValues.number(retentionDays).intValue());
    }

    boolean isConfirmed() {
        return "yes".equals(confirmed);
    }

    public boolean isOn() {
        return "on".equals(apiEnabled);
    }

    public boolean inHours() {
        return HOURS.equals(lifetimeUnit);
    }

    /** The lifetime asked for, or null when the number or the unit is unreadable. */
    private Duration ttl() {
        Long typed = FormValues.number(lifetime);
        if (typed == null) {
            return null;
        }
        // Out of range either way, and a Duration cannot overflow.
        long amount = Math.max(-1, Math.min(typed, 1_000_000));
        if (HOURS.equals(lifetimeUnit)) {
            return Duration.ofHours(amount);
        }
        return MINUTES.equals(lifetimeUnit) ? Duration.ofMinutes(amount) : null;
    }
}
