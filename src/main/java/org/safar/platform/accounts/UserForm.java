package org.safar.platform.accounts;

import java.util.LinkedHashSet;
import java.util.Set;

import org.safar.platform.security.Role;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator fills in to create or edit a staff account. */
public class UserForm {

    @NotBlank(message = "{user.username.required}")
    @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "{user.username.invalid}")
    private String username;

    @NotBlank(message = "{user.fullName.required}")
    @Size(max = 200, message = "{user.fullName.tooLong}")
    private String fullName;

    @Email(message = "{user.email.invalid}")
    @Size(max = 200, message = "{user.email.invalid}")
    private String email;

    @NotEmpty(message = "{user.roles.required}")
    private Set<Role> roles = new LinkedHashSet<>();

    @NotEmpty(message = "{user.offices.required}")
    private Set<Long> officeIds = new LinkedHashSet<>();

    private boolean enabled = true;

    public static UserForm of(UserAccount account) {
        UserForm form = new UserForm();
        form.username = account.username();
        form.fullName = account.fullName();
        form.email = account.email();
        form.roles = new LinkedHashSet<>(account.roles());
        form.officeIds = new LinkedHashSet<>(account.officeIds());
        form.enabled = account.enabled();
        return form;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? null : fullName.trim();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.trim();
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? new LinkedHashSet<>() : roles;
    }

    public Set<Long> getOfficeIds() {
        return officeIds;
    }

    public void setOfficeIds(Set<Long> officeIds) {
        this.officeIds = officeIds == null ? new LinkedHashSet<>() : officeIds;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
