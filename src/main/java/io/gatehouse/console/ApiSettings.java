package io.gatehouse.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.gatehouse.tenancy.Tenant;

/** A tenant's account-wide API settings as the Settings page shows and changes them, with their limits. */
record ApiSettings(boolean apiEnabled, Duration accessTokenTtl, int logRetentionDays) {

    static final Duration MIN_TTL = Duration.ofMinutes(5);
    static final Duration MAX_TTL = Duration.ofHours(24);
    static final int MIN_RETENTION_DAYS = 1;
    static final int MAX_RETENTION_DAYS = 365;

    static ApiSettings of(Tenant tenant) {
        return new ApiSettings(tenant.apiEnabled(), tenant.accessTokenTtl(), tenant.logRetentionDays());
    }

    /** What differs from {@code before}, one "name: old → new" per setting, for the audit trail and the notice. */
    List<String> changesFrom(ApiSettings before) {
        List<String> changes = new ArrayList<>();
        if (apiEnabled != before.apiEnabled()) {
            changes.add("API enabled: " + onOff(before.apiEnabled()) + " → " + onOff(apiEnabled));
        }
        if (!accessTokenTtl.equals(before.accessTokenTtl())) {
            changes.add("access-token lifetime: " + describe(before.accessTokenTtl()) + " → " + describe(accessTokenTtl));
        }
        if (logRetentionDays != before.logRetentionDays()) {
            changes.add("request-log retention: " + days(before.logRetentionDays()) + " → " + days(logRetentionDays));
        }
        return changes;
    }

    /** Used by the page too: {@code ${settings.lifetime()}}. */
    public String lifetime() {
        return describe(accessTokenTtl);
    }

    public String retention() {
        return days(logRetentionDays);
    }

    /** "1 hour", "30 minutes", "1 hour 30 minutes". */
    static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 60 != 0) {
            return plural(seconds, "second");
        }
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        if (hours == 0) {
            return plural(minutes, "minute");
        }
        return minutes == 0 ? plural(hours, "hour") : plural(hours, "hour") + " " + plural(minutes, "minute");
    }

    private static String days(int days) {
        return plural(days, "day");
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
