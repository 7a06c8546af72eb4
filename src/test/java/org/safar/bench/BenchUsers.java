package org.safar.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Staff accounts for the HTTP benchmarks, written straight into the database as the administration pages would
 * leave them: a user with one role in one office and API tokens (only their SHA-256 kept, as the application does).
 */
final class BenchUsers {

    private BenchUsers() {
    }

    /** A user {@code username} with {@code role} in the office {@code officeCode} and {@code count} tokens. */
    static List<String> tokens(JdbcClient jdbc, String username, String role, String officeCode, int count) {
        SecureRandom random = new SecureRandom();
        long user = jdbc.sql("""
                insert into app_user (username, full_name, password_hash) values (?, 'Benchmark', ?) returning id""")
                .params(username, new BCryptPasswordEncoder().encode(Long.toHexString(random.nextLong())))
                .query(Long.class).single();
        jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(user, role).update();
        jdbc.sql("insert into user_office (user_id, office_id) select ?, id from office where code = ?")
                .params(user, officeCode).update();
        List<String> tokens = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            byte[] secret = new byte[24];
            random.nextBytes(secret);
            String token = "safar_" + HexFormat.of().formatHex(secret);
            jdbc.sql("""
                    insert into access_token (user_id, name, token_hash, hint, expires_at)
                    values (?, ?, ?, ?, now() + interval '1 day')""")
                    .params(user, "benchmark " + c, sha256(token), token.substring(0, 10)).update();
            tokens.add(token);
        }
        return tokens;
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
