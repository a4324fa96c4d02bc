package io.gatehouse.tenancy;

import java.util.regex.Pattern;

/** What a tenant id may look like: one DNS label, lower case. */
public final class TenantIds {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private TenantIds() {
    }

    public static boolean isValid(String id) {
        return id != null && LABEL.matcher(id).matches();
    }
}
