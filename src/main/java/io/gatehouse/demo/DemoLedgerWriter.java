package io.gatehouse.demo;

import static io.gatehouse.tenancy.TenantJdbc.ts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gatehouse.demo.DemoShop.Line;
import io.gatehouse.demo.DemoShop.Order;
import io.gatehouse.demo.DemoShop.Product;
import io.gatehouse.demo.DemoShop.Sale;
import io.gatehouse.tenancy.TenantJdbc;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Writes a shop's invoices and stock movements so that they agree with the rest of the data: invoice
 * totals are the sums of their lines, and each product's movements add up to its stock quantity.
 */
@Component
@ConditionalOnProperty(name = "gatehouse.demo.enabled", havingValue = "true")
class DemoLedgerWriter {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final TenantJdbc jdbc;

    DemoLedgerWriter(TenantJdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** One way stock moved: delivered (positive) or fitted/sold (negative). */
    private record Movement(long productId, int delta, String reason, Instant at) {
    }

    void write(DemoShop shop, Instant now) {
        List<Movement> used = new ArrayList<>();
        long invoiceId = 0;
        for (Order o : shop.orders()) {
            for (Line l : o.lines()) {
                if (l.productId() != null && o.partsFitted()) {
                    used.add(new Movement(l.productId(), -l.quantity(), "Fitted in order " + shop.reference(o.id()),
                            o.createdAt(now)));
                }
            }
            if (o.invoiceStatus() != null) {
                invoice(shop, ++invoiceId, o.customerId(), o.id(), o.invoiceStatus(), o.updatedAt(now), o.lines());
            }
        }
        for (Sale s : shop.sales()) {
            Instant issued = now.minus(Duration.ofDays(s.daysAgo()));
            String number = invoice(shop, ++invoiceId, s.customerId(), null, s.invoiceStatus(), issued, s.lines());
            s.lines().forEach(l -> used.add(new Movement(l.productId(), -l.quantity(), "Sold on invoice " + number,
                    issued)));
        }
        Map<Long, Integer> usedByProduct = new LinkedHashMap<>();
        used.forEach(m -> usedByProduct.merge(m.productId(), -m.delta(), Integer::sum));
        List<Movement> all = new ArrayList<>();
        for (Product p : shop.products()) {
            all.add(new Movement(p.id(), p.stock() + usedByProduct.getOrDefault(p.id(), 0),
                    "Delivery from supplier", now.minus(Duration.ofDays(100))));
        }
        all.addAll(used);
        long movementId = 0;
        for (Movement m : all) {
            jdbc.sql("""
                    insert into stock_movement (tenant_id, id, product_id, quantity_delta, reason, created_at)
                    values (:tenant, :id, :product, :delta, :reason, :at)""")
                    .param("id", ++movementId).param("product", m.productId()).param("delta", m.delta())
                    .param("reason", m.reason()).param("at", ts(m.at()))
                    .update();
        }
    }

    private String invoice(DemoShop shop, long id, long customerId, Long orderId, String status, Instant issued,
            List<Line> lines) {
        String number = shop.referencePrefix() + "-INV-" + (1000 + id);
        BigDecimal net = BigDecimal.ZERO.setScale(2);
        BigDecimal vat = BigDecimal.ZERO.setScale(2);
        for (Line l : lines) {
            BigDecimal lineNet = l.price().multiply(BigDecimal.valueOf(l.quantity()));
            net = net.add(lineNet);
            vat = vat.add(vatOf(lineNet, shop.vatRate()));
        }
        jdbc.sql("""
                insert into invoice (tenant_id, id, customer_id, order_id, number, status, issued_at, due_at,
                    total_net, total_vat, total_gross)
                values (:tenant, :id, :customer, :order, :number, :status, :issued, :due, :net, :vat, :gross)""")
                .param("id", id).param("customer", customerId).param("order", orderId).param("number", number)
                .param("status", status).param("issued", ts(issued))
                .param("due", ts(issued.plus(Duration.ofDays(14))))
                .param("net", net).param("vat", vat).param("gross", net.add(vat))
                .update();
        long lineId = id * 10;
        for (Line l : lines) {
            jdbc.sql("""
                    insert into invoice_line (tenant_id, id, invoice_id, description, quantity, unit_price, vat_rate)
                    values (:tenant, :id, :invoice, :description, :quantity, :price, :vatRate)""")
                    .param("id", ++lineId).param("invoice", id).param("description", l.description())
                    .param("quantity", l.quantity()).param("price", l.price()).param("vatRate", shop.vatRate())
                    .update();
        }
        return number;
    }

    /** VAT is rounded per line, as the lines are printed on the invoice. */
    static BigDecimal vatOf(BigDecimal lineNet, BigDecimal rate) {
        return lineNet.multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}
