package io.gatehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import io.gatehouse.tenancy.TenantDirectory;

@SpringBootTest
@ActiveProfiles("test")
class GatehouseApplicationTests {

    @Autowired
    TenantDirectory tenants;

    @Test
    void contextLoadsWhenDemoEnabledThenAcmeAndGlobexExist() {
        assertThat(tenants.find("acme")).isPresent();
        assertThat(tenants.find("globex")).isPresent();
    }
}
