package io.gatehouse.shop.invoices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.gatehouse.shop.owned.JdbcOwnedRecords;
import io.gatehouse.tenancy.TenantJdbc;

import org.springframework.stereotype.Repository;

@Repository
class JdbcInvoices extends JdbcOwnedRecords<InvoiceRecord> implements Invoices {

    private static final String COLUMNS = """
            select i.id, i.customer_id, i.order_id, i.number, i.status, i.issued_at, i.due_at, i.total_net,
                   i.total_vat, i.total_gross
            from invoice i where i.tenant_id = :tenant""";


    JdbcInvoices(TenantJdbc jdbc) {
        super(jdbc, COLUMNS, "invoice", "i.id", "i.customer_id", JdbcInvoices::map, InvoiceRecord::id);
    }

    @Override
    public Map<Long, List<InvoiceLine>> lines(Collection<Long> invoiceIds) {
        if (invoiceIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select l.id, l.invoice_id, l.description, l.quantity, l.unit_price, l.vat_rate
                from invoice_line l where l.tenant_id = :tenant and l.invoice_id in (:ids)
                order by l.invoice_id, l.id""")
                .param("ids", invoiceIds)
                .query((rs, row) -> new InvoiceLine(rs.getLong("id"), rs.getLong("invoice_id"),
                        rs.getString("description"), rs.getInt("quantity"), rs.getBigDecimal("unit_price"),
                        rs.getBigDecimal("vat_rate")))
                .list().stream()
                .collect(Collectors.groupingBy(InvoiceLine::invoiceId, LinkedHashMap::new, Collectors.toList()));
    }

    private static InvoiceRecord map(ResultSet rs, int row) throws SQLException {
        return new InvoiceRecord(rs.getLong("id"), rs.getLong("customer_id"), TenantJdbc.nullableLong(rs, "order_id"),
                rs.getString("number"), rs.getString("status"), TenantJdbc.instant(rs, "issued_at"),
                TenantJdbc.instant(rs, "due_at"), rs.getBigDecimal("total_net"), rs.getBigDecimal("total_vat"),
                rs.getBigDecimal("total_gross"));
    }
}
