package org.safar.platform.audit;

/**
 * The outcome of checking the whole chain.
 *
 * @param checked lines read
 * @param firstBrokenSeq the first line that does not fit, or {@code null} when the chain is intact
 * @param problem message key of what is wrong with that line
 */
public record AuditVerification(long checked, Long firstBrokenSeq, String problem) {

    /** The action under which a check of the chain is itself recorded in the trail. */
    public static final String ACTION = "AUDIT_VERIFIED";

    public boolean intact() {
        return firstBrokenSeq == null;
    }

    /** The outcome as a line's summary, in the trail's own language (codes, not translations). */
    public String summary() {
        if (intact()) {
            return "intact, " + checked + " lines checked";
        }
        return "broken at line #" + firstBrokenSeq + ": " + problem.substring(problem.lastIndexOf('.') + 1);
    }

    static AuditVerification intact(long checked) {
        return new AuditVerification(checked, null, null);
    }

    static AuditVerification brokenAt(long checked, long seq, String problem) {
        return new AuditVerification(checked, seq, problem);
    }
}
