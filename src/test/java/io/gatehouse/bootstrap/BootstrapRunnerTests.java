package io.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;

import io.gatehouse.identity.ConsoleUser;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.UserDirectory;
import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** The production bootstrap: creates what is missing, never overwrites, refuses what would be unsafe. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BootstrapRunnerTests {

    static final String STRONG = "correct horse battery staple 42";

    @Autowired
    TenantDirectory tenants;
    @Autowired
    UserDirectory users;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    PasswordEncoder passwordEncoder;

    final String tenantId = "boot-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);

    @Test
    void runWhenTenantMissingThenCreatesTenantAndAnAdminWhoCanLogIn() {
        run(new BootstrapProperties(tenantId, "Initech Repairs", "owner", STRONG));

        assertThat(tenants.find(tenantId)).map(Tenant::name).hasValue("Initech Repairs");
        assertThat(inTenant(() -> users.list())).singleElement().satisfies(user -> {
            assertThat(user.username()).isEqualTo("owner");
            assertThat(user.role()).isEqualTo(Role.ADMIN);
            assertThat(user.active()).isTrue();
        });
        assertThat(login("owner", STRONG).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_ADMIN");
    }

    @Test
    void runWhenNameAndUsernameOmittedThenTenantIdAndAdminAreUsed() {
        run(new BootstrapProperties(tenantId, " ", null, STRONG));

        assertThat(tenants.find(tenantId)).map(Tenant::name).hasValue(tenantId);
        assertThat(inTenant(() -> users.findByUsername("admin"))).map(ConsoleUser::role).hasValue(Role.ADMIN);
    }

    @Test
    void runWhenRepeatedWithAnotherPasswordThenNothingChangesAndTheFirstPasswordStillWorks() {
        run(new BootstrapProperties(tenantId, "First name", "admin", STRONG));

        assertThatNoException().isThrownBy(() -> run(new BootstrapProperties(tenantId, "Second name", "admin",
                "a different but strong passphrase 7")));
        assertThatNoException().isThrownBy(() -> run(new BootstrapProperties(tenantId, null, "admin", null)));

        assertThat(tenants.find(tenantId)).map(Tenant::name).hasValue("First name");
        assertThat(inTenant(() -> users.list())).hasSize(1);
        assertThat(login("admin", STRONG)).isNotNull();
        assertThatThrownBy(() -> login("admin", "a different but strong passphrase 7"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void runWhenTenantExistsWithoutThatAdminThenOnlyTheAdminIsCreated() {
        tenants.create(tenantId, "Existing shop");

        run(new BootstrapProperties(tenantId, "Ignored name", "rescue-admin", STRONG));

        assertThat(tenants.find(tenantId)).map(Tenant::name).hasValue("Existing shop");
        assertThat(login("rescue-admin", STRONG)).isNotNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                                     | is missing",
            "short-pw1                              | must have at least 12 characters",
            "my-admin-is-the-boss                   | must not contain the username or the tenant id",
            "MyPassword2024!                        | must not contain a well-known password such as 'password'",
            "abababababababab                       | must use at least 5 different characters",
            "ääääääääääääääääääääääääääääääääääääää | must have at most 72 bytes (bcrypt's limit)"})
    void runWhenPasswordMissingOrWeakThenRefusedWithReasonAndNothingCreated(String password, String reason) {
        assertThatThrownBy(() -> run(new BootstrapProperties(tenantId, null, "admin", password)))
                .isInstanceOf(BootstrapRefusedException.class)
                .hasMessageContaining("Cannot create the admin 'admin' of tenant '" + tenantId + "'")
                .hasMessageContaining("GATEHOUSE_BOOTSTRAP_ADMIN_PASSWORD) " + reason);

        assertThat(tenants.find(tenantId)).isEmpty();
    }

    @Test
    void runWhenTenantIdIsNotADnsLabelThenRefused() {
        assertThatThrownBy(() -> run(new BootstrapProperties("Initech Corp", null, "admin", STRONG)))
                .isInstanceOf(BootstrapRefusedException.class)
                .hasMessageContaining("'Initech Corp', which is not a tenant id");
    }

    @Test
    void runWhenPasswordGivenWithoutTenantThenRefused() {
        assertThatThrownBy(() -> run(new BootstrapProperties(null, null, null, STRONG)))
                .isInstanceOf(BootstrapRefusedException.class)
                .hasMessageContaining("GATEHOUSE_BOOTSTRAP_TENANT is not");
    }

    @Test
    void toStringWhenPasswordSetThenPasswordNotShown() {
        assertThat(new BootstrapProperties(tenantId, null, null, STRONG).toString())
                .doesNotContain(STRONG).contains("adminPassword=(set)");
    }

    private void run(BootstrapProperties properties) {
        new BootstrapRunner(properties, tenants, users, tx).run(null);
    }

    private <T> T inTenant(java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenants.find(tenantId).orElseThrow(), work);
    }

    private Authentication login(String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        return inTenant(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password)));
    }
}
