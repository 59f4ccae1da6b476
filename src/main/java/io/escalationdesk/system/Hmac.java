package io.escalationdesk.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Keyed hashes that prove who wrote something: our thread tokens, providers' webhooks. */
public final class Hmac {

    private Hmac() {}

    /** @param algorithm HmacSHA256 or HmacSHA1 (which some providers still sign with) */
    public static byte[] of(String algorithm, String secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }
}
