package io.gatehouse.identity;

/** Console roles. Only ADMIN sees System Settings › API. */
public enum Role {
    ADMIN, STAFF
}
