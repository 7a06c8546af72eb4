package org.safar.mobility.licensing;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every morning: licences past their expiry date become expired (their vacancies leave the public list), and
 * licences that expire within the warning window are noted once per expiry date in their history and the log,
 * so that officers see them on the agencies page. An advisory lock keeps two nodes from doing it twice.
 */
@Component
class LicenceExpiry {

    static final long LOCK = 0x5AFA_11CEL;
    private static final Logger log = LoggerFactory.getLogger(LicenceExpiry.class);

    private final LicensingDesk desk;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final int warningDays;

    LicenceExpiry(LicensingDesk desk, JdbcClient jdbc, TransactionTemplate transactions,
            @Value("${safar.mobility.expiry-warning-days:30}") int warningDays) {
        this.desk = desk;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.warningDays = warningDays;
    }

    @Scheduled(cron = "${safar.mobility.licence-expiry-cron:0 5 0 * * *}", zone = "${safar.zone:Asia/Tashkent}")
    void daily() {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                "system:licence-expiry", null, AuthorityUtils.NO_AUTHORITIES));
        try {
            transactions.executeWithoutResult(status -> {
                if (!jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single()) {
                    return;
                }
                int expired = desk.expireOverdue();
                List<Agency> expiring = desk.warnExpiring(warningDays);
                expiring.forEach(agency -> log.warn("Licence {} of {} expires on {}", agency.licenceNumber(),
                        agency.legalName(), agency.expiresOn()));
                log.info("Licence expiry: {} expired, {} expiring within {} days", expired, expiring.size(),
                        warningDays);
            });
        }
        finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
