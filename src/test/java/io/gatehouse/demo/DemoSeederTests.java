package io.gatehouse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.identity.ConsoleUser;
import io.gatehouse.identity.UserDirectory;
import io.gatehouse.support.DemoUsers;
import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;
import io.gatehouse.tenancy.TenantJdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** The demo tenants as the embedded default seeds them at start (test profile: a configured password). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class DemoSeederTests {


    @Autowired
    DemoSeeder seeder;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    UserDirectory users;
    @Autowired
    TenantJdbc jdbc;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    PasswordEncoder passwordEncoder;
    @LocalServerPort
    int port;

    @Test
    void startWhenEmbeddedDefaultThenBothDemoTenantsExist() {
        assertThat(tenants.find("acme")).map(Tenant::name).hasValue("Acme Repairs");
        assertThat(tenants.find("globex")).map(Tenant::name).hasValue("Globex Service Center");
    }

    @ParameterizedTest
    @CsvSource({"acme,admin,1,ROLE_ADMIN", "acme,staff1,2,ROLE_STAFF", "acme,staff2,3,ROLE_STAFF",
            "globex,admin,1,ROLE_ADMIN", "globex,staff1,2,ROLE_STAFF", "globex,staff2,3,ROLE_STAFF"})
    void loginWhenDemoUserAndDemoPasswordThenSignedInWithSeededIdAndRole(String tenantId, String username, long id,
            String role) {
        Tenant tenant = tenants.find(tenantId).orElseThrow();
        DaoAuthenticationProvider login = new DaoAuthenticationProvider(userDetailsService);
        login.setPasswordEncoder(passwordEncoder);

        Authentication authentication = TenantContext.callAs(tenant, () -> login.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, DemoUsers.PASSWORD)));

        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains(role);
        assertThat(TenantContext.callAs(tenant, () -> users.findByUsername(username)))
                .map(ConsoleUser::id).hasValue(id);
    }

    @Test
    void seedWhenSameIdsInBothTenantsThenDifferentPeopleBehindThem() {
        String acmeAdmin = displayName("acme", 1);
        String globexAdmin = displayName("globex", 1);

        assertThat(acmeAdmin).isEqualTo("Acme Admin");
        assertThat(globexAdmin).isEqualTo("Globex Admin");
    }

    @Test
    void runWhenAcmeAlreadyExistsThenNothingSeededAgainAndBannerShowsTheRealPort(CapturedOutput output) throws Exception {
        long ordersBefore = count("acme", "repair_order");

        seeder.run(null);

        assertThat(count("acme", "repair_order")).isEqualTo(ordersBefore);
        assertThat(output.getOut())
                .contains("http://acme.localhost:" + port + "/console")
                .contains("Log in as: admin (ADMIN), staff1 or staff2 (STAFF)")
                .contains("the one set or printed at the first start")
                .doesNotContain(DemoUsers.PASSWORD);
    }

    private String displayName(String tenantId, long userId) {
        return TenantContext.callAs(tenants.find(tenantId).orElseThrow(),
                () -> users.find(userId).map(ConsoleUser::displayName).orElseThrow());
    }

    private long count(String tenantId, String table) {
        return TenantContext.callAs(tenants.find(tenantId).orElseThrow(),
                () -> jdbc.sql("select count(*) from " + table + " where tenant_id = :tenant").query(Long.class).single());
    }
}
