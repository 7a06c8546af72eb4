package org.safar.protection.referrals;

import org.safar.protection.web.MyWorkSection;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** "Referrals waiting" on the my-work page: open referrals the user sent or whose case they work on. */
@Component
class ReferralsWaiting implements MyWorkSection {

    private final Referrals referrals;
    private final ReferralViews views;

    ReferralsWaiting(Referrals referrals, ReferralViews views) {
        this.referrals = referrals;
        this.views = views;
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
        return "waiting";
    }

    @Override
    public void contribute(Model model) {
        model.addAttribute("referralsWaiting",
                views.forStaff(referrals.waitingForMe(), LocaleContextHolder.getLocale()));
    }
}
