package io.gatehouse.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class JsonBodyTests {

    private static final Set<String> WRITABLE = Set.of("description", "quantity", "price", "purchasePrice");

    @Test
    void readWhenNotJsonThenUnreadableBody() {
        assertRefused(request("{\"quantity\": 1", "application/json"), 400, "not valid JSON");
        assertRefused(request("[1, 2]", "application/json"), 400, "must be a JSON object");
        assertRefused(request("", "application/json"), 400, "must be a JSON object");
        assertRefused(request("{\"quantity\":1,\"quantity\":2}", "application/json"), 400, "given twice");
    }

    @Test
    void readWhenNotDeclaredJsonThenUnsupportedMediaType() {
        assertRefused(request("{}", "text/plain"), 415, "application/json");
        assertRefused(request("{}", null), 415, "application/json");
    }

    @Test
    void readWhenQueryParameterGivenThenRefused() {
        MockHttpServletRequest request = request("{}", "application/json");
        request.addParameter("dryRun", "true");

        assertRefused(request, 400, "Unknown query parameter 'dryRun'");
    }

    @Test
    void readWhenFieldHiddenThenSameWordsAsUnknownField() {
        ApiCaller caller = caller(Set.of("orderLine.purchasePrice"));

        ApiException hidden = refusal(request("{\"purchasePrice\":1}", "application/json"), caller);
        ApiException unknown = refusal(request("{\"margin\":1}", "application/json"), caller);

        assertThat(hidden.body().toString().replace("purchasePrice", "X"))
                .isEqualTo(unknown.body().toString().replace("margin", "X"));
        assertThat(hidden.refusal().code()).isEqualTo("excluded_field");
        assertThat(unknown.refusal().code()).isEqualTo("invalid_body");
    }

    @Test
    void validateWhenSeveralFieldsInvalidThenEveryOneNamed() {
        JsonBody body = JsonBody.read(request("{\"description\":\"  \",\"quantity\":0,\"price\":\"1.234\"}",
                "application/json"), caller(Set.of()), "orderLine", WRITABLE);
        body.requiredText("description", 500);
        body.integer("quantity", 1, 10_000);
        body.decimal("price", BigDecimal.ZERO, new BigDecimal("1000000"));

        assertThatThrownBy(body::validate).isInstanceOfSatisfying(ApiException.class, ex -> {
            @SuppressWarnings("unchecked")
            List<Map<String, String>> errors = (List<Map<String, String>>) ex.body().get("errors");
            assertThat(errors).extracting(e -> e.get("field")).containsExactly("description", "quantity", "price");
            assertThat(errors.get(0).get("message")).isEqualTo("is required");
        });
    }

    @Test
    void mergedWhenFieldAbsentThenPatchKeepsPutClearsButNeverAHiddenField() {
        JsonBody body = JsonBody.read(request("{\"quantity\":2}", "application/json"),
                caller(Set.of("orderLine.purchasePrice")), "orderLine", WRITABLE);

        assertThat(body.merged("quantity", 1, body.integer("quantity", 1, 10), true)).isEqualTo(2);
        assertThat(body.merged("description", "kept", null, false)).isEqualTo("kept");
        assertThat(body.merged("description", "cleared", null, true)).isNull();
        assertThat(body.merged("purchasePrice", "4.37", null, true)).isEqualTo("4.37");
    }

    private static void assertRefused(MockHttpServletRequest request, int status, String words) {
        ApiException ex = refusal(request, caller(Set.of()));
        assertThat(ex.status().value()).isEqualTo(status);
        assertThat(ex.getMessage()).contains(words);
    }

    private static ApiException refusal(MockHttpServletRequest request, ApiCaller caller) {
        try {
            JsonBody.read(request, caller, "orderLine", WRITABLE);
        }
        catch (ApiException ex) {
            return ex;
        }
        throw new AssertionError("expected a refusal");
    }

    private static MockHttpServletRequest request(String json, String contentType) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v3/orders/1/lines");
        if (contentType != null) {
            request.setContentType(contentType);
        }
        request.setContent(json.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    private static ApiCaller caller(Set<String> excluded) {
        return new ApiCaller(1, "gci_test", "Test", "session", AccessLevel.ADMIN, 1L, null, Set.of("orders:write"),
                excluded, Visibility.ALL);
    }
}
