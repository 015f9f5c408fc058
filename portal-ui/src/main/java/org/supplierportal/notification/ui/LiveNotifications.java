package org.supplierportal.notification.ui;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import org.springframework.beans.factory.DisposableBean;

import com.vaadin.flow.shared.Registration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.supplierportal.notification.NotificationsArrived;

/**
 * The open screens of each person on this node that show notifications (the bell, the list), told when that person's
 * notifications change: new ones committed, or marked as read on another screen. Each screen updates itself through
 * {@code UI.access} (Vaadin push). Sessions are sticky to a node; a person's screens on another node see the change
 * at their next navigation.
 */
@Component
class LiveNotifications implements DisposableBean {

    private final ConcurrentHashMap<UUID, Set<Runnable>> screens = new ConcurrentHashMap<>();
    /**
     * Screens are updated on a thread of their own: not on the committing listener's, which acts as the system (a
     * screen reads as its session's person) and should not wait for screens.
     */
    private final ExecutorService updates = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("live-notifications").daemon().factory());

    /** Calls {@code update} in the screen's UI (with its session's person) whenever the person's notifications change. */
    Registration register(UUID person, UI ui, Runnable update) {
        Runnable onChange = () -> updates.execute(() -> {
            try {
                ui.access(update::run);
            } catch (UIDetachedException closed) {
                // The screen closed between the change and its update: nothing to show it on.
            }
        });
        screens.computeIfAbsent(person, key -> ConcurrentHashMap.newKeySet()).add(onChange);
        return () -> screens.computeIfPresent(person, (key, set) -> {
            set.remove(onChange);
            return set.isEmpty() ? null : set;
        });
    }

    @TransactionalEventListener
    void on(NotificationsArrived arrived) {
        arrived.recipients().forEach(this::changed);
    }

    void changed(UUID person) {
        screens.getOrDefault(person, Set.of()).forEach(Runnable::run);
    }

    @Override
    public void destroy() {
        updates.shutdownNow();
    }
}
