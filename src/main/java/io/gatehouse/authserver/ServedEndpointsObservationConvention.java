package io.gatehouse.authserver;

import io.micrometer.common.KeyValue;

import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * {@code http.server.requests} names the authorization server's endpoints by their paths. They are filters, not
 * MVC handlers, so no path pattern is known for them and Spring's convention files every token, introspection and
 * revocation request, answered or refused, under {@code uri="UNKNOWN"}, together with anything else unmatched. The
 * paths named are the four this server serves, so the tag keeps a handful of values.
 */
final class ServedEndpointsObservationConvention extends DefaultServerRequestObservationConvention {

    @Override
    protected KeyValue uri(ServerRequestObservationContext context) {
        if (context.getPathPattern() == null && context.getCarrier() != null) {
            String path = UnservedEndpointsFilter.servedPath(context.getCarrier());
            if (path != null) {
                return KeyValue.of("uri", path);
            }
        }
        return super.uri(context);
    }
}
