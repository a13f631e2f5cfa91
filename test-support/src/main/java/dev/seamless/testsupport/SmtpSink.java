package dev.seamless.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * A real SMTP server in the JVM (GreenMail) that keeps every message it receives. One per JVM; tests may stop and
 * start it on the same port to play an SMTP outage.
 */
public final class SmtpSink {

    private static GreenMail server;
    private static int port;

    private SmtpSink() {
    }

    public static synchronized int port() {
        if (server == null) {
            port = FreePorts.next();
            start();
        }
        return port;
    }

    public static synchronized void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public static synchronized void stop() {
        server.stop();
    }

    public static synchronized List<MimeMessage> messages() {
        return List.of(server.getReceivedMessages());
    }
}
