package io.gatehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import jakarta.servlet.Filter;

import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.annotation.PersistenceExceptionTranslationAdvisor;
import org.springframework.stereotype.Repository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import io.gatehouse.tenancy.TenantDirectory;

@SpringBootTest
@ActiveProfiles("test")
class GatehouseApplicationTests {

    @Autowired
    TenantDirectory tenants;

    @Autowired
    ApplicationContext context;

    @Test
    void contextLoadsWhenDemoEnabledThenAcmeAndGlobexExist() {
        assertThat(tenants.find("acme")).isPresent();
        assertThat(tenants.find("globex")).isPresent();
    }

    /**
     * The filter would hand every link a console page renders to the webjar resolver, a class-path search per link
     * (decisions §28); pages and Swagger UI are served without it (ApiDocsTests, the console's page tests).
     */
    @Test
    void contextWhenStartedThenNoResourceUrlEncodingFilter() {
        Stream<Object> filters = Stream.concat(context.getBeansOfType(Filter.class).values().stream(),
                context.getBeansOfType(FilterRegistrationBean.class).values().stream()
                        .map(FilterRegistrationBean::getFilter));
        assertThat(filters).isNotEmpty().noneMatch(ResourceUrlEncodingFilter.class::isInstance);
    }

    /**
     * Every repository queries through Spring JDBC, which throws DataAccessException itself; a translating proxy
     * only cost a reflective call per method (decisions §31). The repositories' duplicate-key tests (such as
     * JdbcClientStoreTests) show the exceptions callers catch are still Spring's.
     */
    @Test
    void contextWhenStartedThenRepositoriesCalledWithoutExceptionTranslation() {
        assertThat(context.getBeansWithAnnotation(Repository.class).values()).hasSizeGreaterThan(10)
                .allSatisfy(repository -> assertThat(repository instanceof Advised advised
                        ? Stream.of(advised.getAdvisors()) : Stream.empty())
                        .noneMatch(PersistenceExceptionTranslationAdvisor.class::isInstance));
    }
}
