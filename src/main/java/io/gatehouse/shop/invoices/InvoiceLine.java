package io.gatehouse.shop.invoices;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of an invoice. Lines are shown only inside their invoice's {@code lines} field: hiding that field
 * hides them all, and there is no field of a line to hide on its own.
 */
public record InvoiceLine(long id, long invoiceId, String description, int quantity, BigDecimal unitPrice,
        BigDecimal vatRate) {

    /** The line as it appears in the invoice's {@code lines} array (without the invoice id it is nested in). */
    public Map<String, Object> map() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", id);
        map.put("description", description);
        map.put("quantity", quantity);
        map.put("unitPrice", unitPrice);
        map.put("vatRate", vatRate);
        return map;
    }
}
