package org.safar.protection.web;

import org.safar.protection.cases.ProtectionCase;
import org.springframework.ui.Model;

/**
 * A part of the case page contributed by another part of the module — referrals (order 20), transfers (30),
 * attachments (40) — without touching the page itself. The page includes each section's Thymeleaf fragment,
 * {@code ~{template :: fragment}}, in {@link #order()}, after {@link #contribute} has put what it needs into the
 * model. The section sees only cases that {@code CaseAccess} already let the reader open.
 */
public interface CasePageSection {

    /** The anchor of the section, such as {@code referrals}; the page's table of contents links to it. */
    String id();

    /** Message key of the section's name in the table of contents. */
    String titleKey();

    /** Where the section stands: assessment 10, plan 11, services 12, referrals 20, transfers 30, attachments 40. */
    int order();

    /** The template that holds the fragment, such as {@code protection/referrals}. */
    String template();

    /** The fragment's name inside {@link #template()}, such as {@code section}. */
    default String fragment() {
        return "section";
    }

    /** Adds what the fragment shows for this case and reader. */
    void contribute(ProtectionCase shown, Model model);
}
