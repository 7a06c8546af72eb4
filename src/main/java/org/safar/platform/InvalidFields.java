package org.safar.platform;

import org.springframework.validation.Errors;

/**
 * A request whose fields broke rules that need the database or another module to check (an unknown course code,
 * an office the caller may not use). The API answers it exactly like a failed bean validation: 400 with every
 * refused field and its reason in the client's language.
 */
public class InvalidFields extends RuntimeException {

    private final transient Errors errors;

    public InvalidFields(Errors errors) {
        super("invalid fields: " + errors.getFieldErrorCount());
        this.errors = errors;
    }

    public Errors errors() {
        return errors;
    }
}
