package io.gatehouse.shop.customers.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.gatehouse.access.ApiCaller;
import io.gatehouse.access.ApiController;
import io.gatehouse.access.ApiPage;
import io.gatehouse.access.ApiQuery;
import io.gatehouse.access.CustomerTree;
import io.gatehouse.access.JsonBody;
import io.gatehouse.access.ListQuery;
import io.gatehouse.shop.customers.CustomerDraft;
import io.gatehouse.shop.customers.CustomerRecord;
import io.gatehouse.shop.customers.Customers;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** {@code /api/v3/customers}: customers and their child customers. */
@ApiController
@RequestMapping("/api/v3/customers")
class CustomerApi {

    private static final Set<String> WRITABLE = Set.of("parentId", "name", "email", "phone", "businessId",
            "billingAddress", "shippingAddress");

    private final Customers customers;
    private final CustomerTree tree;

    CustomerApi(Customers customers, CustomerTree tree) {
        this.customers = customers;
        this.tree = tree;
    }

    @GetMapping
    ApiPage list(HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        ListQuery query = ApiQuery.list(request, Customers.QUERY, caller);
        return ApiPage.of(request, query, customers.count(query, caller.visibility()),
                representations(customers.list(query, caller.visibility()), caller));
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable long id, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        ApiQuery.item(request, Customers.QUERY, caller);
        return visible(id, caller).representation(caller);
    }

    @GetMapping("/{id}/children")
    ApiPage children(@PathVariable long id, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        visible(id, caller);
        ListQuery query = ApiQuery.list(request, Customers.QUERY, caller);
        return ApiPage.of(request, query, customers.countChildren(query, caller.visibility(), id),
                representations(customers.children(query, caller.visibility(), id), caller));
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        JsonBody body = JsonBody.read(request, caller, "customer", WRITABLE);
        CustomerRecord created = customers.create(draft(body, null, true, caller));
        return ResponseEntity.created(URI.create("/api/v3/customers/" + created.id()))
                .body(created.representation(caller));
    }

    @PutMapping("/{id}")
    Map<String, Object> replace(@PathVariable long id, HttpServletRequest request) {
        return update(id, request, true);
    }

    @PatchMapping("/{id}")
    Map<String, Object> patch(@PathVariable long id, HttpServletRequest request) {
        return update(id, request, false);
    }

    private Map<String, Object> update(long id, HttpServletRequest request, boolean replace) {
        ApiCaller caller = ApiCaller.current();
        CustomerRecord current = visible(id, caller);
        JsonBody body = JsonBody.read(request, caller, "customer", WRITABLE);
        return customers.update(id, draft(body, current, replace, caller)).representation(caller);
    }

    private static List<Map<String, Object>> representations(List<CustomerRecord> page, ApiCaller caller) {
        return page.stream().map(c -> c.representation(caller)).toList();
    }

    private CustomerRecord visible(long id, ApiCaller caller) {
        return customers.visible(id, caller.visibility());
    }

    /** @param current the customer updated, or null for a create */
    private CustomerDraft draft(JsonBody body, CustomerRecord current, boolean replace, ApiCaller caller) {
        CustomerRecord was = current != null ? current
                : new CustomerRecord(0, null, null, null, null, null, null, null, null, null);
        CustomerDraft draft = new CustomerDraft(
                parent(body, current, replace, caller),
                body.merged("name", was.name(), body.text("name", 200), replace),
                body.merged("email", was.email(), body.email("email"), replace),
                body.merged("phone", was.phone(), body.text("phone", 50), replace),
                body.merged("businessId", was.businessId(), body.text("businessId", 50), replace),
                body.merged("billingAddress", was.billingAddress(), body.text("billingAddress", 500), replace),
                body.merged("shippingAddress", was.shippingAddress(), body.text("shippingAddress", 500), replace));
        if (draft.name() == null && (current == null || body.has("name") || replace)) {
            body.error("name", "is required");
        }
        body.validate();
        return draft;
    }

    /**
     * The parent after the write. A Customer client keeps every customer it writes inside its own tree: a new
     * customer goes under its owner unless it names another of its customers, and its owner's own parent,
     * outside the tree, stays as it is.
     */
    private Long parent(JsonBody body, CustomerRecord current, boolean replace, ApiCaller caller) {
        Long given = body.id("parentId");
        boolean root = current != null && current.id() == caller.ownerCustomerIdOrZero();
        if (caller.isCustomer() && root) {
            if (body.has("parentId") && !Objects.equals(given, current.parentId())) {
                body.error("parentId", "cannot be changed for the customer that owns this client");
            }
            return current.parentId();
        }
        Long parentId = body.merged("parentId", current == null ? null : current.parentId(), given, replace);
        if (parentId == null && caller.isCustomer()) {
            if (current == null && !body.has("parentId")) {
                return caller.ownerCustomerId();
            }
            body.error("parentId", "is required: one of the customers this client owns");
            return null;
        }
        if (parentId != null && customers.find(parentId, caller.visibility()).isEmpty()) {
            body.error("parentId", "no customer with this id");
        }
        else if (parentId != null && current != null && tree.withDescendants(current.id()).contains(parentId)) {
            body.error("parentId", "cannot be the customer itself or one of its descendants");
        }
        return parentId;
    }
}
