package dev.seamless.testsupport;

import java.util.Locale;

/** Reads a setting from a system property or, failing that, from the environment variable of the same name. */
final class Settings {

    private Settings() {
    }

    /** {@code seamless.test.kafka.bootstrap} is also read as {@code SEAMLESS_TEST_KAFKA_BOOTSTRAP}. */
    static String get(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? null : value;
    }
}
