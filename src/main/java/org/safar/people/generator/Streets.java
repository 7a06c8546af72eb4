package org.safar.people.generator;

import java.util.List;
import java.util.SplittableRandom;

/** Street names for home addresses, in Uzbek Latin, and an address written as each office writes it. */
final class Streets {

    private static final List<String> NAMES = List.of("Amir Temur", "Alisher Navoiy", "Mustaqillik", "Bogʻishamol",
            "Istiqlol", "Bobur", "Mirzo Ulugʻbek", "Beruniy", "Choʻlpon", "Gulzor", "Bunyodkor", "Navroʻz",
            "Shodlik", "Tinchlik", "Doʻstlik", "Paxtakor", "Yangi hayot", "Ibn Sino", "Abdulla Qodiriy", "Oybek",
            "Gʻafur Gʻulom", "Mehnat", "Bahor", "Yoshlik", "Nurafshon");

    private Streets() {
    }

    static String any(SplittableRandom random) {
        return NAMES.get(random.nextInt(NAMES.size()));
    }

    static String address(String street, int house, WrittenIn script) {
        return switch (script) {
            case UZBEK_LATIN, PASSPORT_LATIN -> street + " koʻchasi, " + house + "-uy";
            case UZBEK_CYRILLIC -> Spellings.fromUzbekLatin(street, script) + " кўчаси, " + house + "-уй";
            case RUSSIAN_CYRILLIC -> "ул. " + Spellings.fromUzbekLatin(street, script) + ", д. " + house;
        };
    }
}
