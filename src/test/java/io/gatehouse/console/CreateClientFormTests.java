package io.gatehouse.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.gatehouse.access.AccessLevel;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The Create New Client form: what it offers, and every validation message next to its field. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CreateClientFormTests {

    static final String NEW = "/console/settings/api/clients/new";

    @Autowired
    MockMvc mvc;

    ConsoleBrowser admin;

    @BeforeEach
    void logIn() {
        admin = ConsoleBrowser.loggedIn(mvc, "acme", "admin");
    }

    static Map<String, Object> validForm() {
        Map<String, Object> form = new HashMap<>();
        form.put("name", "Warehouse sync");
        form.put("accessLevel", "ADMIN");
        form.put("ownerUserId", "1");
        form.put("expiration", "MONTH");
        form.put("scopes", List.of("orders:read", "customers:read"));
        form.put("excludedFields", List.of("orderLine.purchasePrice"));
        return form;
    }

    Document submitInvalid(Map<String, Object> form) {
        admin.page(NEW);
        MockHttpServletResponse response = admin.submit(NEW, form);
        assertThat(response.getStatus()).isEqualTo(422);
        return ConsoleBrowser.parse(response);
    }

    /** The message is in #key-error, inside the field, and the control points at it. */
    static void assertErrorNextTo(Document page, String key, String control, String message) {
        Element error = page.getElementById(key + "-error");
        assertThat(error).as("error element for " + key).isNotNull();
        assertThat(error.text()).contains(message);
        Element field = page.getElementById(key);
        assertThat(field == null ? error.parent() : field).as("field " + key).isNotNull();
        Element target = page.selectFirst(control);
        assertThat(target).as(control).isNotNull();
        assertThat(target.attr("aria-invalid")).as(control + " aria-invalid").isEqualTo("true");
        assertThat(target.attr("aria-describedby").split(" ")).as(control + " aria-describedby").contains(key + "-error");
        assertThat(page.select("#error-summary a[href=#" + key + "-error]").text()).contains(message);
    }

    @Test
    void formWhenShownThenOffersEveryChoiceFromTheArticle() {
        Document page = admin.page(NEW);

        assertThat(page.select("h1").text()).isEqualTo("Create New Client");
        assertThat(page.select("label[for=name]").text()).isEqualTo("Client name");
        assertThat(page.select("#accessLevel legend").first().text()).isEqualTo("Access Level");
        for (AccessLevel level : AccessLevel.values()) {
            Element radio = page.getElementById("accessLevel-" + level.name());
            assertThat(radio.attr("type")).isEqualTo("radio");
            assertThat(page.select("label[for=accessLevel-" + level.name() + "]").text()).isEqualTo(level.label());
            assertThat(page.getElementById(radio.attr("aria-describedby")).text()).isEqualTo(level.explanation());
        }
        assertThat(page.select("#owner legend").first().text()).isEqualTo("Owner");
        assertThat(page.select("select#ownerUserId option").eachText())
                .contains("Acme Admin (admin, Admin)", "Sam Staff (staff1, Staff)");
        assertThat(page.select("#customer-options label").eachText()).contains("Acme Northwind Traders (NW-001)",
                "Acme Northwind Helsinki branch (NW-002) — child customer", "Acme Contoso Ltd (CT-001)");
        assertThat(page.getElementById("customer-hint").text()).contains("Child customers are included");
        assertThat(page.select("#expiration label").eachText())
                .containsExactly("Week", "Month", "Year", "Choose a date", "Expiry date");
        assertThat(page.select("input#expiresOn").attr("type")).isEqualTo("date");
        assertThat(page.select("#scopes fieldset legend").eachText()).contains("Orders", "Customers", "Users");
        assertThat(page.select("#scope-orders-read-endpoints li").eachText()).contains("GET /api/v3/orders/{id}");
        assertThat(page.select("label[for=scope-users-read]").text()).contains("Admin clients only");
        assertThat(page.select("label[for=scope-orders-read]").text()).doesNotContain("Admin clients only");
        assertThat(page.select("label[for=field-orderLine-purchasePrice]").text())
                .isEqualTo("Order line › Purchase price");
        assertThat(page.getElementById("excludedFields-hint").text())
                .contains("a customer could have access to GET order lines, but you can restrict access to your "
                        + "Purchase price");
    }

    @Test
    void createWhenNameEmptyThenMessageNextToNameAndInputKept() {
        Map<String, Object> form = validForm();
        form.put("name", "  ");

        Document page = submitInvalid(form);

        assertErrorNextTo(page, "name", "input#name", "Enter a client name.");
        assertThat(page.select("#accessLevel-ADMIN").hasAttr("checked")).isTrue();
        assertThat(page.select("#ownerUserId option[selected]").attr("value")).isEqualTo("1");
        assertThat(page.select("#expiration-MONTH").hasAttr("checked")).isTrue();
        assertThat(page.select("input[name=scopes][checked]").eachAttr("value"))
                .containsExactlyInAnyOrder("orders:read", "customers:read");
        assertThat(page.select("input[name=excludedFields][checked]").eachAttr("value"))
                .containsExactly("orderLine.purchasePrice");
    }

    @Test
    void createWhenNoAccessLevelThenMessageNextToAccessLevel() {
        Map<String, Object> form = validForm();
        form.remove("accessLevel");

        Document page = submitInvalid(form);

        assertErrorNextTo(page, "accessLevel", "fieldset#accessLevel", "Choose an access level: Admin or Customer.");
        assertThat(page.select("input[name=accessLevel][checked]")).isEmpty();
        assertThat(page.select("input#name").attr("value")).isEqualTo("Warehouse sync");
    }

    @Test
    void createWhenAdminWithoutOwnerThenMessageNextToOwner() {
        Map<String, Object> form = validForm();
        form.put("ownerUserId", "");

        Document page = submitInvalid(form);

        assertErrorNextTo(page, "owner", "select#ownerUserId", "Choose the staff user who owns this client.");
    }

    @Test
    void createWhenAdminOwnerIsNotAUserThenMessageNextToOwner() {
        Map<String, Object> form = validForm();
        form.put("ownerUserId", "999999");

        Document page = submitInvalid(form);

        assertErrorNextTo(page, "owner", "select#ownerUserId",
                "The owner of an Admin client must be a user of this account.");
    }

    @Test
    void createWhenCustomerWithoutOwnerThenMessageNextToOwner() {
        Map<String, Object> form = validForm();
        form.put("accessLevel", "CUSTOMER");
        form.remove("ownerUserId");

        Document page = submitInvalid(form);

        assertErrorNextTo(page, "owner", "fieldset#owner", "Choose the customer profile this client acts for.");
        assertThat(page.select("input[name=ownerCustomerId]").first().attr("aria-describedby")).contains("owner-error");
    }

    @Test
    void createWhenCustomerOwnerIsNotACustomerOfThisTenantThenMessageNextToOwner() {
        Map<String, Object> form = validForm();
        form.put("accessLevel", "CUSTOMER");
        form.put("ownerCustomerId", "999999");
        form.put("scopes", List.of("orders:read"));

        Document page = submitInvalid(form);

        assertErrorNextTo(page, "owner", "fieldset#owner",
                "The owner of a Customer client must be a customer of this account.");
    }

    @Test
    void createWhenDateInThePastThenMessageNextToExpirationAndDateKept() {
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        Map<String, Object> form = validForm();
        form.put("expiration", "DATE");
        form.put("expiresOn", yesterday);

        Document page = submitInvalid(form);

        assertErrorNextTo(page, "expiration", "input#expiresOn", "The expiry date must be in the future.");
        assertThat(page.select("input#expiresOn").attr("value")).isEqualTo(yesterday);
        assertThat(page.select("#expiration-DATE").hasAttr("checked")).isTrue();
    }

    @Test
    void createWhenNoScopeThenMessageNextToScopes() {
        Map<String, Object> form = validForm();
        form.remove("scopes");

        Document page = submitInvalid(form);

        assertErrorNextTo(page, "scopes", "fieldset#scopes", "Choose at least one scope.");
    }

    @Test
    void createWhenCustomerClientAsksForUsersReadThenMessageNextToScopes() {
        Map<String, Object> form = validForm();
        form.put("accessLevel", "CUSTOMER");
        form.put("ownerCustomerId", "1");
        form.put("scopes", List.of("orders:read", "users:read"));

        Document page = submitInvalid(form);

        assertErrorNextTo(page, "scopes", "fieldset#scopes", "users:read is never granted to a Customer client.");
        assertThat(page.select("input[name=ownerCustomerId][checked]").attr("value")).isEqualTo("1");
        assertThat(page.select("#accessLevel-CUSTOMER").hasAttr("checked")).isTrue();
    }

    @Test
    void createWhenSeveralRulesBrokenThenEveryMessageShowsInFormOrder() {
        Map<String, Object> form = new HashMap<>();
        form.put("name", "");

        Document page = submitInvalid(form);

        assertThat(page.select(".field-error").eachAttr("id"))
                .containsExactly("name-error", "accessLevel-error", "expiration-error", "scopes-error");
        assertThat(page.select("#error-summary li a").eachAttr("href"))
                .containsExactly("#name-error", "#accessLevel-error", "#expiration-error", "#scopes-error");
    }

    @Test
    void searchWhenSubmittedWithoutJavaScriptThenFormComesBackWithMatchesAndInput() {
        Map<String, Object> form = validForm();
        form.put("accessLevel", "CUSTOMER");
        form.put("customerQuery", "contoso");
        form.put("action", "search");
        admin.page(NEW);

        MockHttpServletResponse response = admin.submit(NEW, form);

        assertThat(response.getStatus()).isEqualTo(200);
        Document page = ConsoleBrowser.parse(response);
        assertThat(page.select("#customer-options label").eachText()).containsExactly("Acme Contoso Ltd (CT-001)");
        assertThat(page.select("input#customerQuery").attr("value")).isEqualTo("contoso");
        assertThat(page.select("input#name").attr("value")).isEqualTo("Warehouse sync");
        assertThat(page.select(".field-error")).isEmpty();
        assertThat(page.select("h1").text()).isEqualTo("Create New Client");
    }

    @Test
    void searchWhenAskedByHtmxThenFragmentWithMatchesAndCurrentChoiceKept() {
        Document fragment = admin.page("/console/settings/api/clients/customers?customerQuery=northwind&ownerCustomerId=4");

        assertThat(fragment.select("#customer-options input[type=radio]").eachAttr("value"))
                .containsExactly("4", "2", "3", "1");
        assertThat(fragment.select("input[checked]").attr("value")).isEqualTo("4");
        assertThat(fragment.select("header, nav")).isEmpty();
    }

    @Test
    void searchInputWhenRenderedThenWiredToHtmxEndpoint() {
        Element search = admin.page(NEW).getElementById("customerQuery");

        assertThat(search.attr("hx-get")).isEqualTo("/console/settings/api/clients/customers");
        assertThat(search.attr("hx-target")).isEqualTo("#customer-options");
        assertThat(search.attr("hx-swap")).isEqualTo("outerHTML");
    }
}
