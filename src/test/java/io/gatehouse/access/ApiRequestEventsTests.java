package io.gatehouse.access;

import static io.gatehouse.support.ClientFixtures.adminClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.gatehouse.support.ApiTestSupport;
import io.gatehouse.support.LoggedRequests;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.support.ServletRequestHandledEvent;

/**
 * An API request publishes no "request handled" event: nothing in Gatehouse listens to it, and publishing it looks
 * the listeners up on every request (docs/decisions.md §26). Every request is in the request log instead.
 */
class ApiRequestEventsTests extends ApiTestSupport {

    @Autowired
    ApplicationEventMulticaster events;

    @Autowired
    JdbcClient jdbc;

    @Test
    void requestWhenAnsweredThenNoRequestHandledEventPublished() {
        List<ServletRequestHandledEvent> published = new CopyOnWriteArrayList<>();
        ApplicationListener<ServletRequestHandledEvent> listener = published::add;
        events.addApplicationListener(listener);
        try {
            ApiToken token = token(ACME, adminClient().scopes("customers:read"));
            HttpResponse<String> response = get(token, "/api/v3/customers/1");
            assertThat(response.statusCode()).isEqualTo(200);
            // Logged once the whole chain has returned: by then the servlet would have published its event.
            new LoggedRequests(jdbc).entryOf(response);
        }
        finally {
            events.removeApplicationListener(listener);
        }

        assertThat(published).isEmpty();
    }
}
