package dev.seamless.notification.delivery;

/**
 * A rendered subject as it goes out: on one line, so no value can add a mail header, and no longer than a mail
 * client shows; values such as an inquiry's subject come from customers and other systems without a length limit.
 */
public final class SubjectLine {

    private static final String ELLIPSIS = "…";

    private SubjectLine() {
    }

    /** @param maxLength in characters (code points), the ellipsis included */
    public static String of(String rendered, int maxLength) {
        String line = rendered.replaceAll("\\s+", " ").strip();
        if (line.codePointCount(0, line.length()) <= maxLength) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, maxLength - 1)).stripTrailing() + ELLIPSIS;
    }
}
