package org.supplierportal.notification;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.supplierportal.testsupport.TestMailServer;

/** What the test mail server received, read as people read it: by subject, text and addressee. */
final class Mailbox {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("https?://\\S+/unsubscribe/\\S+");

    private Mailbox() {
    }

    /** Every mail whose subject or text contains this. */
    static List<MimeMessage> about(String text) {
        return Arrays.stream(TestMailServer.get().getReceivedMessages())
                .filter(message -> subject(message).contains(text) || body(message).contains(text)).toList();
    }

    /** How many of those mails each addressee got. */
    static Map<String, Long> countsByAddressee(String text) {
        return about(text).stream().collect(Collectors.groupingBy(Mailbox::addressee, Collectors.counting()));
    }

    static String addressee(MimeMessage message) {
        try {
            Message.RecipientType to = Message.RecipientType.TO;
            return message.getRecipients(to)[0].toString().toLowerCase();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The unsubscribe link in a mail's text. */
    static String unsubscribeLink(MimeMessage message) {
        Matcher link = UNSUBSCRIBE.matcher(body(message));
        if (!link.find()) {
            throw new AssertionError("no unsubscribe link in: " + body(message));
        }
        return link.group();
    }
}
