package io.gatehouse.shop;

/** Enough of a customer to pick it as a client's owner. */
public record CustomerSummary(long id, Long parentId, String name, String email, String businessId) {

    /** How a picker shows it: name, then the business id or email that tells namesakes apart. */
    public String label() {
        String hint = businessId != null ? businessId : email;
        return hint == null ? name : name + " (" + hint + ")";
    }
}
