package io.gatehouse.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.gatehouse.demo.DemoShop.Customer;
import io.gatehouse.demo.DemoShop.Device;
import io.gatehouse.demo.DemoShop.Line;
import io.gatehouse.demo.DemoShop.Location;
import io.gatehouse.demo.DemoShop.Note;
import io.gatehouse.demo.DemoShop.Product;
import io.gatehouse.demo.DemoShop.Sale;
import io.gatehouse.demo.DemoShop.Status;
import io.gatehouse.demo.DemoShop.Task;
import io.gatehouse.demo.DemoShop.User;
import io.gatehouse.identity.Role;

/** Reads the demo data of one shop as a short script; every demo shop shares the order statuses. */
final class ShopBuilder {

    private final String tenantId;
    private final String name;
    private final String prefix;
    private final BigDecimal vatRate;
    private final List<User> users = new ArrayList<>();
    private final List<Location> locations = new ArrayList<>();
    private final List<Status> statuses = List.of(
            new Status(1, "OPEN", "Open", false),
            new Status(2, "IN_PROGRESS", "In progress", false),
            new Status(3, "WAITING_FOR_PARTS", "Waiting for parts", false),
            new Status(4, "READY", "Ready for pickup", false),
            new Status(5, "CLOSED", "Closed", true),
            new Status(6, "CANCELLED", "Cancelled", true));
    private final List<Customer> customers = new ArrayList<>();
    private final List<Product> products = new ArrayList<>();
    private final List<Device> devices = new ArrayList<>();
    private final List<OrderBuilder> orders = new ArrayList<>();
    private final List<Sale> sales = new ArrayList<>();

    ShopBuilder(String tenantId, String name, String prefix, String vatRate) {
        this.tenantId = tenantId;
        this.name = name;
        this.prefix = prefix;
        this.vatRate = new BigDecimal(vatRate);
    }

    /** The admin (id 1) and the two staff users (ids 2 and 3) every demo tenant has. */
    ShopBuilder users(String admin, String staff1, String staff2) {
        users.add(new User(1, "admin", admin, Role.ADMIN));
        users.add(new User(2, "staff1", staff1, Role.STAFF));
        users.add(new User(3, "staff2", staff2, Role.STAFF));
        return this;
    }

    ShopBuilder location(long id, String locationName, String address) {
        locations.add(new Location(id, locationName, address));
        return this;
    }

    ShopBuilder customer(long id, Long parentId, String customerName, String businessId, String email,
            String phone, String address) {
        // A branch is billed at its parent's address and receives repairs at its own.
        String billing = parentId == null ? address : customers.stream().filter(c -> c.id() == parentId)
                .findFirst().orElseThrow().billingAddress();
        customers.add(new Customer(id, parentId, customerName, businessId, email, phone, billing, address));
        return this;
    }

    ShopBuilder product(long id, String sku, String productName, String price, String purchasePrice, int stock,
            long locationId) {
        products.add(new Product(id, sku, productName, new BigDecimal(price), new BigDecimal(purchasePrice), stock,
                locationId));
        return this;
    }

    /** A phone: the IMEI's Luhn check digit is computed from its first 14 digits. */
    ShopBuilder phone(long id, long customerId, String brand, String model, String serial, String imei14) {
        devices.add(new Device(id, customerId, brand, model, serial, imei14 + luhn(imei14)));
        return this;
    }

    ShopBuilder laptop(long id, long customerId, String brand, String model, String serial) {
        devices.add(new Device(id, customerId, brand, model, serial, null));
        return this;
    }

    OrderBuilder order(long id, long customerId, long deviceId, String status, long locationId, int daysAgo) {
        OrderBuilder order = new OrderBuilder(id, customerId, deviceId, status, locationId, daysAgo);
        orders.add(order);
        return order;
    }

    ShopBuilder sale(long customerId, int daysAgo, String invoiceStatus, long productId, int quantity) {
        Product p = product(productId);
        sales.add(new Sale(customerId, daysAgo, invoiceStatus,
                List.of(new Line(p.id(), p.name(), quantity, p.price(), p.purchasePrice()))));
        return this;
    }

    DemoShop build() {
        return new DemoShop(tenantId, name, prefix, vatRate, List.copyOf(users), List.copyOf(locations), statuses,
                List.copyOf(customers), List.copyOf(products), List.copyOf(devices),
                orders.stream().map(OrderBuilder::build).toList(), List.copyOf(sales));
    }

    private Product product(long id) {
        return products.stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    private String author(int userId) {
        return users.get(userId - 1).displayName();
    }

    static int luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }
        return (10 - sum % 10) % 10;
    }

    /** One repair order with its lines, notes and tasks. */
    final class OrderBuilder {

        private final long id;
        private final long customerId;
        private final long deviceId;
        private final String status;
        private final long locationId;
        private final int daysAgo;
        private final List<Line> lines = new ArrayList<>();
        private final List<Note> notes = new ArrayList<>();
        private final List<Task> tasks = new ArrayList<>();
        private String invoiceStatus;

        private OrderBuilder(long id, long customerId, long deviceId, String status, long locationId, int daysAgo) {
            this.id = id;
            this.customerId = customerId;
            this.deviceId = deviceId;
            this.status = status;
            this.locationId = locationId;
            this.daysAgo = daysAgo;
        }

        OrderBuilder part(long productId, int quantity) {
            Product p = product(productId);
            lines.add(new Line(p.id(), p.name(), quantity, p.price(), p.purchasePrice()));
            return this;
        }

        OrderBuilder labour(String description, String price) {
            lines.add(new Line(null, description, 1, new BigDecimal(price), BigDecimal.ZERO.setScale(2)));
            return this;
        }

        /** A note written by user 1, 2 or 3. */
        OrderBuilder note(String type, int byUser, String text) {
            notes.add(new Note(type, text, author(byUser)));
            return this;
        }

        OrderBuilder task(String title, boolean done, int dueInDays) {
            tasks.add(new Task(title, done, dueInDays));
            return this;
        }

        OrderBuilder invoiced(String invoiceStatus) {
            this.invoiceStatus = invoiceStatus;
            return this;
        }

        private DemoShop.Order build() {
            return new DemoShop.Order(id, customerId, deviceId, status, locationId, daysAgo, List.copyOf(lines),
                    List.copyOf(notes), List.copyOf(tasks), invoiceStatus);
        }
    }
}
