package io.gatehouse.shop.customers;

import java.util.List;
import java.util.Optional;

import io.gatehouse.access.ListQuery;
import io.gatehouse.access.QuerySpec;
import io.gatehouse.access.QuerySpec.Type;
import io.gatehouse.access.Visibility;

/** The customers of the current tenant, always read through the caller's {@link Visibility}. */
public interface Customers {

    QuerySpec QUERY = QuerySpec.of("customer", "c.id", "name")
            .field("parentId", "c.parent_id", Type.ID)
            .field("name", "c.name", Type.TEXT)
            .field("email", "c.email", Type.TEXT)
            .field("phone", "c.phone", Type.TEXT)
            .field("businessId", "c.business_id", Type.TEXT)
            .field("createdAt", "c.created_at", Type.INSTANT)
            .field("updatedAt", "c.updated_at", Type.INSTANT);

    Optional<CustomerRecord> find(long id, Visibility visibility);

    /** Whether the customer exists at all, whoever may see it: for the request log's refusal reason only. */
    boolean exists(long id);

    /** @param parentId only the children of this customer, or every customer when null */
    List<CustomerRecord> list(ListQuery query, Visibility visibility, Long parentId);

    long count(ListQuery query, Visibility visibility, Long parentId);

    CustomerRecord create(CustomerDraft draft);

    CustomerRecord update(long id, CustomerDraft draft);
}
