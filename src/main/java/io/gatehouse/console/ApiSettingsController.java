package io.gatehouse.console;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.gatehouse.identity.CurrentUser;
import io.gatehouse.tenancy.TenantAudit;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * System Settings › API › Settings: the API kill switch, the default access-token lifetime and the
 * request-log retention, with the account's audit trail. Every node reads the tenant on each request from a
 * cache that the change invalidates on every node as it commits, so it applies everywhere at once. Turning the
 * API off takes a second step.
 */
@Controller
@RequestMapping("/console/settings/api")
class ApiSettingsController {

    static final String PAGE = "console/api-settings";
    static final String CONFIRM_OFF = "console/api-settings-off";
    static final String AUDIT_ACTION = "API settings changed";
    static final int AUDIT_ENTRIES = 100;

    private final TenantDirectory tenants;
    private final TenantAudit audit;
    private final TransactionTemplate tx;

    ApiSettingsController(TenantDirectory tenants, TenantAudit audit, TransactionTemplate tx) {
        this.tenants = tenants;
        this.audit = audit;
        this.tx = tx;
    }

    @GetMapping
    String page(Model model) {
        ApiSettings current = current();
        return page(model, current, ApiSettingsForm.of(current), Map.of());
    }

    @PostMapping
    String save(@ModelAttribute("form") ApiSettingsForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        ApiSettings before = current();
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, before, form, errors);
        }
        ApiSettings after = form.toSettings();
        List<String> changes = after.changesFrom(before);
        if (before.apiEnabled() && !after.apiEnabled() && !form.isConfirmed()) {
            model.addAttribute("form", form);
            model.addAttribute("changes", changes);
            return CONFIRM_OFF;
        }
        if (changes.isEmpty()) {
            redirect.addFlashAttribute("notice", "Nothing changed.");
            return "redirect:/console/settings/api";
        }
        tx.executeWithoutResult(status -> {
            tenants.updateSettings(after.apiEnabled(), after.accessTokenTtl(), after.logRetentionDays());
            audit.record(CurrentUser.actor(), AUDIT_ACTION, String.join("; ", changes));
        });
        redirect.addFlashAttribute("notice", notice(before, after, changes));
        return "redirect:/console/settings/api";
    }

    private String page(Model model, ApiSettings current, ApiSettingsForm form, Map<String, String> errors) {
        model.addAttribute("settings", current);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("audit", audit.recent(AUDIT_ENTRIES));
        model.addAttribute("auditLimit", AUDIT_ENTRIES);
        return PAGE;
    }

    private static ApiSettings current() {
        return ApiSettings.of(TenantContext.require());
    }

    private static String notice(ApiSettings before, ApiSettings after, List<String> changes) {
        String saved = "Settings saved (" + String.join("; ", changes) + ").";
        if (before.apiEnabled() && !after.apiEnabled()) {
            return saved + " The API is off: every token request and API call of this account is now refused.";
        }
        if (!before.apiEnabled() && after.apiEnabled()) {
            return saved + " The API is on again: tokens that have not expired work again.";
        }
        return saved;
    }
}
