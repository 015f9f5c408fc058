package org.supplierportal.identity;

/**
 * Words an invitation or password e-mail in its reader's language and time zone. The screens' module does it
 * (it holds the translations and each person's chosen language); identity only decides that a mail goes out.
 */
public interface InvitationWording {

    /** An e-mail's subject and plain-text body. */
    record MailText(String subject, String body) {
    }

    MailText word(InvitationLetter letter);
}
