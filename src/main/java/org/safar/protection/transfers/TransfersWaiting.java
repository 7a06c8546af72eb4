package org.safar.protection.transfers;

import org.safar.protection.web.MyWorkSection;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * "Transfers waiting for your answer" on the my-work page: cases another office asks the user's office to take,
 * which the user may accept or refuse. A migrant on their way home should not wait for someone to open the
 * transfers page.
 */
@Component
class TransfersWaiting implements MyWorkSection {

    private final Transfers transfers;
    private final TransferViews views;

    TransfersWaiting(Transfers transfers, TransferViews views) {
        this.transfers = transfers;
        this.views = views;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String template() {
        return "protection/partners/case-sections";
    }

    @Override
    public String fragment() {
        return "transfers-waiting";
    }

    @Override
    public void contribute(Model model) {
        model.addAttribute("transfersWaiting", views.of(transfers.ofMyOffices().stream()
                .filter(transfers::mayDecide).toList(), LocaleContextHolder.getLocale()));
    }
}
