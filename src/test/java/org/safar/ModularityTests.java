package org.safar;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries hold, and the module map in {@code target/spring-modulith-docs} is current. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SafarApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void writesTheModuleMap() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
