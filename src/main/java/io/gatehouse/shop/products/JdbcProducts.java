package io.gatehouse.shop.products;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gatehouse.access.ListQuery;
import io.gatehouse.tenancy.TenantJdbc;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcProducts implements Products {

    private static final String COLUMNS = """
            select p.id, p.sku, p.name, p.price, p.purchase_price, p.stock_quantity, p.location_id, p.updated_at
            from product p where p.tenant_id = :tenant""";

    private final TenantJdbc jdbc;
    private final Clock clock;

    JdbcProducts(TenantJdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<ProductRecord> find(long id) {
        return jdbc.sql(COLUMNS + " and p.id = :id").param("id", id).query(JdbcProducts::map).optional();
    }

    @Override
    public List<ProductRecord> list(ListQuery query) {
        return query.page(jdbc, COLUMNS, Map.of(), JdbcProducts::map);
    }

    @Override
    public long count(ListQuery query) {
        return query.total(jdbc, COLUMNS, Map.of());
    }

    /**
     * The stock changes in the database, relative to whatever it is when the row is locked, never by writing
     * back a quantity read before: two movements at once both count. The product is read back inside the
     * transaction, while its row is still locked, so the answer shows exactly this movement's result.
     */
    @Override
    @Transactional
    public Optional<ProductRecord> move(long productId, StockMovement movement) {
        OffsetDateTime now = TenantJdbc.ts(clock.instant());
        int changed = jdbc.sql("""
                update product set stock_quantity = stock_quantity + :delta, updated_at = :now
                where tenant_id = :tenant and id = :id""")
                .param("delta", movement.quantityDelta()).param("now", now).param("id", productId).update();
        if (changed == 0) {
            return Optional.empty();
        }
        jdbc.sql("""
                insert into stock_movement (tenant_id, product_id, quantity_delta, reason, created_at)
                values (:tenant, :product, :delta, :reason, :now)""")
                .param("product", productId).param("delta", movement.quantityDelta())
                .param("reason", movement.reason()).param("now", now).update();
        return find(productId);
    }

    private static ProductRecord map(ResultSet rs, int row) throws SQLException {
        return new ProductRecord(rs.getLong("id"), rs.getString("sku"), rs.getString("name"), rs.getBigDecimal("price"),
                rs.getBigDecimal("purchase_price"), rs.getInt("stock_quantity"),
                TenantJdbc.nullableLong(rs, "location_id"), TenantJdbc.instant(rs, "updated_at"));
    }
}
