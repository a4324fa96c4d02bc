package io.gatehouse.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gatehouse.clients.ClientRegistry;
import io.gatehouse.clients.CreatedClient;
import io.gatehouse.support.ClientFixtures;
import io.gatehouse.tenancy.TenantDirectory;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Every control has a label, every button a name, every aria reference a target — on every console page. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ConsoleAccessibilityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientRegistry registry;

    @Autowired
    TenantDirectory tenants;

    Map<String, Document> everyPage() {
        CreatedClient client = new TenantClients(registry, tenants)
                .create("acme", ClientFixtures.customerClient().name("A11y client").build());
        String base = "/console/settings/api/clients/" + client.client().id();
        Map<String, Document> pages = new LinkedHashMap<>();
        pages.put("login", new ConsoleBrowser(mvc, "acme").page("/console/login"));
        ConsoleBrowser admin = ConsoleBrowser.loggedIn(mvc, "acme", "admin");
        for (String path : List.of("/console", "/console/settings/api", "/console/settings/api/user-tokens",
                "/console/settings/api/clients", "/console/settings/api/clients/new", base, base + "/edit",
                base + "/rotate", base + "/revoke", base + "/sessions", base + "/sessions/revoke-all",
                "/console/settings/api/clients/0")) {
            pages.put(path, admin.page(path));
        }
        admin.page("/console/settings/api/clients/new");
        pages.put("create with errors",
                ConsoleBrowser.parse(admin.submit("/console/settings/api/clients/new", Map.of("name", ""))));
        pages.put("secret", ConsoleBrowser.parse(admin.submit(base + "/rotate", Map.of("grace", "NONE"))));
        return pages;
    }

    @Test
    void everyPageWhenRenderedThenControlsLabelledAndButtonsNamed() {
        everyPage().forEach((name, page) -> {
            assertAccessible(name, page);
            assertThat(page.select("html").attr("lang")).isEqualTo("en");
            assertThat(page.title()).as("title of " + name).isNotBlank();
            assertThat(page.select("main#main")).as("main landmark on " + name).hasSize(1);
        });
    }

    /** The checks every console page passes: labelled controls, named buttons, live references, one h1. */
    static void assertAccessible(String name, Document page) {
        assertThat(unlabelledControls(page)).as("unlabelled controls on " + name).isEmpty();
        assertThat(unnamedButtons(page)).as("unnamed buttons on " + name).isEmpty();
        assertThat(danglingReferences(page)).as("aria references without target on " + name).isEmpty();
        assertThat(duplicateIds(page)).as("duplicate ids on " + name).isEmpty();
        assertThat(page.select("h1")).as("h1 on " + name).hasSize(1);
    }

    static List<String> unlabelledControls(Document page) {
        List<String> missing = new ArrayList<>();
        for (Element control : page.select("input:not([type=hidden]), select, textarea")) {
            boolean labelled = !control.attr("aria-label").isBlank() || !control.attr("aria-labelledby").isBlank()
                    || (!control.id().isEmpty() && !page.select("label[for=" + control.id() + "]").text().isBlank())
                    || control.closest("label") != null;
            if (!labelled) {
                missing.add(control.outerHtml());
            }
        }
        return missing;
    }

    static List<String> unnamedButtons(Document page) {
        List<String> missing = new ArrayList<>();
        for (Element button : page.select("button, summary, input[type=submit], a")) {
            if (button.text().isBlank() && button.attr("aria-label").isBlank() && button.attr("value").isBlank()) {
                missing.add(button.outerHtml());
            }
        }
        return missing;
    }

    static List<String> danglingReferences(Document page) {
        List<String> dangling = new ArrayList<>();
        for (Element element : page.select("[aria-describedby], [aria-labelledby], [aria-controls], label[for]")) {
            for (String attribute : List.of("aria-describedby", "aria-labelledby", "aria-controls", "for")) {
                for (String id : element.attr(attribute).split("\\s+")) {
                    if (!id.isBlank() && page.getElementById(id) == null) {
                        dangling.add(attribute + "=" + id);
                    }
                }
            }
        }
        return dangling;
    }

    static List<String> duplicateIds(Document page) {
        List<String> seen = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (Element element : page.select("[id]")) {
            if (seen.contains(element.id())) {
                duplicates.add(element.id());
            }
            seen.add(element.id());
        }
        return duplicates;
    }
}
