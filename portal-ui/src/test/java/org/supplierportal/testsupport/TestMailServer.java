package org.supplierportal.testsupport;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import org.awaitility.Awaitility;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail) inside the test JVM, started on first use on a free loopback port and shared by
 * every Spring context of the run; the portal sends its invitations to it, tests read them back.
 */
public final class TestMailServer {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/invitation/[A-Za-z0-9_-]+");
    private static GreenMail server;
    private static int stoppedPort;

    private TestMailServer() {
    }

    public static synchronized GreenMail get() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /**
     * Stops the server, as a mail server that is down: the portal's sending fails until {@link #up()}. Messages
     * received so far are gone with it.
     */
    public static synchronized void down() {
        stoppedPort = get().getSmtp().getPort();
        server.stop();
    }

    /** Starts the server again, on the port the portal was told. */
    public static synchronized void up() {
        server = new GreenMail(new ServerSetup(stoppedPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** The last message to the address, waiting up to 10 seconds for it to arrive. */
    public static MimeMessage lastMessageTo(String address) {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Arrays.stream(get().getReceivedMessages())
                .filter(message -> sentTo(message, address)).reduce((first, second) -> second).orElse(null),
                message -> message != null);
    }

    /**
     * The last message to the address with this subject, waiting up to 10 seconds: for addresses other mail also
     * goes to (a demo person gets the demo's incident mail too, sent asynchronously at start-up).
     */
    public static MimeMessage lastMessageTo(String address, String subject) {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Arrays.stream(get().getReceivedMessages())
                .filter(message -> sentTo(message, address) && subject.equals(subjectOf(message)))
                .reduce((first, second) -> second).orElse(null), message -> message != null);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return null;
        }
    }

    public static int messageCountTo(String address) {
        return (int) Arrays.stream(get().getReceivedMessages()).filter(message -> sentTo(message, address)).count();
    }

    /** The invitation link in a message's text. */
    public static String invitationLink(MimeMessage message) {
        Matcher link = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
        if (!link.find()) {
            throw new AssertionError("no invitation link in: " + GreenMailUtil.getBody(message));
        }
        return link.group();
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Points the portal's mail at the test server. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            GreenMail mail = get();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testMailServer", Map.of(
                    "spring.mail.host", "127.0.0.1",
                    "spring.mail.port", String.valueOf(mail.getSmtp().getPort()))));
        }
    }
}
