package io.gatehouse.shop.owned;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gatehouse.access.ApiException;
import io.gatehouse.access.ListQuery;
import io.gatehouse.access.Visibility;

/**
 * Records that belong to a customer (orders, devices, invoices, and customers themselves), read only through
 * the caller's {@link Visibility}: a record of a customer the caller does not stand for is never read.
 */
public interface OwnedRecords<T> {

    Optional<T> find(long id, Visibility visibility);

    /** The visible records among these ids, by id, in one query: for embedding in a page of other records. */
    Map<Long, T> findAll(Collection<Long> ids, Visibility visibility);

    /** Whether the record exists at all, whoever may see it: for the request log's refusal reason only. */
    boolean exists(long id);

    List<T> list(ListQuery query, Visibility visibility);

    long count(ListQuery query, Visibility visibility);

    /** The record, or the 404 that answers a missing record and a record of someone else alike. */
    default T visible(long id, Visibility visibility) {
        return find(id, visibility).orElseThrow(() -> ApiException.missing(exists(id)));
    }
}
