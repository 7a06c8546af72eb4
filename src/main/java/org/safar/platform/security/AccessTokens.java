package org.safar.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.safar.platform.DomainException;
import org.safar.platform.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for API clients. The secret is shown once at creation; only its SHA-256 is stored, so
 * a stolen database yields no usable token. Tokens expire and can be revoked; both are audited.
 */
@Service
public class AccessTokens {

    static final String PREFIX = "safar_";
    private static final String ENTITY = "AccessToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecurityProperties properties;

    AccessTokens(JdbcClient jdbc, AuditTrail audit, Clock clock, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    /** A token as listed to its owner: never the secret. */
    public record TokenView(long id, String name, String hint, Instant createdAt, Instant expiresAt,
            Instant lastUsedAt, Instant revokedAt) {

        public boolean usable(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** A freshly made token with its secret, to be shown exactly once. */
    public record IssuedToken(long id, String secret, Instant expiresAt) {
    }

    @Transactional
    public IssuedToken issue(StaffUser owner, String name, LocalDate expiresOn) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new DomainException("token.name.required");
        }
        Instant expiresAt = expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Instant now = clock.instant();
        if (expiresAt == null || !expiresAt.isAfter(now)) {
            throw new DomainException("token.expiry.past");
        }
        if (expiresAt.isAfter(now.plus(properties.tokenMaxLifetime()))) {
            throw new DomainException("token.expiry.tooFar", properties.tokenMaxLifetime().toDays());
        }
        byte[] random = new byte[30];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        long id = jdbc.sql("""
                insert into access_token (user_id, name, token_hash, hint, expires_at)
                values (?, ?, ?, ?, ?) returning id""")
                .params(owner.id(), name.trim(), sha256(secret), secret.substring(secret.length() - 4),
                        Timestamp.from(expiresAt))
                .query(Long.class).single();
        audit.record("TOKEN_ISSUED", ENTITY, id, name.trim() + " expires " + expiresOn);
        return new IssuedToken(id, secret, expiresAt);
    }

    public List<TokenView> of(StaffUser owner) {
        return jdbc.sql("""
                select id, name, hint, created_at, expires_at, last_used_at, revoked_at from access_token
                where user_id = ? order by created_at desc""").param(owner.id()).query(TokenView.class).list();
    }

    @Transactional
    public void revoke(StaffUser owner, long tokenId) {
        int changed = jdbc.sql("update access_token set revoked_at = now() where id = ? and user_id = ? "
                + "and revoked_at is null").params(tokenId, owner.id()).update();
        if (changed == 0) {
            throw DomainException.notFound();
        }
        audit.record("TOKEN_REVOKED", ENTITY, tokenId, null);
    }

    /**
     * The username a valid, unexpired, unrevoked token belongs to; records its use, at most once a minute, so that
     * a busy client's calls do not all queue to write the same row.
     */
    @Transactional
    public Optional<String> ownerOf(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                with valid as (
                    select t.id, u.username from access_token t join app_user u on u.id = t.user_id
                    where t.token_hash = ? and t.revoked_at is null and t.expires_at > ?
                ), used as (
                    update access_token t set last_used_at = now() from valid
                    where t.id = valid.id and (t.last_used_at is null or t.last_used_at < now() - interval '1 minute')
                )
                select username from valid""")
                .params(sha256(secret), Timestamp.from(clock.instant()))
                .query(String.class).optional();
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
