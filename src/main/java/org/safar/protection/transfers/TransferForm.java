package org.safar.protection.transfers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A transfer request as typed: the case, the receiving office and why. */
public class TransferForm {

    @NotNull(message = "{transfer.case.required}")
    private Long caseId;

    @NotNull(message = "{transfer.office.required}")
    private Long toOfficeId;

    @NotBlank(message = "{transfer.reason.required}")
    @Size(max = 2000, message = "{referral.text.tooLong}")
    private String reason;

    public Long getCaseId() { return caseId; }
    public void setCaseId(Long v) { caseId = v; }
    public Long getToOfficeId() { return toOfficeId; }
    public void setToOfficeId(Long v) { toOfficeId = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
