package org.supplierportal.testsupport;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Holds one thread just before Hibernate sends a statement that mentions a given table, so a test can commit
 * another transaction at exactly that moment: how a race between a read and a write is made to happen every time
 * instead of once in a thousand runs. Registered for every integration test (see {@link PortalIntegrationTest});
 * does nothing unless a test arms it.
 */
public final class StatementPause implements StatementInspector {

    private static volatile Armed armed;

    @Override
    public String inspect(String sql) {
        Armed current = armed;
        if (current != null && Thread.currentThread() == current.thread && sql.contains(current.table)) {
            armed = null;
            current.reached.countDown();
            await(current.released);
        }
        return sql;
    }

    /** Arms the pause for this thread's next statement on the table. */
    public static Armed before(Thread thread, String table) {
        Armed pause = new Armed(thread, table);
        armed = pause;
        return pause;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(Duration.ofMinutes(2).toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("a paused statement was never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static final class Armed implements AutoCloseable {
        private final Thread thread;
        private final String table;
        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        private Armed(Thread thread, String table) {
            this.thread = thread;
            this.table = table;
        }

        /** Waits until the paused thread is about to send its statement. */
        public void awaitReached() {
            await(reached);
        }

        public void release() {
            released.countDown();
        }

        @Override
        public void close() {
            if (armed == this) {
                armed = null;
            }
            release();
        }
    }
}
