package org.supplierportal.testsupport;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Gives the test's application the JVM-wide security context holder, as the one application of a production JVM has
 * it. Vaadin installs its own holder strategy globally when an application starts; a second application started in
 * the same test JVM (a start-up test, a slice) replaces it, and the parts of Spring Security that read the global
 * holder (the token endpoint's, among others) then looked in the other application's holder and found nobody.
 */
public class OwnSecurityContextHolder extends AbstractTestExecutionListener {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }
}
