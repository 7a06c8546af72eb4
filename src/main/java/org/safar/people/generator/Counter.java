package org.safar.people.generator;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The office counter where a real person is entered: writes the names in the office's script and style, and
 * makes the slips a noise asks for. A slip that cannot happen to this person (a typo in a four-letter name, a
 * scanner confusion without q, rn, l or h) is left out of the record's noise, so the noise stays true.
 */
final class Counter {

    private Counter() {
    }

    static GeneratedPerson enter(RealPerson p, long recordNo, boolean duplicate, Set<Noise> asked,
            SplittableRandom random) {
        EnumSet<Noise> noise = asked.isEmpty() ? EnumSet.noneOf(Noise.class) : EnumSet.copyOf(asked);
        WrittenIn script = script(p.script(), noise, random);
        String family = name(p.origin(), p.family(), script);
        String given = name(p.origin(), p.given(), script);
        String patronymic = noise.contains(Noise.NO_PATRONYMIC) ? null
                : patronymic(p, script, p.uzbekPatronymic() != noise.contains(Noise.PATRONYMIC_STYLE));
        if (noise.contains(Noise.TYPO)) {
            boolean inFamily = family.length() >= 5 && (given.length() < 5 || random.nextBoolean());
            String typo = Misspellings.typo(inFamily ? family : given, random);
            if (typo == null) {
                noise.remove(Noise.TYPO);
            }
            else if (inFamily) {
                family = typo;
            }
            else {
                given = typo;
            }
        }
        if (noise.contains(Noise.OCR_CONFUSION)) {
            String inFamily = Misspellings.ocr(family, random);
            String inGiven = inFamily == null ? Misspellings.ocr(given, random) : null;
            if (inFamily != null) {
                family = inFamily;
            }
            else if (inGiven != null) {
                given = inGiven;
            }
            else {
                noise.remove(Noise.OCR_CONFUSION);
            }
        }
        if (noise.contains(Noise.SWAPPED_NAMES)) {
            String was = family;
            family = given;
            given = was;
        }
        LocalDate birthDate = p.onlyYearKnown() ? null : p.birthDate();
        Integer birthYear = p.birthDate().getYear();
        if (noise.contains(Noise.BIRTH_YEAR_OFF)) {
            birthDate = null;
            birthYear += random.nextBoolean() ? 1 : -1;
        }
        boolean document = !noise.contains(Noise.NO_DOCUMENT);
        String phone = noise.contains(Noise.NEW_PHONE) ? RealPerson.phone(p.currentCountry(), random) : p.phone();
        return new GeneratedPerson(recordNo, p.id(), duplicate, Collections.unmodifiableSet(noise), script, family,
                given, patronymic, p.female() ? "F" : "M", birthDate, birthYear, p.citizenship(),
                p.birthPlace().name(script), p.home().region(), p.home().name(script),
                Streets.address(p.street(), p.house(), script), p.currentCountry(), document ? p.documentType() : null,
                document ? p.documentNumber() : null, document ? p.citizenship() : null, phone);
    }

    private static WrittenIn script(WrittenIn first, Set<Noise> noise, SplittableRandom random) {
        if (noise.contains(Noise.PASSPORT_SPELLING) && first != WrittenIn.PASSPORT_LATIN) {
            noise.remove(Noise.OTHER_SCRIPT);
            return WrittenIn.PASSPORT_LATIN;
        }
        noise.remove(Noise.PASSPORT_SPELLING);
        if (!noise.contains(Noise.OTHER_SCRIPT)) {
            return first;
        }
        WrittenIn other;
        do {
            other = WrittenIn.values()[random.nextInt(3)];
        } while (other == first);
        return other;
    }

    static String name(Origin origin, String canonical, WrittenIn script) {
        if (origin == Origin.RUSSIAN) {
            return Spellings.fromRussian(canonical, script);
        }
        for (String suffix : new String[] {"uly", "kyzy"}) {
            if (canonical.endsWith(suffix) && canonical.length() > suffix.length() + 2) {
                String stem = Spellings.fromUzbekLatin(canonical.substring(0, canonical.length() - suffix.length()),
                        script);
                boolean son = suffix.equals("uly");
                return stem + switch (script) {
                    case UZBEK_LATIN -> son ? "uly" : "kyzy";
                    case UZBEK_CYRILLIC -> son ? "ули" : "қизи";
                    case RUSSIAN_CYRILLIC -> son ? "улы" : "кызы";
                    case PASSPORT_LATIN -> son ? "ULY" : "KYZY";
                };
            }
        }
        return Spellings.fromUzbekLatin(canonical, script);
    }

    /** Akmalovich, Akmalovna, Abdullayevich; Akmal oʻgʻli, Akmal qizi; Сергеевич, Павловна. */
    static String patronymic(RealPerson p, WrittenIn script, boolean uzbekStyle) {
        String father = p.father();
        if (p.origin() == Origin.RUSSIAN) {
            String stem = father.equals("Павел") ? "Павло" : father.endsWith("й") ? father.substring(0,
                    father.length() - 1) + "е" : father + "о";
            return Spellings.fromRussian(stem + (p.female() ? "вна" : "вич"), script);
        }
        if (uzbekStyle) {
            return Spellings.fromUzbekLatin(father + (p.female() ? " qizi" : " oʻgʻli"), script);
        }
        String stem = "aeiouy".indexOf(father.charAt(father.length() - 1)) >= 0 ? father + "yev" : father + "ov";
        return Spellings.fromUzbekLatin(stem + (p.female() ? "na" : "ich"), script);
    }
}
