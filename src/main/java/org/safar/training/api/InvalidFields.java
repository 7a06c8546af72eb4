package org.safar.training.api;

import org.springframework.validation.Errors;

/** A request whose fields broke rules that need the database to check; answered like a validation failure. */
class InvalidFields extends RuntimeException {

    private final transient Errors errors;

    InvalidFields(Errors errors) {
        super("invalid fields");
        this.errors = errors;
    }

    Errors errors() {
        return errors;
    }
}
