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
 * The whole portal on a random port, against the run's one real embedded PostgreSQL, with the demo tenants applied
 * from the project's {@code tenants/} files. Every test class using it shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {SharedTestDatabase.Initializer.class, TestMailServer.Initializer.class})
@Import({TestClockConfiguration.class, Actors.class, ChosenLanguages.class})
@TestPropertySource(properties = {"portal.tenants.directory=../tenants", "portal.b2b.sftp.root=target/b2b",
        "portal.b2b.as2.key-store=target/b2b/as2-key.p12",
        "spring.jpa.properties.hibernate.session_factory.statement_inspector=org.supplierportal.testsupport.StatementPause",
        PortalIntegrationTest.WEBHOOK_RECEIVERS_ON_THIS_MACHINE})
public @interface PortalIntegrationTest {

    /**
     * The webhook tests' receivers listen on loopback, which the portal refuses to post to by default (see
     * WebhookTargetRule). Every context on the shared database sweeps every delivery, so every one allows it.
     */
    String WEBHOOK_RECEIVERS_ON_THIS_MACHINE = "portal.webhooks.allowed-private-networks=127.0.0.0/8,::1";
}
