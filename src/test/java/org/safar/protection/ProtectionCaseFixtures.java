package org.safar.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.safar.people.PersonId;
import org.safar.platform.security.AccessTokens;
import org.safar.platform.security.StaffUser;
import org.safar.protection.cases.CaseDetails;
import org.safar.protection.cases.CasePerson;
import org.safar.protection.cases.CaseTypes;
import org.safar.protection.cases.Casework;
import org.safar.protection.cases.ClosureReason;
import org.safar.protection.cases.NeedDomain;
import org.safar.protection.cases.PersonRole;
import org.safar.protection.cases.ProtectionCase;
import org.safar.protection.cases.RiskLevel;
import org.safar.protection.cases.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Cases for tests, opened and worked on as a named staff member through the real {@link Casework}, and API tokens
 * for those staff. Import with {@code @Import(ProtectionCaseFixtures.class)}.
 */
@Component
public class ProtectionCaseFixtures {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final Casework casework;
    private final CaseTypes types;
    private final UserDetailsService users;
    private final AccessTokens tokens;
    private final JdbcClient jdbc;

    public ProtectionCaseFixtures(Casework casework, CaseTypes types, UserDetailsService users, AccessTokens tokens,
            JdbcClient jdbc) {
        this.casework = casework;
        this.types = types;
        this.users = users;
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    public StaffUser user(String username) {
        return (StaffUser) users.loadUserByUsername(username);
    }

    /** A rights-violation case (unrestricted) opened by {@code username} for their first office, assigned to them. */
    public ProtectionCase rightsCase(String username) {
        return open(username, "RIGHTS_VIOLATION", "UNPAID_WAGES", false);
    }

    /** A trafficking case, restricted by its type, opened by {@code username} and assigned to them. */
    public ProtectionCase traffickingCase(String username) {
        return open(username, "TRAFFICKING", "LABOUR_EXPLOITATION", false);
    }

    public ProtectionCase open(String username, String typeCode, String subtypeCode, boolean restricted) {
        StaffUser user = user(username);
        long office = user.officeIds().stream().sorted().findFirst().orElseThrow();
        var type = types.byCode(typeCode).orElseThrow();
        Long subtype = subtypeCode == null ? null : types.byCode(subtypeCode).orElseThrow().id();
        CaseDetails details = new CaseDetails(type.id(), subtype, "Test case: " + typeCode, "RU", "Moscow",
                "OOO Stroy", "Agency X", CaseSource.WALK_IN, Set.of(), RiskLevel.HIGH, office, user.id(), restricted);
        return as(username, () -> casework.open(details, List.of(new CasePerson(aPerson(), PersonRole.PRINCIPAL))));
    }

    /** Takes the case as far as a plan waiting for approval: assessed, one goal with one action. */
    public void planned(String username, long caseId) {
        as(username, () -> {
            casework.move(caseId, CaseStatus.ASSESSMENT, null, null);
            casework.recordNeed(caseId, NeedDomain.SAFETY, Severity.HIGH, "Threatened by the employer");
            casework.move(caseId, CaseStatus.PLAN, null, null);
            long goal = casework.addGoal(caseId, NeedDomain.RETURN, "Safe return home");
            casework.addAction(caseId, goal, "Issue a certificate of return", user(username).id(),
                    LocalDate.now().plusDays(7));
            return null;
        });
    }

    public ProtectionCase close(String supervisor, long caseId) {
        return as(supervisor, () -> casework.move(caseId, CaseStatus.CLOSED, ClosureReason.RESOLVED, "done"));
    }

    /** Runs {@code work} signed in as {@code username}. */
    public <T> T as(String username, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        StaffUser user = user(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        }
        finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** Some live person of the registry. */
    public PersonId aPerson() {
        return PersonId.of(jdbc.sql("select id from person where merged_into is null order by random() limit 1")
                .query(Long.class).single());
    }

    /** A bearer token header value for {@code username}, issued once per test run. */
    public String bearer(String username) {
        return "Bearer " + TOKENS.computeIfAbsent(username, name -> tokens.issue(user(name), "protection tests",
                LocalDate.now().plusDays(7)).secret());
    }
}
