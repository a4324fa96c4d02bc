package io.gatehouse.authserver;

import io.gatehouse.tenancy.UsageProperties;
import io.gatehouse.tenancy.UsageRecorder;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The sessions' request counts and last uses, gathered off the request thread and added to {@code oauth_session}
 * once per {@code gatehouse.usage.flush-interval}. Nothing on the token check reads them (decisions §22).
 */
@Component
class SessionUsage extends UsageRecorder<String> {

    SessionUsage(SessionStore store, TransactionOperations transactions, UsageProperties properties) {
        super("session", store::addUses, transactions, properties);
    }
}
