package org.safar.people.registry;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.safar.people.matching.NameFolding;
import org.safar.platform.accounts.District;
import org.safar.platform.accounts.Region;
import org.safar.platform.accounts.Regions;
import org.springframework.stereotype.Component;

/**
 * Finds the district code for a district name typed in a file or an old record: "Urgut", "Urgut tumani",
 * "Ургут тумани", "Ургутский район" and "Urgut District" are all {@code UZ-SA-12}. Names are folded like personal
 * names (script, apostrophes, passport spellings) and the words "district", "tumani", "район", "city", "shahri",
 * "город" may be left out. A name that fits several districts (two regions have a district of one name) is
 * resolved only within the region given.
 */
@Component
public class DistrictNames {

    private static final Set<String> GENERIC_WORDS = Stream.of("tumani", "tuman", "shahri", "shahar", "district",
            "city", "town", "район", "р-н", "город", "г", "rayon", "raion", "t", "sh")
            .flatMap(word -> NameFolding.words(word).stream()).collect(Collectors.toUnmodifiableSet());

    private final Regions regions;

    DistrictNames(Regions regions) {
        this.regions = regions;
    }

    /** The code of the one district {@code typed} names, within {@code regionCode} when that is given. */
    public Optional<District> find(String typed, String regionCode) {
        Set<String> wanted = forms(typed);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<District> candidates = (regionCode == null ? regions.all().stream().map(Region::code)
                : Stream.of(regionCode)).flatMap(code -> regions.districts(code).stream()).toList();
        List<District> found = candidates.stream()
                .filter(district -> Stream.of(district.nameUz(), district.nameUzCyrl(), district.nameRu(),
                        district.nameEn()).anyMatch(name -> forms(name).stream().anyMatch(wanted::contains)))
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The folded name, and the folded name without its generic words. */
    private static Set<String> forms(String name) {
        List<String> words = NameFolding.words(name);
        Set<String> forms = new HashSet<>();
        if (!words.isEmpty()) {
            forms.add(String.join(" ", words));
            List<String> specific = words.stream().filter(word -> !GENERIC_WORDS.contains(word)).toList();
            if (!specific.isEmpty()) {
                forms.add(String.join(" ", specific));
            }
        }
        return forms;
    }
}
