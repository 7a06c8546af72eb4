package org.safar.protection.attachments;

import org.safar.protection.cases.CaseAccess;
import org.safar.protection.cases.ProtectionCase;
import org.safar.protection.web.CasePageSection;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The case page's files, with the upload form for those who may change the case. */
@Component
class AttachmentsSection implements CasePageSection {

    private final CaseAttachments attachments;
    private final FileStorage storage;
    private final CaseAccess access;

    AttachmentsSection(CaseAttachments attachments, FileStorage storage, CaseAccess access) {
        this.attachments = attachments;
        this.storage = storage;
        this.access = access;
    }

    @Override
    public String id() {
        return "attachments";
    }

    @Override
    public String titleKey() {
        return "attachment.section";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String template() {
        return "protection/partners/case-sections";
    }

    @Override
    public String fragment() {
        return "attachments";
    }

    @Override
    public void contribute(ProtectionCase shown, Model model) {
        model.addAttribute("caseAttachments", attachments.listOf(shown.id()));
        model.addAttribute("canAttach", access.scope().writer());
        model.addAttribute("attachmentLimit", storage.maxSize().toMegabytes());
    }
}
