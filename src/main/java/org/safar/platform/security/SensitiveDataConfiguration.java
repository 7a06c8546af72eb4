package org.safar.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The keys of {@link SensitiveData}: {@code SAFAR_ENCRYPTION_KEY} and {@code SAFAR_LOOKUP_KEY} (32 bytes each,
 * base64). Without them — on a developer's machine or a demo — keys are generated once and kept in
 * {@code <data dir>/keys.properties} beside the embedded database, unless {@code safar.crypto.require-keys} is set
 * (the {@code prod} profile), where a missing key stops the start.
 */
@Configuration(proxyBeanMethods = false)
class SensitiveDataConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SensitiveDataConfiguration.class);

    @Bean
    SensitiveData sensitiveData(@Value("${safar.crypto.encryption-key:}") String encryptionKey,
            @Value("${safar.crypto.lookup-key:}") String lookupKey,
            @Value("${safar.crypto.require-keys:false}") boolean requireKeys,
            @Value("${safar.crypto.key-file:./data/keys.properties}") Path keyFile) {
        if (!encryptionKey.isBlank() && !lookupKey.isBlank()) {
            return new SensitiveData(Base64.getDecoder().decode(encryptionKey.trim()),
                    Base64.getDecoder().decode(lookupKey.trim()));
        }
        if (requireKeys) {
            throw new IllegalStateException("SAFAR_ENCRYPTION_KEY and SAFAR_LOOKUP_KEY must be set (32 random bytes "
                    + "each, base64: openssl rand -base64 32)");
        }
        Properties keys = loadOrCreate(keyFile);
        return new SensitiveData(Base64.getDecoder().decode(keys.getProperty("encryption")),
                Base64.getDecoder().decode(keys.getProperty("lookup")));
    }

    private static Properties loadOrCreate(Path file) {
        Properties keys = new Properties();
        try {
            if (Files.exists(file)) {
                try (var in = Files.newInputStream(file)) {
                    keys.load(in);
                }
                return keys;
            }
            SecureRandom random = new SecureRandom();
            for (String name : new String[] { "encryption", "lookup" }) {
                byte[] key = new byte[32];
                random.nextBytes(key);
                keys.setProperty(name, Base64.getEncoder().encodeToString(key));
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (var out = Files.newOutputStream(file)) {
                keys.store(out, "Safar field encryption keys, generated for this installation. Do not lose them.");
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's own permissions apply
            }
            log.warn("Generated field encryption keys in {}. For production set SAFAR_ENCRYPTION_KEY and "
                    + "SAFAR_LOOKUP_KEY instead.", file.toAbsolutePath());
            return keys;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the key file " + file, e);
        }
    }
}
