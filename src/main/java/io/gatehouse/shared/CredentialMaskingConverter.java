package io.gatehouse.shared;

import java.util.regex.Pattern;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message with every Gatehouse credential masked: access tokens ({@code gat_}), user tokens
 * ({@code gut_}) and client secrets ({@code gcs_}) are recognisable by their prefix. Gatehouse's own code
 * never logs one; this catches what a library logs at debug level, such as a request line whose query
 * string a caller filled with a token. Registered for {@code %m} in {@code logback-spring.xml}.
 */
public class CredentialMaskingConverter extends MessageConverter {

    private static final Pattern CREDENTIAL = Pattern.compile("\\b(gat|gut|gcs)_[A-Za-z0-9_-]+");

    @Override
    public String convert(ILoggingEvent event) {
        return mask(super.convert(event));
    }

    public static String mask(String message) {
        return message == null || message.indexOf('_') < 0 ? message
                : CREDENTIAL.matcher(message).replaceAll("$1_[masked]");
    }
}
