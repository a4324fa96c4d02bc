package io.gatehouse.shop;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Customers of the current tenant, as other modules need them (owner pickers, ownership checks). */
public interface CustomerDirectory {

    Optional<CustomerSummary> find(long id);

    /** Customers whose name, email or business id contains the query (case-insensitive), by name. */
    List<CustomerSummary> search(String query, int limit);

    /** The customer and all its descendants: what a Customer client owned by it may reach. */
    Set<Long> withDescendants(long customerId);
}
