package org.safar.protection.referrals;

import java.time.LocalDate;

import org.safar.protection.cases.ServiceType;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The forms of referrals: sending one, cancelling it, and the partner's answers. */
final class ReferralForms {

    private ReferralForms() {
    }

    /** A referral as a case worker fills it in. */
    public static class Send {

        @NotNull(message = "{referral.case.required}")
        private Long caseId;

        @NotNull(message = "{referral.person.required}")
        private Long personId;

        @NotNull(message = "{referral.provider.required}")
        private Long providerId;

        @NotNull(message = "{referral.serviceType.required}")
        private ServiceType serviceType;

        @Size(max = 2000, message = "{referral.text.tooLong}")
        private String note;

        private boolean urgent;

        Referrals.Request request() {
            return new Referrals.Request(caseId, personId, providerId, serviceType, note, urgent);
        }

        public Long getCaseId() { return caseId; }
        public void setCaseId(Long v) { caseId = v; }
        public Long getPersonId() { return personId; }
        public void setPersonId(Long v) { personId = v; }
        public Long getProviderId() { return providerId; }
        public void setProviderId(Long v) { providerId = v; }
        public ServiceType getServiceType() { return serviceType; }
        public void setServiceType(ServiceType v) { serviceType = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
        public boolean isUrgent() { return urgent; }
        public void setUrgent(boolean v) { urgent = v; }
    }

    /** Why the referring side cancels. */
    public static class Cancel {

        @NotBlank(message = "{referral.cancelReason.required}")
        @Size(max = 2000, message = "{referral.text.tooLong}")
        private String reason;

        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
    }

    /** Why a partner declines. */
    public static class Decline {

        @NotBlank(message = "{referral.declineReason.required}")
        @Size(max = 2000, message = "{referral.text.tooLong}")
        private String reason;

        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
    }

    /** A service the partner delivered. */
    public static class Delivery {

        @NotNull(message = "{referral.serviceType.required}")
        private ServiceType serviceType;

        @NotNull(message = "{referral.service.dateRequired}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate deliveredOn;

        @NotNull(message = "{referral.service.quantity}")
        @Min(value = 1, message = "{referral.service.quantity}")
        @Max(value = 10000, message = "{referral.service.quantity}")
        private Integer quantity = 1;

        @Size(max = 2000, message = "{referral.text.tooLong}")
        private String note;

        public ServiceType getServiceType() { return serviceType; }
        public void setServiceType(ServiceType v) { serviceType = v; }
        public LocalDate getDeliveredOn() { return deliveredOn; }
        public void setDeliveredOn(LocalDate v) { deliveredOn = v; }
        public Integer getQuantity() { return quantity; }
        public void setQuantity(Integer v) { quantity = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    /** The partner's closing note. */
    public static class Completion {

        @Size(max = 2000, message = "{referral.text.tooLong}")
        private String note;

        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }
}
