package io.gatehouse.demo;

import static io.gatehouse.tenancy.TenantJdbc.ts;

import java.time.Duration;
import java.time.Instant;

import io.gatehouse.demo.DemoShop.Line;
import io.gatehouse.demo.DemoShop.Note;
import io.gatehouse.demo.DemoShop.Order;
import io.gatehouse.demo.DemoShop.Task;
import io.gatehouse.tenancy.TenantJdbc;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Writes a shop's repair orders with their lines, notes and tasks. Line, note and task ids are numbered
 * per tenant from 1, like every other demo id.
 */
@Component
@ConditionalOnProperty(name = "gatehouse.demo.enabled", havingValue = "true")
class DemoOrdersWriter {

    private final TenantJdbc jdbc;

    DemoOrdersWriter(TenantJdbc jdbc) {
        this.jdbc = jdbc;
    }

    void write(DemoShop shop, Instant now) {
        long lineId = 0;
        long noteId = 0;
        long taskId = 0;
        for (Order o : shop.orders()) {
            Instant created = o.createdAt(now);
            Instant updated = o.updatedAt(now);
            jdbc.sql("""
                    insert into repair_order (tenant_id, id, customer_id, device_id, status_id, location_id,
                        reference, created_at, updated_at)
                    values (:tenant, :id, :customer, :device,
                        (select id from order_status where tenant_id = :tenant and code = :status),
                        :location, :reference, :created, :updated)""")
                    .param("id", o.id()).param("customer", o.customerId()).param("device", o.deviceId())
                    .param("status", o.status()).param("location", o.locationId())
                    .param("reference", shop.reference(o.id()))
                    .param("created", ts(created)).param("updated", ts(updated))
                    .update();
            for (Line l : o.lines()) {
                jdbc.sql("""
                        insert into order_line (tenant_id, id, order_id, product_id, description, quantity, price,
                            purchase_price, vat_rate)
                        values (:tenant, :id, :order, :product, :description, :quantity, :price, :purchasePrice,
                            :vatRate)""")
                        .param("id", ++lineId).param("order", o.id()).param("product", l.productId())
                        .param("description", l.description()).param("quantity", l.quantity())
                        .param("price", l.price()).param("purchasePrice", l.purchasePrice())
                        .param("vatRate", shop.vatRate())
                        .update();
            }
            Duration span = Duration.between(created, updated);
            for (int i = 0; i < o.notes().size(); i++) {
                Note n = o.notes().get(i);
                jdbc.sql("""
                        insert into order_note (tenant_id, id, order_id, type, body, author, created_at)
                        values (:tenant, :id, :order, :type, :body, :author, :at)""")
                        .param("id", ++noteId).param("order", o.id()).param("type", n.type())
                        .param("body", n.text()).param("author", n.author())
                        .param("at", ts(created.plus(span.multipliedBy(i).dividedBy(o.notes().size()))))
                        .update();
            }
            for (Task t : o.tasks()) {
                jdbc.sql("""
                        insert into order_task (tenant_id, id, order_id, title, done, due_at, created_at)
                        values (:tenant, :id, :order, :title, :done, :due, :created)""")
                        .param("id", ++taskId).param("order", o.id()).param("title", t.title())
                        .param("done", t.done()).param("due", ts(now.plus(Duration.ofDays(t.dueInDays()))))
                        .param("created", ts(created))
                        .update();
            }
        }
    }
}
