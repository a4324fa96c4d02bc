package io.gatehouse.support;

import java.time.LocalDate;
import java.util.List;

import io.gatehouse.access.AccessLevel;
import io.gatehouse.clients.NewClient;
import io.gatehouse.clients.TokenExpiration;

/** Builders for client requests, valid by default; tests change only what they are about. */
public final class ClientFixtures {

    /** Seeded ids, the same in acme and globex: admin user 1, staff1 2; customer 1 with children 2 and 3. */
    public static final long ADMIN_USER_ID = 1;
    public static final long STAFF_USER_ID = 2;
    public static final long PARENT_CUSTOMER_ID = 1;
    public static final long OTHER_CUSTOMER_ID = 4;

    private ClientFixtures() {
    }

    public static Builder adminClient() {
        return new Builder().accessLevel(AccessLevel.ADMIN).ownerUserId(ADMIN_USER_ID)
                .scopes("orders:read", "customers:read", "users:read");
    }

    public static Builder customerClient() {
        return new Builder().accessLevel(AccessLevel.CUSTOMER).ownerCustomerId(PARENT_CUSTOMER_ID)
                .scopes("orders:read", "devices:read").excludedFields("orderLine.purchasePrice");
    }

    public static final class Builder {

        private String name = "Test client";
        private AccessLevel accessLevel;
        private Long ownerUserId;
        private Long ownerCustomerId;
        private TokenExpiration expiration = new TokenExpiration(TokenExpiration.Choice.MONTH, null);
        private List<String> scopes = List.of();
        private List<String> excludedFields = List.of();

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder accessLevel(AccessLevel accessLevel) {
            this.accessLevel = accessLevel;
            return this;
        }

        public Builder ownerUserId(Long ownerUserId) {
            this.ownerUserId = ownerUserId;
            return this;
        }

        public Builder ownerCustomerId(Long ownerCustomerId) {
            this.ownerCustomerId = ownerCustomerId;
            return this;
        }

        public Builder expiration(TokenExpiration.Choice choice) {
            this.expiration = new TokenExpiration(choice, null);
            return this;
        }

        public Builder expiresOn(LocalDate date) {
            this.expiration = new TokenExpiration(TokenExpiration.Choice.DATE, date);
            return this;
        }

        public Builder scopes(String... scopes) {
            this.scopes = List.of(scopes);
            return this;
        }

        public Builder excludedFields(String... fields) {
            this.excludedFields = List.of(fields);
            return this;
        }

        public NewClient build() {
            return new NewClient(name, accessLevel, ownerUserId, ownerCustomerId, expiration, scopes, excludedFields);
        }
    }
}
