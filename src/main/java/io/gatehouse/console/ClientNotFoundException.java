package io.gatehouse.console;

/** No client with this id in the current tenant: answered exactly like any unknown page. */
class ClientNotFoundException extends RuntimeException {

    ClientNotFoundException() {
        super("No such client", null, false, false);
    }
}
