package io.gatehouse.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The scope catalogue and the API's controllers describe the same endpoints: a handler without a catalogue
 * entry would be refused by the policy (and left out of the docs), a catalogue entry without a handler would
 * be offered to admins in the console and documented, yet answer 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CatalogueCoverageTests {

    /** The API's documentation, served by springdoc: public, so outside the catalogue. */
    private static final List<String> DOCS = List.of(Endpoint.API_PREFIX + "/openapi.json",
            Endpoint.API_PREFIX + "/docs");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    Set<Endpoint> handled;

    @BeforeEach
    void collectHandlers() {
        handled = new LinkedHashSet<>();
        handlers.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith(Endpoint.API_PREFIX + "/") && !docs(pattern)) {
                    methods(info, method, pattern).forEach(m -> handled.add(new Endpoint(m.name(), pattern)));
                }
            }
        });
    }

    @Test
    void handlersWhenUnderApiThenEachMethodHasCatalogueEntry() {
        assertThat(handled).isNotEmpty();
        Set<Endpoint> uncatalogued = new LinkedHashSet<>(handled);
        uncatalogued.removeIf(endpoint -> ScopeCatalogue.requiredFor(endpoint).isPresent());
        assertThat(uncatalogued).as("API handlers without an entry in ScopeCatalogue").isEmpty();
    }

    @Test
    void catalogueWhenListedThenEveryEndpointHasHandler() {
        Set<Endpoint> unhandled = new LinkedHashSet<>(ScopeCatalogue.endpoints());
        unhandled.removeAll(handled);
        assertThat(unhandled).as("ScopeCatalogue endpoints without a handler").isEmpty();
    }

    @Test
    void catalogueWhenListedThenEachEndpointOnce() {
        assertThat(ScopeCatalogue.endpoints()).doesNotHaveDuplicates();
    }

    private static boolean docs(String pattern) {
        return DOCS.stream().anyMatch(d -> pattern.equals(d) || pattern.startsWith(d + "/")
                || pattern.startsWith(d + "."));
    }

    /** A mapping without a method answers every method: the catalogue can never cover it, so it fails. */
    private static Set<RequestMethod> methods(RequestMappingInfo info, HandlerMethod method, String pattern) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        assertThat(methods).as("%s on %s declares its HTTP method", method, pattern).isNotEmpty();
        return methods;
    }
}
