package io.gatehouse.access;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

/** The JSON object a write sends, read strictly: declared as JSON, at most 64 KiB, no field given twice. */
final class RequestJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final int MAX_BYTES = 64 * 1024;

    private RequestJson() {
    }

    static JsonNode object(HttpServletRequest request) {
        ApiQuery.none(request);
        String type = request.getContentType();
        if (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(type))) {
            throw ApiException.unsupportedMediaType();
        }
        JsonNode node;
        try {
            byte[] bytes = request.getInputStream().readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw ApiException.unreadableBody("The request body is larger than " + MAX_BYTES / 1024 + " KiB.");
            }
            node = bytes.length == 0 ? null : MAPPER.readTree(bytes);
        }
        catch (JacksonException ex) {
            throw ApiException.unreadableBody("The request body is not valid JSON" + duplicate(ex) + ".");
        }
        catch (IOException ex) {
            throw ApiException.unreadableBody("The request body could not be read.");
        }
        if (node == null || !node.isObject()) {
            throw ApiException.unreadableBody("The request body must be a JSON object.");
        }
        return node;
    }

    private static String duplicate(JacksonException ex) {
        String message = ex.getOriginalMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("duplicate") ? " (a field is given twice)"
                : "";
    }
}
