package io.gatehouse.shop.orders;

import java.util.Optional;

import io.gatehouse.tenancy.TenantJdbc;

import org.springframework.stereotype.Repository;

@Repository
class JdbcShopReferences implements ShopReferences {

    private final TenantJdbc jdbc;

    JdbcShopReferences(TenantJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean statusExists(String code) {
        return jdbc.sql("select count(*) from order_status where tenant_id = :tenant and code = :code")
                .param("code", code).query(Long.class).single() > 0;
    }

    @Override
    public boolean locationExists(long id) {
        return jdbc.sql("select count(*) from location where tenant_id = :tenant and id = :id")
                .param("id", id).query(Long.class).single() > 0;
    }

    @Override
    public Optional<Product> product(long id) {
        return jdbc.sql("select id, name, purchase_price from product where tenant_id = :tenant and id = :id")
                .param("id", id)
                .query((rs, row) -> new Product(rs.getLong("id"), rs.getString("name"),
                        rs.getBigDecimal("purchase_price")))
                .optional();
    }
}
