package io.gatehouse.shop.orders.web;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.JsonBody;
import io.gatehouse.shop.devices.DeviceRecord;
import io.gatehouse.shop.devices.Devices;
import io.gatehouse.shop.devices.OwningCustomer;
import io.gatehouse.shop.orders.OrderDraft;
import io.gatehouse.shop.orders.OrderRecord;
import io.gatehouse.shop.orders.ShopReferences;

import org.springframework.stereotype.Component;

/** Reads and checks the body of an order write, collecting every field error before any is answered. */
@Component
class OrderForm {

    static final Set<String> WRITABLE = Set.of("customerId", "deviceId", "status", "reference", "locationId");
    private static final String NEW_ORDER_STATUS = "OPEN";

    private final OwningCustomer owner;
    private final Devices devices;
    private final ShopReferences references;

    OrderForm(OwningCustomer owner, Devices devices, ShopReferences references) {
        this.owner = owner;
        this.devices = devices;
        this.references = references;
    }

    OrderDraft create(JsonBody body, ApiCaller caller) {
        Long customerId = owner.forCreate(body, caller);
        Long deviceId = body.id("deviceId");
        String status = body.has("status") ? status(body) : NEW_ORDER_STATUS;
        String reference = body.text("reference", 100);
        Long locationId = location(body);
        checkDevice(body, deviceId, customerId, caller);
        body.validate();
        return new OrderDraft(customerId, deviceId, status, reference, locationId);
    }

    /** A PATCH: what the body leaves out, including fields hidden from the caller, stays as it is. */
    OrderDraft update(JsonBody body, OrderRecord current, ApiCaller caller) {
        Long customerId = owner.forUpdate(body, current.customerId(), caller);
        Long deviceId = body.merged("deviceId", current.deviceId(), body.id("deviceId"), false);
        String status = body.has("status") ? status(body) : current.status();
        String reference = body.merged("reference", current.reference(), body.text("reference", 100), false);
        Long locationId = body.has("locationId") ? location(body) : current.locationId();
        if (body.has("deviceId") || !Objects.equals(customerId, current.customerId())) {
            checkDevice(body, deviceId, customerId, caller);
        }
        body.validate();
        return new OrderDraft(customerId, deviceId, status, reference, locationId);
    }

    private String status(JsonBody body) {
        String code = body.requiredText("status", 40);
        if (code != null && code.length() <= 40 && !references.statusExists(code)) {
            body.error("status", "no status with this code");
        }
        return code;
    }

    private Long location(JsonBody body) {
        Long id = body.id("locationId");
        if (id != null && !references.locationExists(id)) {
            body.error("locationId", "no location with this id");
        }
        return id;
    }

    /**
     * An order's device is one the caller may see, of the order's own customer. A device the caller cannot
     * see is answered as one that does not exist, like a customer.
     */
    private void checkDevice(JsonBody body, Long deviceId, Long customerId, ApiCaller caller) {
        if (deviceId == null) {
            return;
        }
        Optional<DeviceRecord> device = devices.find(deviceId, caller.visibility());
        boolean given = body.has("deviceId");
        if (device.isEmpty()) {
            if (given) {
                body.error("deviceId", "no device with this id");
            }
        }
        else if (customerId != null && device.get().customerId() != customerId) {
            if (given) {
                body.error("deviceId", "belongs to another customer than the order");
            }
            else {
                body.error("customerId", "does not own the order's device: give the order a device of this "
                        + "customer, or none, in the same request");
            }
        }
    }
}
