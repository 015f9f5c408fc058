package org.supplierportal.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Puts {@link Actors} into a module test's context. {@code @Import} is not enough there: Spring Modulith's module
 * bootstrap only takes the configuration of the tested modules' packages, and this class lives in none of them.
 */
class ModuleActors implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ((GenericApplicationContext) context).registerBean(Actors.class);
    }
}
