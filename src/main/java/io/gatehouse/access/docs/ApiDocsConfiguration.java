package io.gatehouse.access.docs;

import io.gatehouse.access.Endpoint;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.SpringDocCustomizers;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.providers.SpringDocProviders;
import org.springdoc.core.service.AbstractRequestService;
import org.springdoc.core.service.GenericResponseService;
import org.springdoc.core.service.OpenAPIService;
import org.springdoc.core.service.OperationService;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API's OpenAPI document ({@code /api/v3/openapi.json}) and Swagger UI ({@code /api/v3/docs}), generated
 * by springdoc from the API's controllers and completed from the scope catalogue. Both are public (see
 * {@code ApiSecurityConfiguration.PUBLIC_PATHS}); paths are set in {@code application.properties}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "springdoc.api-docs.enabled", havingValue = "true", matchIfMissing = true)
class ApiDocsConfiguration {

    /** Where Swagger UI's page is: springdoc serves its assets under {@code /api/v3/docs/swagger-ui/}. */
    static final String SWAGGER_UI_PAGE = Endpoint.API_PREFIX + "/docs/swagger-ui/index.html";

    @Bean
    OpenApiCustomizer catalogueOperations() {
        return new CatalogueOperations();
    }

    /** Replaces springdoc's own document endpoint (it backs off when one exists). */
    @Bean
    TenantOpenApiResource openApiResource(ObjectFactory<OpenAPIService> openApiService,
            AbstractRequestService requestBuilder, GenericResponseService responseBuilder,
            OperationService operationParser, SpringDocConfigProperties properties, SpringDocProviders providers,
            SpringDocCustomizers customizers) {
        return new TenantOpenApiResource(openApiService, requestBuilder, responseBuilder, operationParser,
                properties, providers, customizers);
    }

    /** {@code /api/v3/docs}, the address people type, leads to the page springdoc serves. */
    @Bean
    WebMvcConfigurer apiDocsRedirect() {
        return new WebMvcConfigurer() {
            @Override
            public void addViewControllers(ViewControllerRegistry registry) {
                registry.addRedirectViewController(Endpoint.API_PREFIX + "/docs", SWAGGER_UI_PAGE);
                registry.addRedirectViewController(Endpoint.API_PREFIX + "/docs/", SWAGGER_UI_PAGE);
            }
        };
    }
}
