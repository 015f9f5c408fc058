package org.supplierportal.locale;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A person chose their language, or went back to their browser's ({@code language} empty): published after the
 * choice is saved, for whatever keeps a person's language elsewhere too (Keycloak, for its own pages and e-mails).
 */
public record PersonLanguageChanged(UUID userId, String username, Optional<PortalLanguage> language) {

    public PersonLanguageChanged {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(language, "language");
    }
}
