package dev.seamless.slack.provisioning;

import dev.seamless.events.types.ChannelKind;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/**
 * Slack channel names: the kind's prefix, the account's name as a slug, and the start of the request id, which
 * keeps names unique and lets a retried creation recognise the channel an earlier attempt made. Slack allows at
 * most 80 lower-case letters, digits, hyphens and underscores.
 */
public final class ChannelNames {

    static final int MAX_LENGTH = 80;
    private static final int ID_LENGTH = 8;

    private final String customerPrefix;
    private final String ephemeralPrefix;

    public ChannelNames(String customerPrefix, String ephemeralPrefix) {
        this.customerPrefix = checkedPrefix(customerPrefix);
        this.ephemeralPrefix = checkedPrefix(ephemeralPrefix);
    }

    /** @param accountName the account's name, or its id when the name is not known */
    public String name(ChannelKind kind, String accountName, UUID channelId) {
        String prefix = kind == ChannelKind.CUSTOMER ? customerPrefix : ephemeralPrefix;
        String suffix = "-" + channelId.toString().substring(0, ID_LENGTH);
        String account = slug(accountName);
        int room = MAX_LENGTH - prefix.length() - suffix.length();
        if (account.length() > room) {
            account = account.substring(0, room).replaceAll("-+$", "");
        }
        return prefix + (account.isEmpty() ? "account" : account) + suffix;
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String checkedPrefix(String prefix) {
        if (!prefix.matches("[a-z0-9_-]{0,40}")) {
            throw new IllegalArgumentException("channel name prefix '" + prefix
                    + "' must be at most 40 lower-case letters, digits, hyphens or underscores");
        }
        return prefix;
    }
}
