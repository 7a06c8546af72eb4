package org.safar.protection.transfers;

/**
 * A transfer waits for the receiving office, which accepts or refuses it; until then the sending office may
 * withdraw it.
 */
public enum TransferStatus {
    REQUESTED, ACCEPTED, REFUSED, WITHDRAWN;

    public String messageKey() {
        return "transfer.status." + name();
    }
}
