package org.safar.protection.transfers;

import org.safar.protection.cases.CaseAccess;
import org.safar.protection.cases.ProtectionCase;
import org.safar.protection.web.CasePageSection;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The case page's transfers: the one waiting, past ones, and the way to ask another office to take the case. */
@Component
class TransfersSection implements CasePageSection {

    private final Transfers transfers;
    private final TransferViews views;
    private final CaseAccess access;

    TransfersSection(Transfers transfers, TransferViews views, CaseAccess access) {
        this.transfers = transfers;
        this.views = views;
        this.access = access;
    }

    @Override
    public String id() {
        return "transfers";
    }

    @Override
    public String titleKey() {
        return "transfer.section";
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
        return "transfers";
    }

    @Override
    public void contribute(ProtectionCase shown, Model model) {
        model.addAttribute("caseTransfers",
                views.of(transfers.listOf(shown.id()), LocaleContextHolder.getLocale()));
        model.addAttribute("canTransfer", shown.isOpen() && access.scope().writer()
                && transfers.waitingFor(shown.id()).isEmpty());
    }
}
