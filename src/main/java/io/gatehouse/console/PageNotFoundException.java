package io.gatehouse.console;

/** Nothing to show at this console address (an unknown page, or a client id unknown in this tenant). */
class PageNotFoundException extends RuntimeException {

    PageNotFoundException() {
        super("Not found", null, false, false);
    }
}
