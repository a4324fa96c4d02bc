package io.gatehouse.shop.customers;

import java.util.Optional;
import java.util.Set;

import io.gatehouse.shared.Caches;
import io.gatehouse.shared.InvalidatedCache;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantJdbc;

import org.springframework.stereotype.Component;

/**
 * Each Customer client's API call needs its owner's customer and all their descendants, so the trees are
 * cached per node by {@code tenant:customer}. Any customer written through Gatehouse may move into or out of
 * some tree, so every write announces the whole tenant's trees to every node (docs/decisions.md §22): writes
 * of customers are rare next to reads, and a tree is one query to read again.
 */
@Component
class CustomerTrees {

    private final TenantJdbc jdbc;
    private final InvalidatedCache<Long, Set<Long>> trees;

    CustomerTrees(TenantJdbc jdbc, Caches caches) {
        this.jdbc = jdbc;
        this.trees = caches.scoped("customer-trees", TenantContext::id, true, this::read);
    }

    /** The customer and all their descendants; empty for a customer that does not exist. */
    Set<Long> get(long customerId) {
        return trees.get(customerId).orElseThrow();
    }

    /** Called by every write of a customer, inside its transaction. */
    void changed() {
        trees.publishScope();
    }

    /** One recursive query; {@code union} (not {@code union all}) stops even on a cycle written behind our back. */
    private Optional<Set<Long>> read(long customerId) {
        return Optional.of(Set.copyOf(jdbc.sql("""
                with recursive tree (id) as (
                    select id from customer where tenant_id = :tenant and id = :id
                    union
                    select c.id from customer c join tree t on c.parent_id = t.id where c.tenant_id = :tenant)
                select id from tree""")
                .param("id", customerId).query(Long.class).list()));
    }
}
