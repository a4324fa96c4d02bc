package io.gatehouse.shop.locations;

import java.util.List;
import java.util.Optional;

import io.gatehouse.access.ListQuery;
import io.gatehouse.access.QuerySpec;
import io.gatehouse.access.QuerySpec.Type;

/** The shop's locations (workshops, stores) of the current tenant: shop data, not owned by any customer. */
public interface Locations {

    QuerySpec QUERY = QuerySpec.of("location", "l.id", "name")
            .field("name", "l.name", Type.TEXT)
            .field("address", "l.address", Type.TEXT);

    Optional<LocationRecord> find(long id);

    List<LocationRecord> list(ListQuery query);

    long count(ListQuery query);
}
