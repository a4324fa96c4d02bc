package io.gatehouse.shop.customers;

import java.util.List;

import io.gatehouse.access.ListQuery;
import io.gatehouse.access.QuerySpec;
import io.gatehouse.access.QuerySpec.Type;
import io.gatehouse.access.Visibility;
import io.gatehouse.shop.owned.OwnedRecords;

/** The customers of the current tenant, always read through the caller's {@link Visibility}. */
public interface Customers extends OwnedRecords<CustomerRecord> {

    QuerySpec QUERY = QuerySpec.of("customer", "c.id", "name")
            .field("parentId", "c.parent_id", Type.ID)
            .field("name", "c.name", Type.TEXT)
            .field("email", "c.email", Type.TEXT)
            .field("phone", "c.phone", Type.TEXT)
            .field("businessId", "c.business_id", Type.TEXT)
            .field("createdAt", "c.created_at", Type.INSTANT)
            .field("updatedAt", "c.updated_at", Type.INSTANT);

    /** One page of the customer's children, among those the caller may see. */
    List<CustomerRecord> children(ListQuery query, Visibility visibility, long parentId);

    long countChildren(ListQuery query, Visibility visibility, long parentId);

    CustomerRecord create(CustomerDraft draft);

    CustomerRecord update(long id, CustomerDraft draft);
}
