package io.gatehouse.shop.customers;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.gatehouse.shared.Caches;
import io.gatehouse.shared.InvalidatedCache;
import io.gatehouse.tenancy.TenantContext;

import org.springframework.stereotype.Component;

/**
 * Each Customer client's API call needs its owner's customer and all their descendants, so the trees are
 * cached per node by {@code tenant:customer}. Any customer written through Gatehouse may move into or out of
 * some tree, so every write announces the whole tenant's trees to every node (docs/decisions.md §22): writes
 * of customers are rare next to reads, and a tree is one query to read again.
 */
@Component
class CustomerTrees {

    private final InvalidatedCache<Set<Long>> trees;

    CustomerTrees(Caches caches) {
        this.trees = caches.scoped("customer-trees", TenantContext::id, true);
    }

    /** @param loader reads a customer's tree, always present (a missing customer's tree is empty) */
    Set<Long> get(long customerId, Function<Long, Optional<Set<Long>>> loader) {
        return trees.get(customerId, loader).orElseThrow();
    }

    /** Called by every write of a customer, inside its transaction. */
    void changed() {
        trees.publishScope();
    }
}
