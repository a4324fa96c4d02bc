package io.gatehouse.console;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.gatehouse.access.AccessLevel;
import io.gatehouse.clients.ClientRegistry;
import io.gatehouse.clients.ClientRevokedException;
import io.gatehouse.clients.OAuthClient;
import io.gatehouse.identity.ConsoleUser;
import io.gatehouse.identity.UserDirectory;
import io.gatehouse.shop.CustomerDirectory;
import io.gatehouse.shop.CustomerSummary;

import org.springframework.stereotype.Component;

/** Finds the current tenant's clients and turns them into what the pages show. */
@Component
class ClientViews {

    private final ClientRegistry registry;
    private final UserDirectory users;
    private final CustomerDirectory customers;
    private final Clock clock;

    ClientViews(ClientRegistry registry, UserDirectory users, CustomerDirectory customers, Clock clock) {
        this.registry = registry;
        this.users = users;
        this.customers = customers;
        this.clock = clock;
    }

    /** The client, or the console's 404 when the id is unknown in this tenant. */
    OAuthClient require(long id) {
        return registry.find(id).orElseThrow(PageNotFoundException::new);
    }

    /** The client, if it can still be changed; a revoked one is answered by the console's 409 page. */
    OAuthClient requireModifiable(long id) {
        OAuthClient client = require(id);
        if (client.revokedAt() != null) {
            throw new ClientRevokedException(id);
        }
        return client;
    }

    ClientView view(OAuthClient client) {
        return ClientView.of(client, owner(client, null), clock.instant());
    }

    List<ClientView> list() {
        Map<Long, ConsoleUser> byId = users.list().stream()
                .collect(Collectors.toMap(ConsoleUser::id, Function.identity()));
        return registry.list().stream()
                .map(client -> ClientView.of(client, owner(client, byId), clock.instant()))
                .toList();
    }

    private String owner(OAuthClient client, Map<Long, ConsoleUser> knownUsers) {
        if (client.accessLevel() == AccessLevel.ADMIN && client.ownerUserId() != null) {
            long id = client.ownerUserId();
            ConsoleUser user = knownUsers != null ? knownUsers.get(id) : users.find(id).orElse(null);
            return user == null ? "Unknown user #" + id : user.displayName();
        }
        if (client.ownerCustomerId() != null) {
            long id = client.ownerCustomerId();
            return customers.find(id).map(CustomerSummary::name).orElse("Unknown customer #" + id);
        }
        return "—";
    }
}
