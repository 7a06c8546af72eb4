package org.safar.platform.i18n;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and numbers in the reader's language and Safar's time zone, for templates as {@code ${@fmt.date(x)}}.
 * Patterns come from CLDR, so Uzbek Cyrillic, Russian and English each read naturally.
 */
@Component("fmt")
public class Formats {

    private final Clock clock;

    Formats(Clock clock) {
        this.clock = clock;
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale()).format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : date(LocalDate.ofInstant(instant, clock.getZone()));
    }

    public String longDate(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(LocaleContextHolder.getLocale()).format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).withZone(clock.getZone()).format(instant);
    }

    public String number(Number number) {
        return number == null ? "" : NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(number);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
