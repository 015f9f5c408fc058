package org.supplierportal.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.identity.UserSummary;
import org.supplierportal.tenancy.TenantId;

/**
 * Who gets a notification: the active people of its audience and, for a supplier's notification, of that supplier
 * only. Called by the system (listeners, the digest), which may list every account.
 */
@Component
class Recipients {

    private final UserAccountService users;

    Recipients(UserAccountService users) {
        this.users = users;
    }

    List<Recipient> of(NotificationDraft draft) {
        Audience audience = draft.type().audience();
        return users.listAll().stream()
                .filter(UserSummary::active)
                .filter(user -> audience.includes(user.role()))
                .filter(user -> audience != Audience.SUPPLIER || draft.supplier().equals(user.tenantId()))
                .map(Recipients::recipient)
                .toList();
    }

    Optional<Recipient> find(UUID userId) {
        return users.listAll().stream().filter(user -> user.id().equals(userId)).findFirst().map(Recipients::recipient);
    }

    private static Recipient recipient(UserSummary user) {
        TenantId tenant = user.tenantId();
        return new Recipient(user.id(), tenant, user.displayName(), user.email());
    }
}
