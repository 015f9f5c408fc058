package org.supplierportal.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * One business module, the module of the test class's package, with the modules it uses and nothing else: no
 * screens, no web, no ERP connector, against the run's one real embedded PostgreSQL. Vaadin's auto-configuration is
 * left out: its starter is on portal-ui's class path and would start a web application even for a slice. Such a
 * context holds only the tested modules' beans, so a test makes its {@link Actors} with {@link Actors#of}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(webEnvironment = WebEnvironment.NONE)
@ContextConfiguration(initializers = SharedTestDatabase.Initializer.class)
@TestPropertySource(properties = {
        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,com.vaadin.flow.spring.VaadinScopesConfig",
        // A second application on the run's shared database: the overdue check is left to the full contexts.
        "portal.acknowledgments.overdue-check-interval=P3650D"})
// Closed when done, so none of its listeners or schedules lingers beside the other contexts of the run.
@DirtiesContext
public @interface PortalModuleTest {

    /** Which modules start besides the tested one: those it uses directly, or all it depends on. */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
    BootstrapMode mode() default BootstrapMode.DIRECT_DEPENDENCIES;
}
