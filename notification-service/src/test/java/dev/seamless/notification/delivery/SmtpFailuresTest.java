package dev.seamless.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.ext.mail.SMTPException;
import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class SmtpFailuresTest {

    @Test
    void aFiveHundredReplyIsPermanent() {
        SMTPException unknownMailbox = new SMTPException("RCPT TO", 550, List.of("550 no such user"), false);

        assertThat(SmtpFailures.isPermanent(new CompletionException(unknownMailbox))).isTrue();
    }

    @Test
    void aFourHundredReplyPasses() {
        SMTPException busy = new SMTPException("MAIL FROM", 451, List.of("451 try again later"), false);

        assertThat(SmtpFailures.isPermanent(new CompletionException(busy))).isFalse();
    }

    @Test
    void anUnreachableServerPasses() {
        assertThat(SmtpFailures.isPermanent(new RuntimeException(new ConnectException("Connection refused"))))
                .isFalse();
    }
}
