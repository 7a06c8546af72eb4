package org.safar.people.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safar.people.People;
import org.safar.people.PersonView;
import org.safar.platform.accounts.District;
import org.safar.platform.accounts.Region;
import org.safar.platform.accounts.Regions;
import org.springframework.stereotype.Component;

/**
 * Names in the reader's script — Uzbek Latin for Uzbek and English readers, Uzbek Cyrillic for Uzbek Cyrillic
 * readers, Russian Cyrillic for Russian readers — and region names in the reader's language. Names are stored
 * as entered; only their display changes.
 */
@Component
class PersonDisplay {

    private final Regions regions;

    PersonDisplay(Regions regions) {
        this.regions = regions;
    }

    List<Region> regions() {
        return regions.all();
    }

    /** The regions with their districts, for a select that groups districts by region. */
    Map<Region, List<District>> districtsByRegion() {
        Map<Region, List<District>> districts = new LinkedHashMap<>();
        regions.all().forEach(region -> districts.put(region, regions.districts(region.code())));
        return districts;
    }

    /**
     * The home district in the reader's language when it is stored as a district code such as {@code UZ-SA-01};
     * a name typed before districts were a list is shown as it was typed.
     */
    String districtName(String homeDistrict, Locale reader) {
        District district = district(homeDistrict);
        return district == null ? homeDistrict : district.name(reader);
    }

    /** The district with this code, or null when {@code code} is not one. */
    District district(String code) {
        if (code == null || !code.matches("UZ-[A-Z]{2}-\\d{2}")) {
            return null;
        }
        return regions.districts(code.substring(0, code.lastIndexOf('-'))).stream()
                .filter(d -> d.code().equals(code)).findFirst().orElse(null);
    }

    ShownPerson show(PersonView person, Locale reader) {
        return showAll(List.of(person), reader).get(0);
    }

    List<ShownPerson> showAll(List<PersonView> people, Locale reader) {
        Map<String, Region> byCode = regions.all().stream()
                .collect(Collectors.toMap(Region::code, Function.identity()));
        return people.stream().map(person -> {
            Region region = person.homeRegion() == null ? null : byCode.get(person.homeRegion());
            return new ShownPerson(person, inReadersScript(person.fullName(), reader), person.fullName(),
                    region == null ? person.homeRegion() : region.name(reader));
        }).toList();
    }

    /** A name written the way a reader of {@code reader}'s language and script would write it. */
    static String inReadersScript(String name, Locale reader) {
        return People.inReadersScript(name, reader);
    }
}
