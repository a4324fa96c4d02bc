package io.gatehouse.bootstrap;

/** The bootstrap configuration cannot be applied; Gatehouse refuses to start rather than half-configure. */
class BootstrapRefusedException extends IllegalStateException {

    private final String action;

    BootstrapRefusedException(String description, String action) {
        super(description);
        this.action = action;
    }

    String action() {
        return action;
    }
}
