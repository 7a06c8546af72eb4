package org.safar.people.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.safar.people.registry.PersonSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.validation.Valid;

/** The one search box over the registry, best matches first. An empty query shows just the form. */
@Controller
class PeopleSearchController {

    static final int LIMIT = 50;

    private final PersonSearch search;
    private final PersonDisplay display;

    PeopleSearchController(PersonSearch search, PersonDisplay display) {
        this.search = search;
        this.display = display;
    }

    /** One row of the results: the person as shown, and how close the name is to what was typed. */
    record Result(ShownPerson shown, double similarity) {
    }

    @GetMapping("/people")
    String search(@Valid @ModelAttribute("search") SearchForm form, BindingResult binding, Locale locale,
            Model model) {
        PersonSearch.Query query = form.query();
        boolean asked = !binding.hasErrors() && !query.isEmpty();
        List<Result> results = List.of();
        if (asked) {
            List<PersonSearch.Hit> hits = search.search(query, LIMIT);
            List<ShownPerson> shown = display.showAll(hits.stream().map(PersonSearch.Hit::person).toList(), locale);
            results = IntStream.range(0, hits.size())
                    .mapToObj(i -> new Result(shown.get(i), hits.get(i).similarity())).toList();
        }
        model.addAttribute("asked", asked);
        model.addAttribute("results", results);
        model.addAttribute("regions", display.regions());
        return "people/search";
    }
}
