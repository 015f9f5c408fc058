package org.supplierportal.notification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.identity.UserSummary;
import org.supplierportal.locale.PersonLocale;
import org.supplierportal.locale.PersonLocales;
import org.supplierportal.tenancy.TenantId;

/**
 * Who gets a notification: the active people of its audience and, for a supplier's notification, of that supplier
 * only, each with the language and time zone they chose (read for all of them at once). Called by the system
 * (listeners, the digest), which may list every account and read everyone's choice.
 */
@Component
class Recipients {

    private final UserAccountService users;
    private final PersonLocales personLocales;

    Recipients(UserAccountService users, PersonLocales personLocales) {
        this.users = users;
        this.personLocales = personLocales;
    }

    List<Recipient> of(NotificationDraft draft) {
        Audience audience = draft.type().audience();
        return recipients(users.listAll().stream()
                .filter(UserSummary::active)
                .filter(user -> audience.includes(user.role()))
                .filter(user -> audience != Audience.SUPPLIER || draft.supplier().equals(user.tenantId()))
                .toList());
    }

    /** A supplier's active people, whatever their role: those a supplier-wide mail (a quality incident) is for. */
    List<Recipient> ofSupplier(TenantId supplier) {
        return recipients(users.listOf(supplier).stream().filter(UserSummary::active).toList());
    }

    Optional<Recipient> find(UUID userId) {
        return recipients(users.listAll().stream().filter(user -> user.id().equals(userId)).toList()).stream().findFirst();
    }

    private List<Recipient> recipients(List<UserSummary> people) {
        Map<UUID, PersonLocale> chosen = personLocales.of(people.stream().map(UserSummary::id).toList());
        return people.stream().map(user -> recipient(user, chosen.get(user.id()))).toList();
    }

    /** Someone who never chose reads English with UTC times: a mail has no browser to ask. */
    private static Recipient recipient(UserSummary user, PersonLocale chosen) {
        TenantId tenant = user.tenantId();
        ReaderLocale reader = chosen == null ? ReaderLocale.DEFAULT : new ReaderLocale(chosen.language().locale(), chosen.timeZone());
        return new Recipient(user.id(), tenant, user.displayName(), user.email(), reader);
    }
}
