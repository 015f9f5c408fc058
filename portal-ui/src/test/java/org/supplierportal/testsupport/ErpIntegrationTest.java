package org.supplierportal.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole portal connected to the test run's real Tryton (see {@link TrytonTestServer}), on the shared embedded
 * PostgreSQL. Imports run only when a test starts them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {SharedTestDatabase.Initializer.class, TrytonTestServer.Initializer.class, TestMailServer.Initializer.class})
@Import({TestClockConfiguration.class, Actors.class, ChosenLanguages.class})
@TestPropertySource(properties = {"portal.tenants.directory=../tenants", "portal.b2b.as2.key-store=target/b2b/as2-key.p12",
        PortalIntegrationTest.WEBHOOK_RECEIVERS_ON_THIS_MACHINE})
public @interface ErpIntegrationTest {
}
