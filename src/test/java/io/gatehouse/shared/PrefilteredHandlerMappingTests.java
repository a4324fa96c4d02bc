package io.gatehouse.shared;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.gatehouse.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;

class PrefilteredHandlerMappingTests extends ApiTestSupport {

    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mapping;

    @Test
    void literalPrefixWhenPatternHasVariablesOrWildcardsThenSegmentsBeforeThem() {
        assertThat(PrefilteredHandlerMapping.literalPrefix("/api/v3/orders/{id}")).isEqualTo("/api/v3/orders");
        assertThat(PrefilteredHandlerMapping.literalPrefix("/api/v3/orders/{id:\\d+}/lines")).isEqualTo("/api/v3/orders");
        assertThat(PrefilteredHandlerMapping.literalPrefix("/api/v3/docs/**")).isEqualTo("/api/v3/docs");
        assertThat(PrefilteredHandlerMapping.literalPrefix("/files/report*.csv")).isEqualTo("/files");
        assertThat(PrefilteredHandlerMapping.literalPrefix("/files/report-?.csv")).isEqualTo("/files");
        assertThat(PrefilteredHandlerMapping.literalPrefix("/{*rest}")).isEmpty();
        assertThat(PrefilteredHandlerMapping.literalPrefix("/console/clients/")).isEqualTo("/console/clients");
        assertThat(PrefilteredHandlerMapping.literalPrefix("/console/clients")).isEqualTo("/console/clients");
        assertThat(PrefilteredHandlerMapping.literalPrefix("")).isEmpty();
    }

    @Test
    void handlerMappingWhenApplicationStartsThenIsBootsMappingOfThePrefilteredClass() {
        assertThat(mapping).isInstanceOf(PrefilteredHandlerMapping.class);
        assertThat(mapping.getHandlerMethods()).hasSizeGreaterThan(50); // the API's and the console's together
    }

    /**
     * The prefilter may only pass mappings over: for every mapping of the application and every request made from
     * any mapping's patterns, with every method, whatever Spring's own conditions match, the prefilter lets through.
     */
    @Test
    void mayMatchWhenSpringsConditionsMatchThenTrueForEveryMappingAndPath() {
        PrefilteredHandlerMapping prefiltered = (PrefilteredHandlerMapping) mapping;
        Set<RequestMappingInfo> infos = mapping.getHandlerMethods().keySet();
        Set<String> paths = paths(infos);
        List<String> wrong = new ArrayList<>();
        Set<RequestMappingInfo> matchedOnce = new LinkedHashSet<>();
        for (RequestMappingInfo info : infos) {
            for (String path : paths) {
                for (String method : METHODS) {
                    if (info.getMatchingCondition(request(info, method, path)) != null) {
                        matchedOnce.add(info);
                        if (!prefiltered.mayMatch(info, path)) {
                            wrong.add(method + " " + path + " passed over by " + info);
                        }
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(matchedOnce).as("every mapping matched by some request, so none is checked in vain")
                .containsExactlyInAnyOrderElementsOf(infos);
    }

    @Test
    void mayMatchWhenApiReadThenConsoleMappingsPassedOver() {
        PrefilteredHandlerMapping prefiltered = (PrefilteredHandlerMapping) mapping;
        Set<RequestMappingInfo> infos = mapping.getHandlerMethods().keySet();
        long asked = infos.stream().filter(info -> prefiltered.mayMatch(info, "/api/v3/orders/6")).count();
        assertThat(asked).isPositive().isLessThan(infos.size() / 4);
    }

    private static MockHttpServletRequest request(RequestMappingInfo info, String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst()
                .ifPresent(type -> request.setContentType(type.toString()));
        info.getProducesCondition().getProducibleMediaTypes().stream().findFirst()
                .ifPresent(type -> request.addHeader("Accept", type.toString()));
        info.getHeadersCondition().getExpressions().stream().filter(e -> !e.isNegated())
                .forEach(e -> request.addHeader(e.getName(), e.getValue() == null ? "true" : e.getValue()));
        info.getParamsCondition().getExpressions().stream().filter(e -> !e.isNegated())
                .forEach(e -> request.addParameter(e.getName(), e.getValue() == null ? "1" : e.getValue()));
        if (request.getContentType() == null && !"GET".equals(method) && !"HEAD".equals(method)) {
            request.setContentType(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
        }
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }

    /** Every mapping's patterns with their variables and wildcards filled in several ways, with and without a final slash. */
    private static Set<String> paths(Set<RequestMappingInfo> infos) {
        Set<String> paths = new LinkedHashSet<>(List.of("", "/", "/api/v3/orders/6", "/api/v3", "/console"));
        for (RequestMappingInfo info : infos) {
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                String p = pattern.getPatternString();
                for (String[] fill : new String[][] { { "6", "", "" }, { "x", "a", "a/b" }, { "ab-1", "b", "/c" } }) {
                    String path = p.replaceAll("\\{\\*[^}]*}", fill[2].isEmpty() ? "" : "/" + fill[2])
                            .replaceAll("\\{[^}]*}", fill[0]).replace("**", fill[2]).replace("*", fill[1])
                            .replace("?", "q");
                    paths.add(path);
                    paths.add(path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/");
                }
                paths.add(PrefilteredHandlerMapping.literalPrefix(p));
            }
        }
        return paths;
    }
}
