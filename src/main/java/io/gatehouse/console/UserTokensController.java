package io.gatehouse.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.gatehouse.access.Endpoint;
import io.gatehouse.identity.ConsoleUser;
import io.gatehouse.identity.CreatedUserToken;
import io.gatehouse.identity.CurrentUser;
import io.gatehouse.identity.InvalidUserTokenException;
import io.gatehouse.identity.UserDirectory;
import io.gatehouse.identity.UserToken;
import io.gatehouse.identity.UserTokens;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * System Settings › API › User Tokens: the legacy per-user API keys, listed, created (the token shown once, on
 * the answer to the POST, never redirected to or kept in the session) and revoked after a confirmation.
 */
@Controller
@RequestMapping("/console/settings/api/user-tokens")
class UserTokensController {

    static final String BASE = "/console/settings/api/user-tokens";
    private static final int AUDIT_ENTRIES = 20;
    private static final List<String> FIELD_ORDER = List.of("userId", "label");

    private final UserTokens tokens;
    private final UserDirectory users;

    UserTokensController(UserTokens tokens, UserDirectory users) {
        this.tokens = tokens;
        this.users = users;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("tokens", tokens.list());
        model.addAttribute("audit", tokens.recentAudit(AUDIT_ENTRIES));
        return "console/user-tokens/list";
    }

    @GetMapping("/new")
    String form(Model model) {
        return form(model, UserTokenForm.empty(), Map.of());
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") UserTokenForm form, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        try {
            CreatedUserToken created = tokens.create(form.user(), form.label(), CurrentUser.actor());
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
            model.addAttribute("token", created.token());
            model.addAttribute("rawToken", created.rawToken());
            model.addAttribute("curl", "curl -s -H 'Authorization: Bearer " + created.rawToken() + "' "
                    + origin(request) + Endpoint.API_PREFIX + "/orders");
            model.addAttribute("docsUrl", origin(request) + Endpoint.API_PREFIX + "/docs");
            return "console/user-tokens/created";
        }
        catch (InvalidUserTokenException ex) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, form, ex.errors());
        }
    }

    @GetMapping("/{id}/revoke")
    String confirmRevoke(@PathVariable long id, Model model, RedirectAttributes redirect) {
        UserToken token = require(id);
        if (token.revoked()) {
            redirect.addFlashAttribute("notice", "“" + token.label() + "” is already revoked.");
            return "redirect:" + BASE;
        }
        model.addAttribute("token", token);
        return "console/user-tokens/revoke";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        UserToken token = require(id);
        tokens.revoke(id, CurrentUser.actor());
        redirect.addFlashAttribute("notice", "The user token “" + token.label() + "” of " + token.userDisplayName()
                + " (" + token.masked() + ") is revoked. It stopped working at once.");
        return "redirect:" + BASE;
    }

    private String form(Model model, UserTokenForm form, Map<String, String> errors) {
        Map<String, String> ordered = new LinkedHashMap<>();
        FIELD_ORDER.stream().filter(errors::containsKey).forEach(key -> ordered.put(key, errors.get(key)));
        model.addAttribute("form", form);
        model.addAttribute("errors", ordered);
        model.addAttribute("users", users.list().stream().filter(ConsoleUser::active).toList());
        return "console/user-tokens/create";
    }

    private UserToken require(long id) {
        return tokens.find(id).orElseThrow(PageNotFoundException::new);
    }

    /** The tenant's origin as the admin reaches it right now, port included. */
    private static String origin(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).replacePath(null).replaceQuery(null)
                .build().toUriString();
    }
}
