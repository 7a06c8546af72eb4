package org.safar.protection.transfers;

/** A transfer waits for the receiving office, which accepts or refuses it. */
public enum TransferStatus {
    REQUESTED, ACCEPTED, REFUSED;

    public String messageKey() {
        return "transfer.status." + name();
    }
}
