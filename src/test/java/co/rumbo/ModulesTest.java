package co.rumbo;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Fails on a dependency cycle between modules or a reach into another module's internals. */
class ModulesTest {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(RumboApplication.class).verify();
    }
}
