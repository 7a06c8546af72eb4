package org.safar.platform.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption of personal data at rest (document numbers, phones, addresses): AES-256-GCM with a random nonce per
 * value, and beside it a keyed hash (HMAC-SHA-256 with a second key) of the normalised value for exact lookup.
 * Keys come from configuration, never from the repository; see docs/adr/0005-field-encryption.md.
 */
public final class SensitiveData {

    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;
    private final SecureRandom random = new SecureRandom();

    public SensitiveData(byte[] encryptionKey, byte[] lookupKey) {
        if (encryptionKey.length != 32 || lookupKey.length != 32) {
            throw new IllegalArgumentException("Encryption and lookup keys must be 32 bytes each");
        }
        this.encryptionKey = new SecretKeySpec(encryptionKey, "AES");
        this.lookupKey = new SecretKeySpec(lookupKey, "HmacSHA256");
    }

    /** The value encrypted, or {@code null} for {@code null}. */
    public byte[] encrypt(String value) {
        if (value == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(new byte[] { FORMAT });
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT).put(nonce).put(sealed).array();
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt", e);
        }
    }

    /** The value decrypted; fails if it was altered or encrypted under another key. */
    public String decrypt(byte[] stored) {
        if (stored == null) {
            return null;
        }
        if (stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 || stored[0] != FORMAT) {
            throw new IllegalArgumentException("Not a value encrypted by Safar");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            cipher.updateAAD(new byte[] { FORMAT });
            byte[] plain = cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not decrypt: altered data or wrong key", e);
        }
    }

    /**
     * The lookup hash of a value that was normalised by the caller (e.g. a document number in upper case without
     * spaces), so that equal values find each other without the value being stored in clear.
     */
    public String lookupHash(String normalised) {
        if (normalised == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not hash", e);
        }
    }
}
