package io.gatehouse.shop.devices;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.JsonBody;
import io.gatehouse.shop.customers.Customers;

import org.springframework.stereotype.Component;

/**
 * The customer a written order or device belongs to. A Customer client writes only inside its own tree:
 * without a {@code customerId} its records land on its owner, and a customer it cannot see is answered as
 * one that does not exist, so a write can neither place a record outside the tree nor probe for ids.
 */
@Component
public class OwningCustomer {

    private static final String NO_SUCH_CUSTOMER = "no customer with this id";

    private final Customers customers;

    OwningCustomer(Customers customers) {
        this.customers = customers;
    }

    /** The owner of a new record; an Admin client must name it. */
    public Long forCreate(JsonBody body, ApiCaller caller) {
        if (!body.has("customerId") && caller.isCustomer()) {
            return caller.ownerCustomerId();
        }
        return checked(body, body.required("customerId", body.id("customerId")), null, caller);
    }

    /** The owner after an update: unchanged unless the body names another one the caller may see. */
    public Long forUpdate(JsonBody body, long current, ApiCaller caller) {
        if (!body.has("customerId")) {
            return current;
        }
        return checked(body, body.required("customerId", body.id("customerId")), current, caller);
    }

    private Long checked(JsonBody body, Long customerId, Long current, ApiCaller caller) {
        if (customerId != null && !customerId.equals(current)
                && customers.find(customerId, caller.visibility()).isEmpty()) {
            body.error("customerId", NO_SUCH_CUSTOMER);
        }
        return customerId;
    }
}
