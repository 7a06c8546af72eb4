package org.safar.platform;

/**
 * A business rule refused what was asked. Carries a message key (and its arguments) that the error handling
 * translates for a page or an API problem; {@code status} is the HTTP status to answer with.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final int status;

    public DomainException(String messageKey, Object... arguments) {
        this(422, messageKey, arguments);
    }

    public DomainException(int status, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The record asked for does not exist, or the asker may not know that it does. */
    public static DomainException notFound() {
        return new DomainException(404, "error.notFound.detail");
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public int status() {
        return status;
    }
}
