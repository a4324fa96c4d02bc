package io.gatehouse.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.gatehouse.identity.Role;

/**
 * Everything seeded into one demo tenant. Record ids are small and explicit, and deliberately the same in
 * every demo tenant (with different content), so that any leak between tenants shows up at once.
 */
record DemoShop(String tenantId, String name, String referencePrefix, BigDecimal vatRate, List<User> users,
        List<Location> locations, List<Status> statuses, List<Customer> customers, List<Product> products,
        List<Device> devices, List<Order> orders, List<Sale> sales) {

    record User(long id, String username, String displayName, Role role) {
    }

    record Location(long id, String name, String address) {
    }

    record Status(long id, String code, String name, boolean closed) {
    }

    record Customer(long id, Long parentId, String name, String businessId, String email, String phone,
            String billingAddress, String shippingAddress) {
    }

    record Product(long id, String sku, String name, BigDecimal price, BigDecimal purchasePrice, int stock,
            long locationId) {
    }

    record Device(long id, long customerId, String brand, String model, String serialNumber, String imei) {
    }

    /** An order line; {@code productId} is null for labour, whose purchase price is zero. */
    record Line(Long productId, String description, int quantity, BigDecimal price, BigDecimal purchasePrice) {
    }

    record Note(String type, String text, String author) {
    }

    record Task(String title, boolean done, int dueInDays) {
    }

    /** A repair order; {@code invoiceStatus} is null while it is not invoiced yet. */
    record Order(long id, long customerId, long deviceId, String status, long locationId, int daysAgo,
            List<Line> lines, List<Note> notes, List<Task> tasks, String invoiceStatus) {

        Instant createdAt(Instant now) {
            return now.minus(Duration.ofDays(daysAgo)).minus(Duration.ofMinutes(23 * id));
        }

        Instant updatedAt(Instant now) {
            return now.minus(Duration.ofDays(daysAgo / 2)).minus(Duration.ofMinutes(7 * id));
        }

        /** Parts leave the stock when work starts; open, waiting and cancelled orders hold none. */
        boolean partsFitted() {
            return List.of("IN_PROGRESS", "READY", "CLOSED").contains(status);
        }
    }

    /** A counter sale: invoiced without a repair order. */
    record Sale(long customerId, int daysAgo, String invoiceStatus, List<Line> lines) {
    }

    String reference(long orderId) {
        return referencePrefix + "-R" + (2600 + orderId);
    }
}
