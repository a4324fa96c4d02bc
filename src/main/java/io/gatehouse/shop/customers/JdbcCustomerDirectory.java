package io.gatehouse.shop.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
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

    JdbcCustomerDirectory(TenantJdbc jdbc) {
        this.jdbc = jdbc;
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

    @Override
    public Set<Long> withDescendants(long customerId) {
        Set<Long> all = new LinkedHashSet<>();
        if (find(customerId).isEmpty()) {
            return all;
        }
        // Hierarchies are shallow (a company and its branches), so a breadth-first walk is enough.
        Deque<Long> pending = new ArrayDeque<>(List.of(customerId));
        while (!pending.isEmpty()) {
            long id = pending.pop();
            if (all.add(id)) {
                pending.addAll(jdbc.sql("select id from customer where tenant_id = :tenant and parent_id = :id")
                        .param("id", id).query(Long.class).list());
            }
        }
        return all;
    }

    private static CustomerSummary map(ResultSet rs, int row) throws SQLException {
        return new CustomerSummary(rs.getLong("id"), TenantJdbc.nullableLong(rs, "parent_id"), rs.getString("name"),
                rs.getString("email"), rs.getString("business_id"));
    }
}
