package dev.seamless.devtools.token;

import dev.seamless.testsupport.Tokens;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code MintToken <personId> <ROLE>[,<ROLE>...] [privateKeyPem] [minutes]}: prints a bearer token signed with the
 * local development key, for calling the services of the local run. Never configure that key's public half anywhere
 * but the local run.
 */
public final class MintToken {

    private static final List<String> ROLES = List.of("AE", "SA", "CSM", "ASM", "SA_LEADER", "ADMIN", "INTEGRATION");

    private MintToken() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: MintToken <personId> <ROLE[,ROLE...]> [private-key.pem] [minutes]");
            System.err.println("roles: " + String.join(", ", ROLES));
            System.exit(2);
        }
        List<String> roles = Arrays.stream(args[1].split(",")).map(String::trim).toList();
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                System.err.println("unknown role '" + role + "'; roles: " + String.join(", ", ROLES));
                System.exit(2);
            }
        }
        Path key = Path.of(args.length > 2 ? args[2] : "dev/local-jwt/private.pem");
        int minutes = args.length > 3 ? Integer.parseInt(args[3]) : 8 * 60;
        System.out.println(Tokens.mint(Tokens.readPrivateKey(key), Tokens.ISSUER, args[0], roles, minutes));
    }
}
