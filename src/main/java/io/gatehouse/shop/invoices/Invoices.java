package io.gatehouse.shop.invoices;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.gatehouse.access.QuerySpec;
import io.gatehouse.access.QuerySpec.Type;
import io.gatehouse.access.Visibility;
import io.gatehouse.shop.owned.OwnedRecords;

/** The invoices of the current tenant, always read through the caller's {@link Visibility}. */
public interface Invoices extends OwnedRecords<InvoiceRecord> {

    QuerySpec QUERY = QuerySpec.of("invoice", "i.id", "-issuedAt")
            .field("customerId", "i.customer_id", Type.ID)
            .field("orderId", "i.order_id", Type.ID)
            .field("number", "i.number", Type.TEXT)
            .field("status", "i.status", Type.TEXT)
            .field("issuedAt", "i.issued_at", Type.INSTANT)
            .field("dueAt", "i.due_at", Type.INSTANT)
            .field("totalNet", "i.total_net", Type.DECIMAL)
            .field("totalVat", "i.total_vat", Type.DECIMAL)
            .field("totalGross", "i.total_gross", Type.DECIMAL);

    /**
     * The lines of these invoices, by invoice id, in one query. Pass only ids read through the caller's
     * visibility: the lines themselves carry no owner to check.
     */
    Map<Long, List<InvoiceLine>> lines(Collection<Long> invoiceIds);
}
