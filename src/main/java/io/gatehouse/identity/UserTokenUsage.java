package io.gatehouse.identity;

import io.gatehouse.tenancy.UsageProperties;
import io.gatehouse.tenancy.UsageRecorder;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The user tokens' request counts and last uses, gathered off the request thread and added to
 * {@code user_token} once per {@code gatehouse.usage.flush-interval}. Revocation and deactivation are not
 * cached: each request reads them.
 */
@Component
class UserTokenUsage extends UsageRecorder<Long> {

    UserTokenUsage(JdbcUserTokenStore store, TransactionOperations transactions, UsageProperties properties) {
        super("user token", store::addUses, transactions, properties);
    }
}
