package io.gatehouse.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.tenancy.Tenant;
import io.gatehouse.tenancy.TenantContext;
import io.gatehouse.tenancy.TenantDirectory;
import io.gatehouse.tenancy.TenantJdbc;
import io.gatehouse.tenancy.TestTenants;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

/**
 * Console users of two tenants with the same ids and one shared username: every lookup, listing, login
 * and change sees and touches only the bound tenant's users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class JdbcUserDirectoryTests {

    @Autowired
    JdbcUserDirectory users;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    TenantJdbc jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    UserDetailsService userDetailsService;

    Tenant a;
    Tenant b;
    /** bcrypt is slow on purpose; hash each test password once. */
    static final java.util.Map<String, String> HASHES = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeEach
    void twoTenantsWithTheSameUserIds() {
        a = TestTenants.create(tenants, "users-a");
        b = TestTenants.create(tenants, "users-b");
        TenantContext.runAs(a, () -> {
            insert(1, "alice", Role.ADMIN, "password-of-a");
            insert(2, "shared", Role.STAFF, "password-of-a");
        });
        TenantContext.runAs(b, () -> {
            insert(1, "bob", Role.STAFF, "password-of-b");
            insert(2, "shared", Role.ADMIN, "password-of-b");
        });
    }

    @Test
    void findWhenSameIdInBothTenantsThenEachSeesItsOwnUser() {
        assertThat(in(a, () -> users.find(1))).map(ConsoleUser::username).hasValue("alice");
        assertThat(in(b, () -> users.find(1))).map(ConsoleUser::username).hasValue("bob");
    }

    @Test
    void findByUsernameWhenUserBelongsToOtherTenantThenEmpty() {
        assertThat(in(b, () -> users.findByUsername("alice"))).isEmpty();
        assertThat(in(a, () -> users.findByUsername("bob"))).isEmpty();
    }

    @Test
    void findByUsernameWhenUsernameExistsInBothTenantsThenEachSeesItsOwn() {
        assertThat(in(a, () -> users.findByUsername("shared"))).map(ConsoleUser::role).hasValue(Role.STAFF);
        assertThat(in(b, () -> users.findByUsername("shared"))).map(ConsoleUser::role).hasValue(Role.ADMIN);
    }

    @Test
    void passwordHashWhenUsernameExistsInBothTenantsThenOnlyOwnTenantsHash() {
        String hashInA = in(a, () -> users.passwordHash("shared")).orElseThrow();

        assertThat(passwordEncoder.matches("password-of-a", hashInA)).isTrue();
        assertThat(passwordEncoder.matches("password-of-b", hashInA)).isFalse();
        assertThat(in(a, () -> users.passwordHash("bob"))).isEmpty();
    }

    @Test
    void loginWhenCredentialsOfOtherTenantThenRefused() {
        DaoAuthenticationProvider login = new DaoAuthenticationProvider(userDetailsService);
        login.setPasswordEncoder(passwordEncoder);

        Authentication inA = in(a, () -> login.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("shared", "password-of-a")));
        assertThat(inA.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_STAFF").doesNotContain("ROLE_ADMIN");
        assertThatThrownBy(() -> in(b, () -> login.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("shared", "password-of-a"))))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> in(b, () -> login.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("alice", "password-of-a"))))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void listWhenTwoTenantsThenOnlyOwnUsers() {
        assertThat(in(a, users::list)).extracting(ConsoleUser::username).containsExactlyInAnyOrder("alice", "shared");
        assertThat(in(b, users::list)).extracting(ConsoleUser::username).containsExactlyInAnyOrder("bob", "shared");
    }

    @Test
    void createWhenInOneTenantThenInvisibleInTheOtherAndUsernameStillFreeThere() {
        ConsoleUser carolA = in(a, () -> users.create("carol", "Carol A", "carol@a.example", "pw-a-123456", Role.STAFF));

        assertThat(in(b, () -> users.findByUsername("carol"))).isEmpty();
        assertThat(in(b, () -> users.find(carolA.id()))).isEmpty();
        assertThat(in(b, users::list)).extracting(ConsoleUser::username).doesNotContain("carol");

        ConsoleUser carolB = in(b, () -> users.create("carol", "Carol B", null, "pw-b-123456", Role.ADMIN));
        assertThat(carolB.id()).isNotEqualTo(carolA.id());
        assertThat(in(a, () -> users.findByUsername("carol"))).map(ConsoleUser::displayName).hasValue("Carol A");
    }

    @Test
    void setActiveWhenSameIdInOtherTenantThenOnlyOwnUserChanges() {
        TenantContext.runAs(a, () -> users.setActive(1, false));

        assertThat(in(a, () -> users.find(1))).map(ConsoleUser::active).hasValue(false);
        assertThat(in(b, () -> users.find(1))).map(ConsoleUser::active).hasValue(true);
    }

    @Test
    void setActiveWhenIdExistsOnlyInOtherTenantThenNothingChanges() {
        ConsoleUser onlyInA = in(a, () -> users.create("dave", "Dave", null, "pw-a-123456", Role.STAFF));

        TenantContext.runAs(b, () -> users.setActive(onlyInA.id(), false));

        assertThat(in(a, () -> users.find(onlyInA.id()))).map(ConsoleUser::active).hasValue(true);
        assertThat(in(b, () -> users.find(onlyInA.id()))).isEmpty();
    }

    private void insert(long id, String username, Role role, String password) {
        jdbc.sql("""
                insert into console_user (tenant_id, id, username, display_name, password_hash, role, active, created_at)
                values (:tenant, :id, :username, :username, :hash, :role, true, current_timestamp)""")
                .param("id", id).param("username", username).param("hash", HASHES.computeIfAbsent(password, passwordEncoder::encode))
                .param("role", role.name())
                .update();
    }

    private static <T> T in(Tenant tenant, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant, work);
    }
}
