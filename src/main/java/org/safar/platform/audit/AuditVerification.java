package org.safar.platform.audit;

/**
 * The outcome of checking the whole chain.
 *
 * @param checked lines read
 * @param firstBrokenSeq the first line that does not fit, or {@code null} when the chain is intact
 * @param problem message key of what is wrong with that line
 */
public record AuditVerification(long checked, Long firstBrokenSeq, String problem) {

    public boolean intact() {
        return firstBrokenSeq == null;
    }

    static AuditVerification intact(long checked) {
        return new AuditVerification(checked, null, null);
    }

    static AuditVerification brokenAt(long checked, long seq, String problem) {
        return new AuditVerification(checked, seq, problem);
    }
}
