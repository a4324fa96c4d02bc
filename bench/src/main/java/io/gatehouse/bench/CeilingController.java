package io.gatehouse.bench;

import java.util.Map;

import io.gatehouse.access.Endpoint;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The smallest request the stack answers: through the same Tomcat, servlet filters, security chain and MVC as the
 * API, a few bytes of JSON, no database. bench/run measures it as the stack's ceiling on this machine, so that a
 * goal no request of this stack could reach shows as such in the table. Baseline profile only, as everything here.
 */
@RestController
@Profile("bench-baseline")
class CeilingController {

    static final String PATH = Endpoint.API_PREFIX + "/bench/ceiling";

    private static final Map<String, String> ANSWER = Map.of("status", "ok");

    @GetMapping(PATH)
    Map<String, String> ceiling() {
        return ANSWER;
    }
}
