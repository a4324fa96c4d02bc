package io.gatehouse.console;

/** The "Create user token" form as submitted, kept as typed so it can be shown back with its errors. */
record UserTokenForm(String userId, String label) {

    static UserTokenForm empty() {
        return new UserTokenForm(null, "");
    }

    Long user() {
        return FormValues.number(userId);
    }

    public boolean isUser(long id) {
        return FormValues.is(userId, id);
    }
}
