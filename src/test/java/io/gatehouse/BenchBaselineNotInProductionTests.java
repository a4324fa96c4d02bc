package io.gatehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The benchmark baseline (no access policy, no request log) is built only by {@code mvn -Pbench}, into
 * target/bench; the production build has none of it, so no profile or property can switch it on there.
 * Run under {@code -Pbench} these tests fail, rightly: that build is not a production build.
 */
class BenchBaselineNotInProductionTests {

    @Test
    void loadWhenProductionClasspathThenBaselineConfigurationIsAbsent() {
        assertThatThrownBy(() -> Class.forName("io.gatehouse.bench.BaselineConfiguration"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void compiledClassesWhenProductionBuildThenNoBenchPackage() throws Exception {
        // The directory the application's classes were loaded from: target/classes in a production build.
        Path classes = Path.of(GatehouseApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(classes).endsWith(Path.of("target", "classes"));
        assertThat(classes.resolve("io/gatehouse/access")).isDirectory();
        assertThat(Files.exists(classes.resolve("io/gatehouse/bench"))).isFalse();
    }
}
