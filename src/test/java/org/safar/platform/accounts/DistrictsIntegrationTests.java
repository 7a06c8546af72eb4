package org.safar.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@SafarIntegrationTest
class DistrictsIntegrationTests {

    @Autowired
    Regions regions;

    List<District> allDistricts() {
        return regions.all().stream().flatMap(region -> regions.districts(region.code()).stream()).toList();
    }

    @Test
    void everyRegionHasDistrictsAndAbout200InAll() {
        regions.all().forEach(region -> assertThat(regions.districts(region.code())).as(region.code()).isNotEmpty());
        assertThat(allDistricts()).hasSizeBetween(190, 220);
    }

    @Test
    void districtCodesAreUniqueAndStartWithTheirRegion() {
        Set<String> codes = new HashSet<>();
        for (District district : allDistricts()) {
            assertThat(codes.add(district.code())).as(district.code()).isTrue();
            assertThat(district.code()).matches(district.regionCode() + "-[0-9]{2}");
        }
    }

    @Test
    void everyNameIsWrittenInItsOwnScript() {
        for (District district : allDistricts()) {
            assertThat(List.of(district.nameUz(), district.nameUzCyrl(), district.nameRu(), district.nameEn()))
                    .as(district.code()).allSatisfy(name -> assertThat(name).isNotBlank());
            assertThat(district.nameUz()).as(district.code()).doesNotContainPattern("\\p{IsCyrillic}|'");
            assertThat(district.nameEn()).as(district.code()).doesNotContainPattern("\\p{IsCyrillic}");
            assertThat(district.nameUzCyrl()).as(district.code()).doesNotContainPattern("\\p{IsLatin}");
            assertThat(district.nameRu()).as(district.code()).doesNotContainPattern("\\p{IsLatin}|[ўғқҳ]");
        }
    }

    @Test
    void knownDistrictsAreInTheirRegions() {
        assertThat(names("UZ-SA")).contains("Bulungʻur tumani", "Pastdargʻom tumani", "Urgut tumani",
                "Samarqand shahri", "Kattaqoʻrgʻon shahri");
        assertThat(names("UZ-TK")).contains("Chilonzor tumani", "Yangihayot tumani");
        assertThat(names("UZ-QR")).contains("Nukus shahri", "Moʻynoq tumani");
        assertThat(names("UZ-FA")).contains("Qoʻqon shahri", "Margʻilon shahri", "Rishton tumani");
        assertThat(regions.districts("UZ-SA")).filteredOn(d -> d.nameUz().equals("Urgut tumani")).singleElement()
                .satisfies(urgut -> {
                    assertThat(urgut.name(Locale.forLanguageTag("ru"))).isEqualTo("Ургутский район");
                    assertThat(urgut.name(Locale.forLanguageTag("uz-Cyrl"))).isEqualTo("Ургут тумани");
                    assertThat(urgut.name(Locale.ENGLISH)).isEqualTo("Urgut District");
                });
    }

    @Test
    void anUnknownRegionHasNoDistricts() {
        assertThat(regions.districts("UZ-XX")).isEmpty();
    }

    private List<String> names(String regionCode) {
        return regions.districts(regionCode).stream().map(District::nameUz).toList();
    }
}
