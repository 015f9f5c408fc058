package org.supplierportal.webhook;

import java.util.UUID;

/** A subscription or delivery that does not exist, or not for the person asking. */
public class WebhookNotFoundException extends RuntimeException {

    WebhookNotFoundException(String what, UUID id) {
        super("The " + what + " " + id + " does not exist (any more), or is not yours.");
    }
}
