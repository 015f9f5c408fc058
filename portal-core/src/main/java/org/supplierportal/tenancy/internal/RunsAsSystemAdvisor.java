package org.supplierportal.tenancy.internal;

import java.io.Serial;
import java.util.function.Supplier;

import org.aopalliance.aop.Advice;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.RunsAsSystem;

/**
 * Runs the calls of {@link RunsAsSystem} beans and methods as the system. Its place among a bean's advice matters:
 * after {@code @Async} (the system is set on the thread that does the work) and Spring Modulith's marking of event
 * publications as complete (which needs no user), before method security and, above all, before the transaction
 * interceptor, because {@link TenantScopedTransactionManager} takes the tenant scope from the user when the
 * transaction begins: set inside the transaction, the system would come too late and see no tenant's rows.
 */
class RunsAsSystemAdvisor extends AbstractPointcutAdvisor {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Modulith's completion advice is at {@code HIGHEST_PRECEDENCE + 10}; method security from 100; transactions last. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    private final transient Pointcut pointcut = new ComposablePointcut(new AnnotationMatchingPointcut(RunsAsSystem.class, true))
            .union(new AnnotationMatchingPointcut(null, RunsAsSystem.class, true));
    private final transient Advice advice;

    RunsAsSystemAdvisor(Supplier<CurrentUsers> currentUsers) {
        this.advice = (MethodInterceptor) invocation -> runAsSystem(currentUsers.get(), invocation);
        setOrder(ORDER);
    }

    @Override
    public Pointcut getPointcut() {
        return pointcut;
    }

    @Override
    public Advice getAdvice() {
        return advice;
    }

    private static Object runAsSystem(CurrentUsers currentUsers, MethodInvocation invocation) throws Throwable {
        try {
            return currentUsers.runAsSystem(purposeOf(invocation), () -> {
                try {
                    return invocation.proceed();
                } catch (Throwable failure) {
                    throw new Carried(failure);
                }
            });
        } catch (Carried carried) {
            throw carried.getCause(); // as thrown: a listener's failure must reach the event publication registry
        }
    }

    private static String purposeOf(MethodInvocation invocation) {
        RunsAsSystem onMethod = AnnotatedElementUtils.findMergedAnnotation(invocation.getMethod(), RunsAsSystem.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        Class<?> type = invocation.getThis() == null ? invocation.getMethod().getDeclaringClass()
                : AopUtils.getTargetClass(invocation.getThis());
        RunsAsSystem onType = AnnotatedElementUtils.findMergedAnnotation(type, RunsAsSystem.class);
        if (onType == null) {
            throw new IllegalStateException(invocation.getMethod() + " is advised without @RunsAsSystem");
        }
        return onType.value();
    }

    /** Carries a failure of any kind through the {@link Supplier} of {@code runAsSystem}. */
    private static final class Carried extends RuntimeException {

        @Serial
        private static final long serialVersionUID = 1L;

        Carried(Throwable cause) {
            super(cause);
        }
    }
}
