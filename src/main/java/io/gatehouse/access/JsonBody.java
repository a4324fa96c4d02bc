package io.gatehouse.access;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

/**
 * The JSON object of a write, read against the fields the caller may write. A field that is unknown, not
 * writable or hidden from the caller is refused with the same words; typed readers collect every invalid
 * value, and {@link #validate()} answers them all at once, each with its field. Readers exist for the kinds
 * of values the API's writes take; add one when a write needs another kind.
 */
public final class JsonBody {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final JsonNode node;
    private final Set<String> hidden;
    private final List<ApiException.FieldError> errors = new ArrayList<>();

    private JsonBody(JsonNode node, Set<String> hidden) {
        this.node = node;
        this.hidden = hidden;
    }

    /**
     * @param resource the representation written, whose hidden fields the caller may not write
     * @param writable the properties a write of this kind accepts
     */
    public static JsonBody read(HttpServletRequest request, ApiCaller caller, String resource, Set<String> writable) {
        JsonNode node = RequestJson.object(request);
        Set<String> hidden = caller.hidden(resource);
        List<ApiException.FieldError> unknown = new ArrayList<>();
        boolean namesHidden = false;
        for (String name : node.propertyNames()) {
            if (!writable.contains(name) || hidden.contains(name)) {
                unknown.add(new ApiException.FieldError(name, "unknown field"));
                namesHidden |= hidden.contains(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.invalidBody(unknown, namesHidden);
        }
        return new JsonBody(node, hidden);
    }

    /** Whether the body gives the field at all, even as {@code null}: what a PATCH changes. */
    public boolean has(String name) {
        return node.has(name);
    }

    /**
     * The value of a field after an update. A PATCH ({@code replace} false) keeps what the body does not give;
     * a PUT clears it, except a field hidden from the caller, which no write of theirs can touch.
     */
    public <T> T merged(String name, T current, T given, boolean replace) {
        if (node.has(name)) {
            return given;
        }
        return replace && !hidden.contains(name) ? null : current;
    }

    public void error(String field, String message) {
        errors.add(new ApiException.FieldError(field, message));
    }

    /** Text, trimmed; {@code null} when absent, null or blank. */
    public String text(String name, int maxLength) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            error(name, "must be text");
            return null;
        }
        String text = value.asString().trim();
        if (text.length() > maxLength) {
            error(name, "must be at most " + maxLength + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    public String requiredText(String name, int maxLength) {
        return required(name, text(name, maxLength));
    }

    /**
     * A value read by one of the readers that the write cannot do without: absent or null is "is required";
     * an invalid value keeps the one error its reader gave.
     */
    public <T> T required(String name, T value) {
        if (value == null && noErrorFor(name)) {
            error(name, "is required");
        }
        return value;
    }

    public String email(String name) {
        String email = text(name, 320);
        if (email != null && !EMAIL.matcher(email).matches()) {
            error(name, "must be an email address");
        }
        return email;
    }

    public Long id(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() <= 0) {
            error(name, "must be the id of a record (a positive whole number)");
            return null;
        }
        return value.asLong();
    }

    public Integer integer(String name, int min, int max) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
            error(name, "must be a whole number from " + min + " to " + max);
            return null;
        }
        return value.asInt();
    }

    /** A decimal amount, at most two decimals, from {@code min} up. */
    public BigDecimal decimal(String name, BigDecimal min, BigDecimal max) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        BigDecimal number = null;
        if (value.isNumber()) {
            number = value.decimalValue();
        }
        else if (value.isString()) {
            try {
                number = new BigDecimal(value.asString().trim());
            }
            catch (NumberFormatException ex) {
                number = null;
            }
        }
        if (number == null || number.compareTo(min) < 0 || number.compareTo(max) > 0
                || number.stripTrailingZeros().scale() > 2) {
            error(name, "must be a number from " + min.toPlainString() + " to " + max.toPlainString()
                    + " with at most two decimals");
            return null;
        }
        return number;
    }

    /** Refuses the body if any reader found an invalid value. */
    public void validate() {
        if (!errors.isEmpty()) {
            throw ApiException.invalidBody(errors, false);
        }
    }

    /** True when no error was recorded for the field yet, so "is required" does not pile on "must be text". */
    private boolean noErrorFor(String name) {
        return errors.stream().noneMatch(e -> e.field().equals(name));
    }
}
