package io.gatehouse.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The other two pages of System Settings › API; their content comes in a next release. */
@Controller
class ApiPagesController {

    @GetMapping("/console/settings/api")
    String settings() {
        return "console/api-settings";
    }

    @GetMapping("/console/settings/api/user-tokens")
    String userTokens() {
        return "console/user-tokens";
    }
}
