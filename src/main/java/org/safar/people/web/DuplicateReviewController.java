package org.safar.people.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.safar.people.PersonId;
import org.safar.people.PersonView;
import org.safar.people.registry.DuplicateReview;
import org.safar.people.registry.MergeField;
import org.safar.platform.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The duplicate review pages for supervisors: the queue of open pairs, and one pair side by side where the
 * reviewer picks, field by field, the value the surviving record keeps — or says they are two people.
 */
@Controller
class DuplicateReviewController {

    private final DuplicateReview review;
    private final MessageSource messages;

    DuplicateReviewController(DuplicateReview review, MessageSource messages) {
        this.review = review;
        this.messages = messages;
    }

    /** One line of the comparison: both values as shown, whether they agree, and whose value is chosen. */
    record FieldRow(MergeField field, String low, String high, boolean agrees, long chosen) {
    }

    @GetMapping("/people/duplicates")
    String queue(@RequestParam(defaultValue = "1") int page, Model model) {
        long count = review.openCount();
        long pages = Math.max(1, (count + DuplicateReview.PAGE_SIZE - 1) / DuplicateReview.PAGE_SIZE);
        int current = (int) Math.min(Math.max(page, 1), pages);
        model.addAttribute("pairs", review.open(current - 1));
        model.addAttribute("count", count);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        return "people/duplicates";
    }

    @GetMapping("/people/duplicates/{id}")
    String pair(@PathVariable long id, Locale locale, Model model) {
        DuplicateReview.Pair pair = review.pair(id).orElseThrow(DomainException::notFound);
        PersonView older = pair.older();
        PersonView newer = older == pair.low() ? pair.high() : pair.low();
        model.addAttribute("pair", pair);
        model.addAttribute("older", older);
        model.addAttribute("records", List.of(pair.low(), pair.high()));
        model.addAttribute("rows", Arrays.stream(MergeField.values())
                .map(field -> new FieldRow(field, shown(field, pair.low(), locale), shown(field, pair.high(), locale),
                        field.agrees(pair.low(), pair.high()), field.defaultSource(older, newer).id()))
                .toList());
        return "people/duplicates-pair";
    }

    @PostMapping("/people/duplicates/{id}/merge")
    String merge(@PathVariable long id, @RequestParam long survivor, @RequestParam Map<String, String> form,
            Locale locale, RedirectAttributes redirect) {
        Map<MergeField, PersonId> choices = new EnumMap<>(MergeField.class);
        for (MergeField field : MergeField.values()) {
            String chosen = form.get(field.name());
            if (chosen != null && chosen.matches("\\d{1,18}")) {
                choices.put(field, PersonId.of(Long.parseLong(chosen)));
            }
        }
        DuplicateReview.Pair pair = review.pair(id).orElseThrow(DomainException::notFound);
        review.merge(id, PersonId.of(survivor), choices);
        PersonView kept = pair.member(survivor).orElseThrow();
        PersonView gone = kept == pair.low() ? pair.high() : pair.low();
        return back(redirect, "duplicate.merged.notice", locale, gone.reference(), kept.reference());
    }

    @PostMapping("/people/duplicates/{id}/not-same")
    String notSame(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        DuplicateReview.Pair pair = review.pair(id).orElseThrow(DomainException::notFound);
        review.notSame(id);
        return back(redirect, "duplicate.notSame.notice", locale, pair.low().reference(), pair.high().reference());
    }

    private String back(RedirectAttributes redirect, String key, Locale locale, Object... arguments) {
        redirect.addFlashAttribute("notice", messages.getMessage(key, arguments, locale));
        return "redirect:/people/duplicates";
    }

    private String shown(MergeField field, PersonView person, Locale locale) {
        Object value = field.valueOf(person);
        if (value == null) {
            return messages.getMessage("duplicate.value.none", null, locale);
        }
        if (value instanceof LocalDate date) {
            return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
        }
        if (field == MergeField.SEX) {
            return messages.getMessage("duplicate.sex." + value, null, value.toString(), locale);
        }
        return value.toString();
    }
}
