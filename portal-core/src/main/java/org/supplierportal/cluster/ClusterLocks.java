package org.supplierportal.cluster;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Work that must run on one node at a time (a batch job's run, a delivery round), in code rather than on a schedule
 * (scheduled methods use ShedLock's {@code @SchedulerLock} directly). The lock is kept alive while the work runs and
 * released when it ends; a node that dies holding it loses it after the lease.
 */
public class ClusterLocks {

    private final LockingTaskExecutor executor;
    private final Duration lease;
    private final Clock clock;

    ClusterLocks(LockProvider locks, Duration lease, Clock clock) {
        this.executor = new DefaultLockingTaskExecutor(locks);
        this.lease = lease;
        this.clock = clock;
    }

    /** Runs the work if no node runs work of that name now; says whether it ran. */
    public boolean runExclusively(String name, Runnable work) {
        return callExclusively(name, () -> {
            work.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** The work's result, or empty when another node holds the lock (the work did not run). */
    public <T> Optional<T> callExclusively(String name, Supplier<T> work) {
        try {
            LockingTaskExecutor.TaskResult<T> result = executor.executeWithLock(work::get,
                    new LockConfiguration(clock.instant(), name, lease, Duration.ZERO));
            return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
