package org.safar.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.platform.testing.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page and endpoint the application maps — found by asking Spring MVC, so a new page cannot slip through —
 * refuses an anonymous visitor, and every restricted area refuses each role that is not allowed in.
 */
@SafarIntegrationTest
@Import(StaffFixtures.class)
class AccessRulesTests {

    /** Pages anyone may open. Everything else must ask for a login. */
    static final Set<String> PUBLIC = Set.of("/", "/login", "/error", "/verify", "/verify/1", "/agencies",
            "/vacancies", "/vacancies/1");

    static final Set<Role> PEOPLE_READERS = EnumSet.of(Role.ADMIN, Role.SUPERVISOR, Role.CASE_WORKER,
            Role.CONSULAR_OFFICER, Role.LICENSING_OFFICER, Role.TRAINER, Role.AUDITOR);
    static final Set<Role> PEOPLE_WRITERS = EnumSet.of(Role.SUPERVISOR, Role.CASE_WORKER, Role.CONSULAR_OFFICER,
            Role.LICENSING_OFFICER, Role.TRAINER);

    static final Set<Role> CASE_READERS = EnumSet.of(Role.SUPERVISOR, Role.CASE_WORKER, Role.CONSULAR_OFFICER,
            Role.AUDITOR);
    static final Set<Role> CASE_WRITERS = EnumSet.of(Role.SUPERVISOR, Role.CASE_WORKER, Role.CONSULAR_OFFICER);

    /** The partner side of protection: providers registry, referrals, transfers and attachments. */
    static Set<Role> partnerSideRoles(HttpMethod method, String path) {
        boolean read = HttpMethod.GET.equals(method);
        if (path.matches("/providers/[^/]+/partners(/.*)?") && !read) {
            return EnumSet.of(Role.ADMIN);
        }
        if (path.equals("/providers/new") || path.matches("/providers/[^/]+/edit")) {
            return EnumSet.of(Role.ADMIN, Role.SUPERVISOR);
        }
        if (path.matches("(/api/v1)?/providers(/.*)?")) {
            return read ? EnumSet.of(Role.ADMIN, Role.SUPERVISOR, Role.CASE_WORKER, Role.CONSULAR_OFFICER,
                    Role.AUDITOR) : EnumSet.of(Role.ADMIN, Role.SUPERVISOR);
        }
        if (path.equals("/referrals/new") || path.equals("/transfers/new")) {
            return CASE_WRITERS;
        }
        if (path.matches("(/api/v1)?/(referrals/[^/]+/cancel|transfers/[^/]+/withdraw)") && !read) {
            return CASE_WRITERS;
        }
        if (path.matches("(/api/v1)?/referrals/[^/]+/(accept|decline|services|complete)") && !read) {
            return EnumSet.of(Role.PARTNER);
        }
        if (path.matches("(/api/v1)?/referrals(/.*)?")) {
            if (read) {
                Set<Role> readers = EnumSet.copyOf(CASE_READERS);
                readers.add(Role.PARTNER);
                return readers;
            }
            return CASE_WRITERS;
        }
        if (path.matches("(/api/v1)?/transfers(/.*)?") || path.matches("/attachments(/.*)?")) {
            return read ? CASE_READERS : CASE_WRITERS;
        }
        return null;
    }

    static final Set<Role> MOBILITY_READERS = EnumSet.of(Role.ADMIN, Role.SUPERVISOR, Role.LICENSING_OFFICER,
            Role.CASE_WORKER, Role.CONSULAR_OFFICER, Role.AUDITOR);
    static final Set<Role> VACANCY_READERS = EnumSet.of(Role.ADMIN, Role.SUPERVISOR, Role.LICENSING_OFFICER,
            Role.CASE_WORKER, Role.CONSULAR_OFFICER, Role.AUDITOR, Role.AGENCY);
    static final Set<Role> APPLICATION_WRITERS = EnumSet.of(Role.SUPERVISOR, Role.CASE_WORKER, Role.CONSULAR_OFFICER,
            Role.LICENSING_OFFICER, Role.AGENCY);
    static final Set<Role> COMPLAINT_TAKERS = EnumSet.of(Role.SUPERVISOR, Role.CASE_WORKER, Role.CONSULAR_OFFICER,
            Role.LICENSING_OFFICER);

    /** Labour mobility: the register, vacancies and their workflow, applications, complaints. */
    static Set<Role> mobilityRoles(HttpMethod method, String path) {
        boolean read = HttpMethod.GET.equals(method);
        if (path.equals("/mobility/agencies/new") || path.equals("/mobility/employers/new")) {
            return EnumSet.of(Role.LICENSING_OFFICER);
        }
        if (path.startsWith("/mobility/agencies") || path.startsWith("/mobility/employers")
                || path.startsWith("/api/v1/agencies")) {
            return read ? MOBILITY_READERS : EnumSet.of(Role.LICENSING_OFFICER);
        }
        if (path.equals("/mobility/vacancies/new") || path.matches("/mobility/vacancies/[^/]+/edit")
                || path.matches("(/api/v1|/mobility)/vacancies/[^/]+/submit")
                || path.equals("/api/v1/vacancies") && !read) {
            return EnumSet.of(Role.AGENCY);
        }
        if (path.matches("(/api/v1|/mobility)/vacancies/[^/]+/(verify|reject)")) {
            return EnumSet.of(Role.LICENSING_OFFICER);
        }
        if (path.matches("(/api/v1|/mobility)/vacancies/[^/]+/close")) {
            return EnumSet.of(Role.AGENCY, Role.LICENSING_OFFICER);
        }
        if (path.matches("(/api/v1|/mobility)/vacancies/[^/]+/applications") && !read) {
            return EnumSet.of(Role.SUPERVISOR, Role.CASE_WORKER, Role.CONSULAR_OFFICER, Role.LICENSING_OFFICER);
        }
        if (path.matches("(/api/v1|/mobility)/vacancies/[^/]+/applicants") && !read) {
            return EnumSet.of(Role.AGENCY);
        }
        if (path.matches("(/api/v1|/mobility)/applications/[^/]+/status") && !read) {
            return APPLICATION_WRITERS;
        }
        if (path.startsWith("/mobility/vacancies") || path.startsWith("/api/v1/vacancies")
                || path.startsWith("/mobility/applications") || path.startsWith("/api/v1/applications")) {
            return VACANCY_READERS;
        }
        if (path.equals("/mobility/complaints/new")) {
            return COMPLAINT_TAKERS;
        }
        if (path.startsWith("/mobility/complaints")) {
            return MOBILITY_READERS;
        }
        return null;
    }

    /**
     * The roles allowed into each restricted area, by method and path; {@code null} for pages open to every
     * signed-in staff member. This table is the written access policy: a new area must be added here.
     */
    static Set<Role> allowedRoles(HttpMethod method, String path) {
        if (path.startsWith("/admin/") || path.startsWith("/actuator")) {
            return EnumSet.of(Role.ADMIN);
        }
        if (path.startsWith("/audit")) {
            return EnumSet.of(Role.ADMIN, Role.AUDITOR);
        }
        if (path.startsWith("/api/v1/people/") && path.endsWith("/merge")) {
            return EnumSet.of(Role.ADMIN, Role.SUPERVISOR);
        }
        if (path.equals("/api/v1/people") || path.startsWith("/api/v1/people/")) {
            return HttpMethod.GET.equals(method) ? PEOPLE_READERS : PEOPLE_WRITERS;
        }
        if (path.startsWith("/mobility/") || path.startsWith("/api/v1/agencies") || path.startsWith("/api/v1/vacancies")
                || path.startsWith("/api/v1/applications")) {
            return mobilityRoles(method, path);
        }
        if (path.startsWith("/people/duplicates")) {
            return EnumSet.of(Role.ADMIN, Role.SUPERVISOR);
        }
        if (path.startsWith("/people/import")) {
            return EnumSet.of(Role.ADMIN, Role.SUPERVISOR, Role.CASE_WORKER, Role.CONSULAR_OFFICER);
        }
        if (path.matches("/people/[^/]+/(edit|documents/[^/]+)")) {
            return PEOPLE_WRITERS;
        }
        if (path.equals("/people") || path.startsWith("/people/")) {
            return HttpMethod.GET.equals(method) ? PEOPLE_READERS : PEOPLE_WRITERS;
        }
        if (path.equals("/cases/new") || path.equals("/cases/workers")
                || path.startsWith("/cases/") && path.endsWith("/edit")) {
            return CASE_WRITERS;
        }
        if (path.equals("/cases") || path.startsWith("/cases/") || path.equals("/my-work")
                || path.equals("/api/v1/cases") || path.startsWith("/api/v1/cases/")) {
            return HttpMethod.GET.equals(method) ? CASE_READERS : CASE_WRITERS;
        }
        if (partnerSideRoles(method, path) != null) {
            return partnerSideRoles(method, path);
        }
        return trainingRoles(method, path);
    }

    static final Set<Role> TRAINING_READERS = EnumSet.of(Role.ADMIN, Role.SUPERVISOR, Role.TRAINER, Role.AUDITOR,
            Role.PROGRAMME_MANAGER);

    /** Training: catalogue kept by admins and supervisors, sessions run by trainers and supervisors. */
    private static Set<Role> trainingRoles(HttpMethod method, String path) {
        String p = path.replaceFirst("^/api/v1/training", "/training");
        if (!p.equals("/training") && !p.startsWith("/training/")) {
            return null;
        }
        if (p.startsWith("/training/reports")) {
            return EnumSet.of(Role.ADMIN, Role.SUPERVISOR, Role.PROGRAMME_MANAGER, Role.ANALYST, Role.AUDITOR);
        }
        if (p.matches("/training/(courses|centres)/(new|[^/]+/edit)")) {
            return EnumSet.of(Role.ADMIN, Role.SUPERVISOR);
        }
        if (p.matches("/training/sessions/(new|[^/]+/edit|[^/]+/cancel)")
                || path.equals("/api/v1/training/sessions") && HttpMethod.POST.equals(method)) {
            return EnumSet.of(Role.SUPERVISOR);
        }
        if (p.matches("/training/certificates/[^/]+/revoke")) {
            return EnumSet.of(Role.SUPERVISOR);
        }
        if (HttpMethod.GET.equals(method)) {
            return TRAINING_READERS;
        }
        if (p.matches("/training/(courses|centres)(/.*)?")) {
            return EnumSet.of(Role.ADMIN, Role.SUPERVISOR);
        }
        return EnumSet.of(Role.SUPERVISOR, Role.TRAINER);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffFixtures staff;

    @Autowired
    AccessTokens tokens;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(HttpMethod method, String path) {
    }

    @Test
    void everyStaffPageSendsAnAnonymousVisitorToTheLoginPage() throws Exception {
        List<Endpoint> staffPages = endpoints().stream()
                .filter(e -> !PUBLIC.contains(e.path()) && !e.path().startsWith("/api/")).toList();
        assertThat(staffPages).as("staff pages found").isNotEmpty();
        for (Endpoint endpoint : staffPages) {
            var response = mvc.perform(request(endpoint.method(), endpoint.path()).with(csrf())).andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(endpoint.toString()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(endpoint.toString()).endsWith("/login");
        }
    }

    @Test
    void everyApiEndpointRefusesACallWithoutAToken() throws Exception {
        for (Endpoint endpoint : endpoints().stream().filter(e -> e.path().startsWith("/api/v1/")).toList()) {
            var response = mvc.perform(request(endpoint.method(), endpoint.path())).andReturn().getResponse();
            assertThat(response.getStatus()).as(endpoint.toString()).isEqualTo(401);
            assertThat(response.getContentType()).as(endpoint.toString()).startsWith("application/problem+json");
        }
    }

    @Test
    void everyRestrictedAreaRefusesEveryOtherRole() throws Exception {
        List<Endpoint> restricted = new ArrayList<>(endpoints().stream()
                .filter(e -> !e.path().startsWith("/api/") && allowedRoles(e.method(), e.path()) != null).toList());
        restricted.add(new Endpoint(HttpMethod.GET, "/actuator/prometheus"));
        restricted.add(new Endpoint(HttpMethod.GET, "/actuator/health"));
        assertThat(restricted).extracting(Endpoint::path).anyMatch(path -> path.startsWith("/admin/"))
                .anyMatch(path -> path.startsWith("/audit"));
        for (Endpoint endpoint : restricted) {
            for (Role role : EnumSet.complementOf(EnumSet.copyOf(allowedRoles(endpoint.method(), endpoint.path())))) {
                var response = mvc.perform(request(endpoint.method(), endpoint.path()).with(csrf())
                        .with(user(staffWith(role)))).andReturn().getResponse();
                assertThat(response.getStatus()).as(endpoint + " as " + role).isEqualTo(403);
            }
        }
    }

    @Test
    void everyApiEndpointRefusesATokenOfARoleNotAllowedIn() throws Exception {
        List<Endpoint> restricted = endpoints().stream()
                .filter(e -> e.path().startsWith("/api/v1/") && allowedRoles(e.method(), e.path()) != null).toList();
        assertThat(restricted).extracting(Endpoint::path).anyMatch(path -> path.startsWith("/api/v1/people"));
        for (Role role : Role.values()) {
            String token = null;
            for (Endpoint endpoint : restricted) {
                if (allowedRoles(endpoint.method(), endpoint.path()).contains(role)) {
                    continue;
                }
                if (token == null) {
                    token = tokenOf(role);
                }
                var response = mvc.perform(request(endpoint.method(), endpoint.path())
                        .header("Authorization", "Bearer " + token).contentType("application/json").content("{}"))
                        .andReturn().getResponse();
                assertThat(response.getStatus()).as(endpoint + " with a token of " + role).isEqualTo(403);
            }
        }
    }

    private String tokenOf(Role role) {
        StaffUser user = (StaffUser) userDetails.loadUserByUsername(staff.newUser(role));
        return tokens.issue(user, "access test", LocalDate.now().plusDays(1)).secret();
    }

    private static StaffUser staffWith(Role role) {
        return new StaffUser(-1, "someone-" + role.name().toLowerCase(), "Someone", EnumSet.of(role), Set.of(1L),
                true, false, null, true, false);
    }

    /**
     * Every mapped path and method of Safar's own controllers, with path variables filled in. A
     * {@link NotFoundFallback} serves nothing (it answers 404 to anyone), so it is not an endpoint.
     */
    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("org.safar")
                    || handler.getBeanType().isAnnotationPresent(NotFoundFallback.class)) {
                return;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                String path = pattern.replace("/**", "/anything").replaceAll("\\{[^}]+}", "1");
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint(HttpMethod.GET, path));
                }
                methods.forEach(method -> endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), path)));
            }
        });
        return endpoints;
    }
}
