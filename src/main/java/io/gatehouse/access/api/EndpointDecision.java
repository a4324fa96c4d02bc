package io.gatehouse.access.api;

import java.util.List;

import org.springframework.security.authorization.AuthorizationResult;

/** What the policy decided about the endpoint and scope of a request. */
sealed interface EndpointDecision extends AuthorizationResult {

    EndpointDecision GRANTED = new Granted();
    EndpointDecision NO_CALLER = new NoCaller();
    EndpointDecision UNKNOWN_ENDPOINT = new UnknownEndpoint();

    record Granted() implements EndpointDecision {

        @Override
        public boolean isGranted() {
            return true;
        }
    }

    /** No authenticated caller: answered 401 by the entry point. */
    record NoCaller() implements EndpointDecision {

        @Override
        public boolean isGranted() {
            return false;
        }
    }

    record MissingScope(String scope) implements EndpointDecision {

        @Override
        public boolean isGranted() {
            return false;
        }
    }

    /** Not an endpoint of the catalogue: answered as any nonexistent address. */
    record UnknownEndpoint() implements EndpointDecision {

        @Override
        public boolean isGranted() {
            return false;
        }
    }

    /** The path is an endpoint, but not with this method. */
    record MethodNotAllowed(List<String> allowed) implements EndpointDecision {

        @Override
        public boolean isGranted() {
            return false;
        }
    }
}
