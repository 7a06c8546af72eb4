package org.safar.protection.referrals;

import org.safar.protection.cases.CaseAccess;
import org.safar.protection.cases.ProtectionCase;
import org.safar.protection.web.CasePageSection;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The case page's list of referrals, with the way to send a new one while the case is open. */
@Component
class ReferralsSection implements CasePageSection {

    private final ReferralRecords records;
    private final ReferralViews views;
    private final CaseAccess access;

    ReferralsSection(ReferralRecords records, ReferralViews views, CaseAccess access) {
        this.records = records;
        this.views = views;
        this.access = access;
    }

    @Override
    public String id() {
        return "referrals";
    }

    @Override
    public String titleKey() {
        return "referral.section";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "protection/partners/case-sections";
    }

    @Override
    public String fragment() {
        return "referrals";
    }

    @Override
    public void contribute(ProtectionCase shown, Model model) {
        model.addAttribute("caseReferrals",
                views.forStaff(records.ofCase(shown.id()), LocaleContextHolder.getLocale()));
        model.addAttribute("canRefer", shown.isOpen() && access.scope().writer());
    }
}
