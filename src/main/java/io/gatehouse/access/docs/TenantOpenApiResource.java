package io.gatehouse.access.docs;

import static org.springdoc.core.utils.Constants.API_DOCS_URL;
import static org.springdoc.core.utils.Constants.APPLICATION_OPENAPI_YAML;
import static org.springdoc.core.utils.Constants.DEFAULT_API_DOCS_URL_YAML;

import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;

import org.springdoc.core.customizers.SpringDocCustomizers;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.providers.SpringDocProviders;
import org.springdoc.core.service.AbstractRequestService;
import org.springdoc.core.service.GenericResponseService;
import org.springdoc.core.service.OpenAPIService;
import org.springdoc.core.service.OperationService;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * springdoc's document endpoint, made safe for several tenants. springdoc builds the document once and keeps
 * that one object, then on every request writes the requesting origin into its {@code servers} and serializes
 * it after releasing its own lock: two tenants asking at once could each be sent the other's server URL. Here
 * setting the server and serializing happen under one lock, so each answer carries its own tenant's origin.
 * Everything else in the document is the same for every tenant (the token URL is relative to the server).
 */
class TenantOpenApiResource extends OpenApiWebMvcResource {

    private final ReentrantLock lock = new ReentrantLock();

    TenantOpenApiResource(ObjectFactory<OpenAPIService> openApiService, AbstractRequestService requestBuilder,
            GenericResponseService responseBuilder, OperationService operationParser,
            SpringDocConfigProperties properties, SpringDocProviders providers, SpringDocCustomizers customizers) {
        super(openApiService, requestBuilder, responseBuilder, operationParser, properties, providers, customizers);
    }

    @Operation(hidden = true)
    @GetMapping(value = API_DOCS_URL, produces = MediaType.APPLICATION_JSON_VALUE)
    @Override
    public byte[] openapiJson(HttpServletRequest request, @Value(API_DOCS_URL) String apiDocsUrl, Locale locale)
            throws JsonProcessingException {
        lock.lock();
        try {
            return super.openapiJson(request, apiDocsUrl, locale);
        }
        finally {
            lock.unlock();
        }
    }

    @Operation(hidden = true)
    @GetMapping(value = DEFAULT_API_DOCS_URL_YAML, produces = APPLICATION_OPENAPI_YAML)
    @Override
    public byte[] openapiYaml(HttpServletRequest request, @Value(DEFAULT_API_DOCS_URL_YAML) String apiDocsUrl,
            Locale locale) throws JsonProcessingException {
        lock.lock();
        try {
            return super.openapiYaml(request, apiDocsUrl, locale);
        }
        finally {
            lock.unlock();
        }
    }
}
