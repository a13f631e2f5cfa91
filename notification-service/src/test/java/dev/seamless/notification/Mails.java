package dev.seamless.notification;

import static org.awaitility.Awaitility.await;

import dev.seamless.notification.delivery.MailDispatcher;
import dev.seamless.notification.delivery.MailSender;
import dev.seamless.testsupport.SmtpSink;
import io.quarkus.arc.Arc;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** What the real SMTP server received, one entry per notification (the server keeps a copy per recipient). */
final class Mails {

    /**
     * Longer than the mailer's timeout (60 s): a send to the test SMTP server was seen to hang once, inside the
     * dispatcher run a wait calls, until the mailer gave up on it; the mail awaited had arrived meanwhile.
     */
    static final Duration PATIENCE = Duration.ofSeconds(90);

    /** One sent notification as it arrived: headers, both parts, and how many recipients the server delivered to. */
    record Mail(String notificationId, List<String> to, List<String> cc, List<String> replyTo, String subject,
            String text, String html, int deliveries) {
    }

    private Mails() {
    }

    static List<Mail> all() {
        Map<String, List<MimeMessage>> byNotification = new LinkedHashMap<>();
        for (MimeMessage message : SmtpSink.messages()) {
            byNotification.computeIfAbsent(header(message, MailSender.NOTIFICATION_HEADER),
                    id -> new ArrayList<>()).add(message);
        }
        return byNotification.entrySet().stream().map(entry -> parse(entry.getKey(), entry.getValue())).toList();
    }

    static List<Mail> matching(Predicate<Mail> filter) {
        return all().stream().filter(filter).toList();
    }

    static List<Mail> to(String address) {
        return matching(mail -> mail.to().contains(address));
    }

    /**
     * Sends what is due and looks again until exactly one mail matches and the server has delivered it to every
     * recipient its headers name (it stores one copy per recipient, one after the other), and returns it. The
     * scheduler is off in tests, so this is what sends: the event that plans the mail may still be on its way.
     */
    static Mail awaitOne(Predicate<Mail> filter) {
        MailDispatcher dispatcher = Arc.container().instance(MailDispatcher.class).get();
        return await().atMost(PATIENCE).until(() -> {
            dispatcher.dispatchDue();
            return matching(filter);
        }, found -> found.size() == 1
                && found.get(0).deliveries() == found.get(0).to().size() + found.get(0).cc().size()).get(0);
    }

    static Mail awaitOneTo(String address) {
        return awaitOne(mail -> mail.to().contains(address));
    }

    private static Mail parse(String notificationId, List<MimeMessage> copies) {
        MimeMessage message = copies.get(0);
        try {
            Map<String, String> parts = new LinkedHashMap<>();
            collectParts(message, parts);
            return new Mail(notificationId, addresses(message, Message.RecipientType.TO),
                    addresses(message, Message.RecipientType.CC), replyTo(message), message.getSubject(),
                    parts.get("text/plain"), parts.get("text/html"), copies.size());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read a received mail", e);
        }
    }

    private static void collectParts(Part part, Map<String, String> parts) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collectParts(child, parts);
            }
        } else if (part.isMimeType("text/plain")) {
            parts.put("text/plain", normalise(content.toString()));
        } else if (part.isMimeType("text/html")) {
            parts.put("text/html", normalise(content.toString()));
        }
    }

    /** Line breaks as the templates have them, and no line folding to get in the way of assertions. */
    private static String normalise(String body) {
        return body.replace("\r\n", "\n").replaceAll("\\s+", " ");
    }

    private static List<String> addresses(MimeMessage message, Message.RecipientType type)
            throws MessagingException {
        Address[] addresses = message.getRecipients(type);
        return addresses == null ? List.of()
                : Arrays.stream(addresses).map(address -> ((jakarta.mail.internet.InternetAddress) address)
                        .getAddress()).toList();
    }

    /** The Reply-To header's addresses; none when the header is absent (replies go to the sender). */
    private static List<String> replyTo(MimeMessage message) throws MessagingException {
        return message.getHeader("Reply-To") == null ? List.of() : Arrays.stream(message.getReplyTo())
                .map(address -> ((jakarta.mail.internet.InternetAddress) address).getAddress()).toList();
    }

    private static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? "(none)" : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
