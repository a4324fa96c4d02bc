package io.gatehouse.access;

/** What a client's owner bounds: a staff user's permissions, or one customer's records. */
public enum AccessLevel {

    /** Internal integration: everything in the tenant that its owner user may see. */
    ADMIN("Admin", "For internal integrations: full access to every resource in the tenant, never more than the owner user may do."),

    /** Customer or partner integration: only what the owner customer (and its child customers) owns. */
    CUSTOMER("Customer", "For a customer or partner building an integration: access only to the records its owner customer and that customer's child customers own.");

    private final String label;
    private final String explanation;

    AccessLevel(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }
}
