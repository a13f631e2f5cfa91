package dev.seamless.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * A real SMTP server in the JVM (GreenMail) that keeps every message it receives. One per JVM; tests may stop and
 * start it on the same port to play an SMTP outage. Messages received before a stop stay readable.
 */
public final class SmtpSink {

    private static GreenMail server;
    private static boolean running;
    private static int port;
    private static final List<MimeMessage> BEFORE_RESTARTS = new ArrayList<>();

    private SmtpSink() {
    }

    public static synchronized int port() {
        if (server == null) {
            port = FreePorts.next();
            start();
        }
        return port;
    }

    /** Starts the server on its port (a free one the first time); does nothing while it runs. */
    public static synchronized void start() {
        if (running) {
            return;
        }
        if (port == 0) {
            port = FreePorts.next();
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        running = true;
    }

    /** Stops the server: clients get "connection refused" until {@link #start()}. */
    public static synchronized void stop() {
        if (!running) {
            return;
        }
        BEFORE_RESTARTS.addAll(List.of(server.getReceivedMessages()));
        server.stop();
        running = false;
    }

    /** Every message received since the JVM started, across restarts. */
    public static synchronized List<MimeMessage> messages() {
        List<MimeMessage> all = new ArrayList<>(BEFORE_RESTARTS);
        if (running) {
            all.addAll(List.of(server.getReceivedMessages()));
        }
        return all;
    }
}
