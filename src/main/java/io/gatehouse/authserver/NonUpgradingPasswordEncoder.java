package io.gatehouse.authserver;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks client secrets with the application's encoder but never asks to re-encode them. The delegating
 * encoder would ask to "upgrade" every {hmac-sha256} secret to bcrypt, and the framework would then try
 * to save the client here; secrets are stored by the clients module only, as keyed hashes on purpose.
 */
final class NonUpgradingPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;

    NonUpgradingPasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return delegate.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return false;
    }
}
