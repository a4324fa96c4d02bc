package io.gatehouse.access;

import java.util.Map;
import java.util.Set;

/**
 * Which customers' records a caller may see. Repositories apply it in SQL, so a record outside it is
 * never read: not by id, not in a list, not in a count.
 */
public sealed interface Visibility {

    /** Every record of the tenant: Admin clients. */
    record All() implements Visibility {

        @Override
        public boolean sees(Long customerId) {
            return true;
        }

        @Override
        public String sql(String customerColumn) {
            return "";
        }

        @Override
        public Map<String, Object> params() {
            return Map.of();
        }
    }

    /** Only records owned by these customers: a Customer client's owner and its descendants. */
    record OwnedBy(Set<Long> customerIds) implements Visibility {

        public OwnedBy {
            customerIds = Set.copyOf(customerIds);
        }

        @Override
        public boolean sees(Long customerId) {
            return customerId != null && customerIds.contains(customerId);
        }

        @Override
        public String sql(String customerColumn) {
            return customerIds.isEmpty() ? " and 1 = 0" : " and " + customerColumn + " in (:visibleCustomers)";
        }

        @Override
        public Map<String, Object> params() {
            return customerIds.isEmpty() ? Map.of() : Map.of("visibleCustomers", customerIds);
        }
    }

    Visibility ALL = new All();

    boolean sees(Long customerId);

    /** A condition to append to a {@code where} clause, on the column holding the owning customer's id. */
    String sql(String customerColumn);

    /** The parameters {@link #sql(String)} uses. */
    Map<String, Object> params();
}
