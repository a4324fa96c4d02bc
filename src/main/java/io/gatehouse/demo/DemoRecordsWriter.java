package io.gatehouse.demo;

import static io.gatehouse.tenancy.TenantJdbc.ts;

import java.time.Duration;
import java.time.Instant;

import io.gatehouse.demo.DemoShop.Customer;
import io.gatehouse.demo.DemoShop.Device;
import io.gatehouse.demo.DemoShop.Location;
import io.gatehouse.demo.DemoShop.Product;
import io.gatehouse.demo.DemoShop.Status;
import io.gatehouse.demo.DemoShop.User;
import io.gatehouse.tenancy.TenantJdbc;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Writes a shop's master data (users, locations, statuses, customers, products, devices) into the tenant
 * bound to the current thread, with the shop's explicit ids.
 */
@Component
@ConditionalOnProperty(name = "gatehouse.demo.enabled", havingValue = "true")
class DemoRecordsWriter {

    private final TenantJdbc jdbc;

    DemoRecordsWriter(TenantJdbc jdbc) {
        this.jdbc = jdbc;
    }

    void write(DemoShop shop, String passwordHash, Instant now) {
        Instant opened = now.minus(Duration.ofDays(120));
        for (User u : shop.users()) {
            jdbc.sql("""
                    insert into console_user (tenant_id, id, username, display_name, email, password_hash, role,
                        active, created_at)
                    values (:tenant, :id, :username, :name, :email, :hash, :role, true, :at)""")
                    .param("id", u.id()).param("username", u.username()).param("name", u.displayName())
                    .param("email", u.username() + "@" + shop.tenantId() + ".example").param("hash", passwordHash)
                    .param("role", u.role().name()).param("at", ts(opened))
                    .update();
        }
        for (Location l : shop.locations()) {
            jdbc.sql("insert into location (tenant_id, id, name, address) values (:tenant, :id, :name, :address)")
                    .param("id", l.id()).param("name", l.name()).param("address", l.address())
                    .update();
        }
        for (Status s : shop.statuses()) {
            jdbc.sql("""
                    insert into order_status (tenant_id, id, code, name, closed)
                    values (:tenant, :id, :code, :name, :closed)""")
                    .param("id", s.id()).param("code", s.code()).param("name", s.name()).param("closed", s.closed())
                    .update();
        }
        for (Customer c : shop.customers()) {
            Instant created = opened.plus(Duration.ofDays(c.id() * 3));
            jdbc.sql("""
                    insert into customer (tenant_id, id, parent_id, name, email, phone, business_id, billing_address,
                        shipping_address, created_at, updated_at)
                    values (:tenant, :id, :parent, :name, :email, :phone, :businessId, :billing, :shipping,
                        :created, :updated)""")
                    .param("id", c.id()).param("parent", c.parentId()).param("name", c.name())
                    .param("email", c.email()).param("phone", c.phone()).param("businessId", c.businessId())
                    .param("billing", c.billingAddress()).param("shipping", c.shippingAddress())
                    .param("created", ts(created)).param("updated", ts(created.plus(Duration.ofDays(c.id()))))
                    .update();
        }
        for (Product p : shop.products()) {
            jdbc.sql("""
                    insert into product (tenant_id, id, sku, name, price, purchase_price, stock_quantity, location_id,
                        updated_at)
                    values (:tenant, :id, :sku, :name, :price, :purchasePrice, :stock, :location, :at)""")
                    .param("id", p.id()).param("sku", p.sku()).param("name", p.name()).param("price", p.price())
                    .param("purchasePrice", p.purchasePrice()).param("stock", p.stock())
                    .param("location", p.locationId()).param("at", ts(now.minus(Duration.ofHours(p.id()))))
                    .update();
        }
        for (Device d : shop.devices()) {
            jdbc.sql("""
                    insert into device (tenant_id, id, customer_id, serial_number, imei, brand, model, created_at)
                    values (:tenant, :id, :customer, :serial, :imei, :brand, :model, :at)""")
                    .param("id", d.id()).param("customer", d.customerId()).param("serial", d.serialNumber())
                    .param("imei", d.imei()).param("brand", d.brand()).param("model", d.model())
                    .param("at", ts(opened.plus(Duration.ofDays(40 + d.id()))))
                    .update();
        }
    }
}
