package org.safar.protection.transfers;

/**
 * A transfer as shown: with the offices' and people's names, and enough of the case for the receiving office to
 * decide — reference, type, summary, risk and the principal's name — before it may open the case itself; and
 * what the reader may do with it: answer it (receiving office) or withdraw it (sending office).
 */
public record TransferView(CaseTransfer transfer, String caseReference, long caseTypeId, Long caseSubtypeId,
        String caseSummary, String riskKey, boolean restricted, String principal, String fromOffice, String toOffice,
        String requestedBy, String decidedBy, String withdrawnBy, boolean mayDecide, boolean mayWithdraw) {
}
