package dev.seamless.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Mints RS256 bearer tokens the services accept: subject and {@code upn} are the person id, {@code groups} the
 * roles. Tests use the test key on the classpath; the local run uses the development key in {@code dev/local-jwt}.
 */
public final class Tokens {

    public static final String ISSUER = "seamless";
    private static final String TEST_KEY = "seamless-test/jwt-private.pem";
    private static PrivateKey testKey;

    private Tokens() {
    }

    /** A token signed with the test key, valid for an hour. */
    public static synchronized String forTest(String personId, String... roles) {
        if (testKey == null) {
            try (InputStream pem = Tokens.class.getClassLoader().getResourceAsStream(TEST_KEY)) {
                testKey = readPrivateKey(new String(pem.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + TEST_KEY, e);
            }
        }
        return mint(testKey, ISSUER, personId, List.of(roles), 60);
    }

    public static String mint(PrivateKey key, String issuer, String personId, List<String> roles, int minutes) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(personId);
        claims.setClaim("upn", personId);
        claims.setStringListClaim("groups", roles);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(minutes);
        claims.setGeneratedJwtId();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign the token", e);
        }
    }

    public static PrivateKey readPrivateKey(Path pemFile) throws IOException {
        return readPrivateKey(Files.readString(pemFile));
    }

    static PrivateKey readPrivateKey(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a PKCS#8 RSA private key in PEM form", e);
        }
    }
}
