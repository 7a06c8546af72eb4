package org.safar.platform.accounts;

import java.util.stream.Collectors;

import org.safar.platform.DomainException;
import org.safar.platform.audit.AuditTrail;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to staff accounts: create, edit, disable, reset a password. Every change is audited;
 * disabling an account or resetting its password ends its open sessions.
 */
@Service
public class AccountAdministration {

    static final String ENTITY = "User";

    private final Users users;
    private final Offices offices;
    private final Passwords passwords;
    private final AuditTrail audit;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountAdministration(Users users, Offices offices, Passwords passwords, AuditTrail audit,
            FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.users = users;
        this.offices = offices;
        this.passwords = passwords;
        this.audit = audit;
        this.sessions = sessions;
    }

    /** Creates an account with a one-time password, which is returned to be handed over once. */
    @Transactional
    public Created create(UserForm form) {
        if (users.usernameTaken(form.getUsername())) {
            throw new DomainException(409, "user.username.taken", form.getUsername());
        }
        checkOffices(form);
        String oneTime = Passwords.oneTime();
        long id = users.create(form, passwords.hashChecked(form.getUsername(), oneTime), true);
        audit.record("USER_CREATED", ENTITY, id, describe(form));
        return new Created(id, oneTime);
    }

    /** Creates an account with a known password: the configured first administrator and demo users. */
    @Transactional
    public long createWithPassword(UserForm form, String password, boolean mustChange) {
        long id = users.create(form, passwords.hashChecked(form.getUsername(), password), mustChange);
        audit.record("USER_CREATED", ENTITY, id, describe(form));
        return id;
    }

    @Transactional
    public void update(long id, UserForm form) {
        UserAccount before = users.byId(id).orElseThrow(DomainException::notFound);
        checkOffices(form);
        users.update(id, form);
        audit.record("USER_UPDATED", ENTITY, id, describe(form));
        if (before.enabled() && !form.isEnabled()) {
            audit.record("USER_DISABLED", ENTITY, id, before.username());
            endSessionsOf(before.username());
        }
        else if (!before.enabled() && form.isEnabled()) {
            audit.record("USER_ENABLED", ENTITY, id, before.username());
        }
    }

    @Transactional
    public void setEnabled(long id, boolean enabled) {
        UserAccount account = users.byId(id).orElseThrow(DomainException::notFound);
        users.setEnabled(id, enabled);
        audit.record(enabled ? "USER_ENABLED" : "USER_DISABLED", ENTITY, id, account.username());
        if (!enabled) {
            endSessionsOf(account.username());
        }
    }

    /** Replaces the password with a one-time one, returned to be handed over once. */
    @Transactional
    public String resetPassword(long id) {
        UserAccount account = users.byId(id).orElseThrow(DomainException::notFound);
        String oneTime = Passwords.oneTime();
        users.setPassword(id, passwords.hashChecked(account.username(), oneTime), true);
        audit.record("PASSWORD_RESET", ENTITY, id, account.username());
        endSessionsOf(account.username());
        return oneTime;
    }

    /** A user changes their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(String username, String current, String replacement) {
        UserAccount account = users.byUsername(username).orElseThrow(DomainException::notFound);
        if (!passwords.matches(current, account.passwordHash())) {
            throw new DomainException("password.currentWrong");
        }
        if (current.equals(replacement)) {
            throw new DomainException("password.unchanged");
        }
        users.setPassword(account.id(), passwords.hashChecked(username, replacement), false);
        audit.record("PASSWORD_CHANGED", ENTITY, account.id(), username);
    }

    private void checkOffices(UserForm form) {
        for (Long office : form.getOfficeIds()) {
            if (offices.byId(office).isEmpty()) {
                throw new DomainException("user.offices.unknown");
            }
        }
    }

    private void endSessionsOf(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }

    private static String describe(UserForm form) {
        return form.getUsername() + " roles=" + form.getRoles().stream().map(Enum::name).sorted()
                .collect(Collectors.joining(",")) + " offices=" + form.getOfficeIds() + " enabled=" + form.isEnabled();
    }

    /** A new account and its one-time password. */
    public record Created(long id, String oneTimePassword) {
    }
}
