package io.gatehouse;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module boundaries hold: no cycles between modules, and no module reaches into another module's
 * internals (sub-packages) or beyond its declared dependencies.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(GatehouseApplication.class);

    @Test
    void verifyWhenModulesAnalysedThenNoViolations() {
        MODULES.verify();
    }
}
