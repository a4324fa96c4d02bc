package io.gatehouse.shop.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.gatehouse.access.CustomerTree;
import io.gatehouse.shop.CustomerDirectory;
import io.gatehouse.shop.CustomerSummary;
import io.gatehouse.tenancy.TenantJdbc;

import org.springframework.stereotype.Repository;

@Repository
class JdbcCustomerDirectory implements CustomerDirectory, CustomerTree {

    private final TenantJdbc jdbc;
    private final CustomerTrees trees;

    JdbcCustomerDirectory(TenantJdbc jdbc, CustomerTrees trees) {
        this.jdbc = jdbc;
        this.trees = trees;
    }

    @Override
    public Optional<CustomerSummary> find(long id) {
        return jdbc.sql("select id, parent_id, name, email, business_id from customer where tenant_id = :tenant and id = :id")
                .param("id", id).query(JdbcCustomerDirectory::map).optional();
    }

    @Override
    public List<CustomerSummary> search(String query, int limit) {
        String pattern = "%" + (query == null ? "" : query.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return jdbc.sql("""
                select id, parent_id, name, email, business_id from customer
                where tenant_id = :tenant
                  and (lower(name) like :q escape '\\' or lower(coalesce(email, '')) like :q escape '\\'
                       or lower(coalesce(business_id, '')) like :q escape '\\')
                order by name, id
                limit :limit""")
                .param("q", pattern).param("limit", limit)
                .query(JdbcCustomerDirectory::map).list();
    }

    /** Read through the node's cache of trees ({@link CustomerTrees}). */
    @Override
    public Set<Long> withDescendants(long customerId) {
        return trees.get(customerId);
    }

    private static CustomerSummary map(ResultSet rs, int row) throws SQLException {
        return new CustomerSummary(rs.getLong("id"), TenantJdbc.nullableLong(rs, "parent_id"), rs.getString("name"),
                rs.getString("email"), rs.getString("business_id"));
    }
}
