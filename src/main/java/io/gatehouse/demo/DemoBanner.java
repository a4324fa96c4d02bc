package io.gatehouse.demo;

import io.gatehouse.tenancy.TenancyProperties;

import org.springframework.core.env.Environment;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the embedded default where the console is and how to log in. Written to the
 * console rather than logged: a generated password must not end up in log files or log shippers.
 */
@Component
@ConditionalOnProperty(name = "gatehouse.demo.enabled", havingValue = "true")
class DemoBanner {

    private final Environment environment;
    private final TenancyProperties tenancy;

    DemoBanner(Environment environment, TenancyProperties tenancy) {
        this.environment = environment;
        this.tenancy = tenancy;
    }

    /** Where the demo users' password comes from, as far as this start knows. */
    sealed interface Password {

        String hint();

        /** Generated at this start, when the demo was seeded: shown now and never again. */
        record Generated(String value) implements Password {

            @Override
            public String hint() {
                return value + "   (generated; shown only this once)";
            }

            @Override
            public String toString() {
                return "Generated[****]";
            }
        }

        /** Seeded at this start with gatehouse.demo.password. */
        record Configured() implements Password {

            @Override
            public String hint() {
                return "the value of gatehouse.demo.password (GATEHOUSE_DEMO_PASSWORD)";
            }
        }

        /** Seeded at an earlier start. */
        record Earlier() implements Password {

            @Override
            public String hint() {
                return "the one set or printed at the first start (delete ./data to reseed)";
            }
        }
    }

    void print(Password password) {
        System.out.println("""

                ==================================================================================
                 Gatehouse is running with the demo tenants acme and globex.
                 Console:   %s
                            %s
                 Log in as: admin (ADMIN), staff1 or staff2 (STAFF)
                 Password:  %s
                ==================================================================================
                """.formatted(consoleUrl("acme"), consoleUrl("globex"), password.hint()));
    }

    /** The console of a tenant, at the port the server really listens on. */
    String consoleUrl(String tenantId) {
        return "http://" + tenantId + "." + tenancy.baseDomain() + ":" + port() + "/console";
    }

    private int port() {
        Integer configured = environment.getProperty("server.port", Integer.class, 8080);
        // Set once the web server listens; differs from server.port when that is 0 (a random port).
        return environment.getProperty("local.server.port", Integer.class, configured);
    }
}
