package org.safar.training.sessions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a session is cancelled, as typed on its page or sent to the API. */
public class CancelForm {

    static final int REASON_MAX = 500;

    @NotBlank(message = "{training.session.cancel.reason.required}")
    @Size(max = REASON_MAX, message = "{training.tooLong}")
    private String reason;

    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
