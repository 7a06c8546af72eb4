package org.safar.protection.web;

import org.springframework.ui.Model;

/**
 * A part of the "my work" page contributed by another part of the module, such as "referrals waiting" (order 20).
 * The page includes {@code ~{template :: fragment}} for each, in order, after {@link #contribute}.
 */
public interface MyWorkSection {

    int order();

    String template();

    default String fragment() {
        return "section";
    }

    /** Adds what the fragment shows for the signed-in user. */
    void contribute(Model model);
}
