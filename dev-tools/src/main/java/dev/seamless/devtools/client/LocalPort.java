package dev.seamless.devtools.client;

/** A port of the local run on 127.0.0.1: what listens there, its default, and the variable that moves it. */
public record LocalPort(String what, String setting, int defaultValue) {

    public static final LocalPort KAFKA = new LocalPort("Kafka", "SEAMLESS_LOCAL_KAFKA_PORT", 9092);
    public static final LocalPort POSTGRES = new LocalPort("PostgreSQL", "SEAMLESS_LOCAL_POSTGRES_PORT", 5432);
    public static final LocalPort SMTP = new LocalPort("the SMTP sink", "SEAMLESS_LOCAL_SMTP_PORT", 2525);

    /** @throws IllegalArgumentException when the variable holds no port number */
    public int value() {
        String value = System.getenv(setting);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65_535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(setting + "=" + value + " is not a port number (1-65535)");
        }
    }

    public boolean moved() {
        return value() != defaultValue;
    }
}
