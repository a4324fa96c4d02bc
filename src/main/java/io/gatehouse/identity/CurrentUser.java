package io.gatehouse.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The console user of the current request, for audit trails and ownership defaults. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<ConsoleUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ConsolePrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    /** The username to record in an audit trail. */
    public static String actor() {
        return get().map(ConsoleUser::username).orElse("system");
    }
}
