package io.gatehouse.shop.orders.web;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import io.gatehouse.access.JsonBody;
import io.gatehouse.shop.orders.OrderLineDraft;
import io.gatehouse.shop.orders.OrderLineRecord;
import io.gatehouse.shop.orders.ShopReferences;
import io.gatehouse.shop.orders.ShopReferences.Product;

import org.springframework.stereotype.Component;

/**
 * Reads and checks the body of an order line write. A line may name a product, which then fills in what the
 * body leaves out: its name as the description, its purchase price. A caller from whom {@code purchasePrice}
 * is hidden cannot send one (the body refuses it as unknown), so its lines always take the product's.
 */
@Component
class OrderLineForm {

    static final Set<String> WRITABLE = Set.of("productId", "description", "quantity", "price", "purchasePrice",
            "vatRate");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");
    private static final BigDecimal MAX_VAT_RATE = new BigDecimal("100");

    private final ShopReferences references;

    OrderLineForm(ShopReferences references) {
        this.references = references;
    }

    OrderLineDraft create(JsonBody body) {
        Long productId = body.id("productId");
        Optional<Product> product = product(body, productId);
        String description = product.isPresent() ? body.text("description", 500)
                : body.requiredText("description", 500);
        Integer quantity = body.required("quantity", body.integer("quantity", 1, 10_000));
        BigDecimal price = body.required("price", amount(body, "price"));
        BigDecimal purchasePrice = amount(body, "purchasePrice");
        BigDecimal vatRate = body.required("vatRate", body.decimal("vatRate", BigDecimal.ZERO, MAX_VAT_RATE));
        body.validate();
        return new OrderLineDraft(productId, description != null ? description : product.get().name(), quantity,
                price, purchasePrice != null ? purchasePrice : defaultPurchasePrice(product), vatRate);
    }

    /** A PATCH: what the body leaves out stays as it is; a required field cannot be cleared. */
    OrderLineDraft update(JsonBody body, OrderLineRecord current) {
        Long productId = body.merged("productId", current.productId(), body.id("productId"), false);
        Optional<Product> product = body.has("productId") ? product(body, productId) : Optional.empty();
        String description = given(body, "description", current.description(),
                () -> body.requiredText("description", 500));
        Integer quantity = given(body, "quantity", current.quantity(),
                () -> body.required("quantity", body.integer("quantity", 1, 10_000)));
        BigDecimal price = given(body, "price", current.price(),
                () -> body.required("price", amount(body, "price")));
        BigDecimal purchasePrice = given(body, "purchasePrice", current.purchasePrice(),
                () -> amount(body, "purchasePrice"));
        BigDecimal vatRate = given(body, "vatRate", current.vatRate(),
                () -> body.required("vatRate", body.decimal("vatRate", BigDecimal.ZERO, MAX_VAT_RATE)));
        body.validate();
        if (purchasePrice == null) {
            // An explicit null puts back what a new line would get.
            purchasePrice = defaultPurchasePrice(productId == null ? Optional.empty()
                    : product.isPresent() ? product : references.product(productId));
        }
        return new OrderLineDraft(productId, description, quantity, price, purchasePrice, vatRate);
    }

    private Optional<Product> product(JsonBody body, Long productId) {
        Optional<Product> product = productId == null ? Optional.empty() : references.product(productId);
        if (productId != null && product.isEmpty()) {
            body.error("productId", "no product with this id");
        }
        return product;
    }

    private static BigDecimal amount(JsonBody body, String name) {
        return body.decimal(name, BigDecimal.ZERO, MAX_AMOUNT);
    }

    private static BigDecimal defaultPurchasePrice(Optional<Product> product) {
        return product.map(Product::purchasePrice).orElse(BigDecimal.ZERO.setScale(2));
    }

    private static <T> T given(JsonBody body, String name, T current, Supplier<T> read) {
        return body.has(name) ? read.get() : current;
    }
}
