package io.gatehouse.access;

import java.util.Set;

/** The port through which the policy learns which customers a Customer client's owner stands for. */
public interface CustomerTree {

    /** The customer and all its descendants, in the current tenant; empty if the customer does not exist. */
    Set<Long> withDescendants(long customerId);
}
