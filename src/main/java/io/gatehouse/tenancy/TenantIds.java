package io.gatehouse.tenancy;

/** What a tenant id may look like: one DNS label, lower case. */
public final class TenantIds {

    private static final int MAX_LENGTH = 63;

    private TenantIds() {
    }

    /**
     * 1 to 63 of {@code a-z}, {@code 0-9} and {@code -}, neither first nor last a hyphen. Checked by hand rather
     * than with a pattern: the tenant filter asks on every request (docs/decisions.md §35).
     */
    public static boolean isValid(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH || id.charAt(0) == '-'
                || id.charAt(id.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
