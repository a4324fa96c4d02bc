package io.gatehouse.shop.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.Representation;

/** An invoice as stored, without its lines (read for a whole page at once, see {@link Invoices#lines}). */
public record InvoiceRecord(long id, long customerId, Long orderId, String number, String status, Instant issuedAt,
        Instant dueAt, BigDecimal totalNet, BigDecimal totalVat, BigDecimal totalGross) {

    /** What the caller sees of this invoice and its lines: every field, less those excluded for it. */
    public Map<String, Object> representation(ApiCaller caller, List<InvoiceLine> lines) {
        return Representation.of("invoice", caller, id)
                .field("customerId", customerId)
                .field("orderId", orderId)
                .field("number", number)
                .field("status", status)
                .field("issuedAt", issuedAt)
                .field("dueAt", dueAt)
                .field("totalNet", totalNet)
                .field("totalVat", totalVat)
                .field("totalGross", totalGross)
                .field("lines", lines.stream().map(InvoiceLine::map).toList())
                .map();
    }
}
