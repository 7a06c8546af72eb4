package org.safar.protection.web;

import java.util.Comparator;
import java.util.List;

import org.safar.protection.CaseStatus;
import org.safar.protection.cases.CaseAccess;
import org.safar.protection.cases.CaseScope;
import org.safar.protection.cases.CaseSearch;
import org.safar.protection.cases.CaseTasks;
import org.safar.protection.cases.MyActions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What the signed-in worker has to do: their open cases, their tasks and plan actions soonest first with the
 * overdue ones in red, and whatever other parts of the module add (referrals waiting).
 */
@Controller
class MyWorkController {

    static final int CASE_LIMIT = 200;

    private final CaseAccess access;
    private final CaseSearch search;
    private final CaseTasks tasks;
    private final MyActions actions;
    private final List<MyWorkSection> sections;

    MyWorkController(CaseAccess access, CaseSearch search, CaseTasks tasks, MyActions actions,
            List<MyWorkSection> sections) {
        this.access = access;
        this.search = search;
        this.tasks = tasks;
        this.actions = actions;
        this.sections = sections.stream().sorted(Comparator.comparingInt(MyWorkSection::order)).toList();
    }

    @GetMapping("/my-work")
    String myWork(Model model) {
        CaseScope scope = access.scope();
        long me = CaseAccess.currentUser().id();
        model.addAttribute("cases", search.find(scope, new CaseSearch.Filter(null, null, null, me, null, null, false,
                null), CaseSearch.Sort.RISK, 0, CASE_LIMIT).stream().filter(r -> r.status() != CaseStatus.CLOSED)
                .toList());
        model.addAttribute("tasks", tasks.openFor(me, scope));
        model.addAttribute("actions", actions.openFor(me, scope));
        sections.forEach(section -> section.contribute(model));
        model.addAttribute("sections", sections);
        return "protection/my-work";
    }
}
