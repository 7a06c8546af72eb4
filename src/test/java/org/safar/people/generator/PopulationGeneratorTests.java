package org.safar.people.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PopulationGeneratorTests {

    @Test
    void theSameSeedGivesTheSameRecordsAndAnotherSeedOthers() {
        List<GeneratedPerson> first = new PopulationGenerator(7).records(2_000).toList();
        assertThat(new PopulationGenerator(7).records(2_000).toList()).isEqualTo(first);
        assertThat(new PopulationGenerator(8).records(2_000).toList()).isNotEqualTo(first);
    }

    @Test
    void theShareOfRepeatedEntriesIsAsConfigured() {
        for (double share : new double[] {0.05, 0.10, 0.30}) {
            long repeated = new PopulationGenerator(11, share).records(50_000).filter(GeneratedPerson::duplicate)
                    .count();
            assertThat(repeated / 50_000.0).as("share %s", share).isBetween(share - 0.01, share + 0.01);
        }
    }

    @Test
    void everyKindOfNoiseOccursAndFirstEntriesHaveNone() {
        Map<Noise, Integer> seen = new EnumMap<>(Noise.class);
        new PopulationGenerator(3).records(50_000).forEach(p -> {
            assertThat(p.duplicate() || p.noise().isEmpty()).isTrue();
            p.noise().forEach(noise -> seen.merge(noise, 1, Integer::sum));
        });
        System.out.println("noise in 50,000 records (10% repeated): " + seen);
        assertThat(seen.keySet()).containsExactlyInAnyOrder(Noise.values());
    }

    @Test
    void aRepeatedEntryKeepsTheTruthOfItsPerson() {
        PopulationGenerator generator = new PopulationGenerator(5);
        generator.records(5_000).filter(GeneratedPerson::duplicate).limit(200).forEach(p -> {
            RealPerson real = generator.person(p.truthId());
            assertThat(p.sex()).isEqualTo(real.female() ? "F" : "M");
            assertThat(p.homeRegion()).isEqualTo(real.home().region());
            if (!p.noise().contains(Noise.BIRTH_YEAR_OFF)) {
                assertThat(p.birthYear()).isEqualTo(real.birthDate().getYear());
            }
            if (!p.noise().contains(Noise.NO_DOCUMENT)) {
                assertThat(p.documentNumber()).isEqualTo(real.documentNumber());
            }
        });
    }

    @Test
    void fieldsLookLikeUzbekRegisters() {
        new PopulationGenerator(9).records(10_000).forEach(p -> {
            assertThat(p.familyName()).isNotBlank();
            assertThat(p.givenNames()).isNotBlank();
            assertThat(p.birthYear()).isBetween(1959, 2007);
            assertThat(p.homeRegion()).matches("UZ-[A-Z]{2}");
            assertThat(p.phone()).matches("\\+998 9\\d \\d{3} \\d{2} \\d{2}|\\+7 9\\d{2} \\d{3}-\\d{2}-\\d{2}");
            if ("UZ".equals(p.documentCountry())) {
                assertThat(p.documentNumber()).matches("[A-Z]{2}\\d{7}");
            }
            if (p.script() == WrittenIn.PASSPORT_LATIN) {
                assertThat(p.familyName() + p.givenNames()).matches("[A-Z]+");
            }
            if (p.script().cyrillic()) {
                assertThat(p.familyName() + p.givenNames()).doesNotContainPattern("\\p{IsLatin}");
            }
            assertThat(p.toRegistration().getFamilyName()).isEqualTo(p.familyName());
        });
    }

    @Test
    void namesOfEachPeopleAreWrittenInEachScript() {
        RealPerson karimov = new RealPerson(1, Origin.UZBEK, false, "Oʻktam", "Qodirov", "Akmal", null, false,
                "UZ", null, null, null, 1, null, "PASSPORT", "AA1234567", null, WrittenIn.UZBEK_LATIN, true);
        assertThat(Counter.name(Origin.UZBEK, "Qodirov", WrittenIn.UZBEK_CYRILLIC)).isEqualTo("Қодиров");
        assertThat(Counter.name(Origin.UZBEK, "Oʻktam", WrittenIn.RUSSIAN_CYRILLIC)).isEqualTo("Уктам");
        assertThat(Counter.name(Origin.UZBEK, "Xolmatov", WrittenIn.PASSPORT_LATIN)).isEqualTo("KHOLMATOV");
        assertThat(Counter.name(Origin.UZBEK, "Yoʻldoshev", WrittenIn.UZBEK_CYRILLIC)).isEqualTo("Йўлдошев");
        assertThat(Counter.name(Origin.UZBEK, "Yusupova", WrittenIn.PASSPORT_LATIN)).isEqualTo("IUSUPOVA");
        assertThat(Counter.name(Origin.KAZAKH, "Serikkyzy", WrittenIn.RUSSIAN_CYRILLIC)).isEqualTo("Сериккызы");
        assertThat(Counter.name(Origin.RUSSIAN, "Шевченко", WrittenIn.UZBEK_LATIN)).isEqualTo("Shevchenko");
        assertThat(Counter.name(Origin.RUSSIAN, "Сергей", WrittenIn.PASSPORT_LATIN)).isEqualTo("SERGEI");
        assertThat(Counter.patronymic(karimov, WrittenIn.UZBEK_LATIN, true)).isEqualTo("Akmal oʻgʻli");
        assertThat(Counter.patronymic(karimov, WrittenIn.UZBEK_CYRILLIC, true)).isEqualTo("Акмал ўғли");
        assertThat(Counter.patronymic(karimov, WrittenIn.RUSSIAN_CYRILLIC, false)).isEqualTo("Акмалович");
        assertThat(Origin.RUSSIAN.familyName("Ковальский", true)).isEqualTo("Ковальская");
        assertThat(Origin.TAJIK.familyName("Rahmonzoda", true)).isEqualTo("Rahmonzoda");
    }

    @Test
    void csvHasTheImportTemplateHeaderAndATruthRowPerRecord() throws IOException {
        StringWriter people = new StringWriter();
        StringWriter truth = new StringWriter();
        long rows = PopulationCsv.write(new PopulationGenerator(1).records(100), people, truth);
        List<String> lines = people.toString().lines().toList();
        assertThat(rows).isEqualTo(100);
        assertThat(lines).hasSize(101);
        assertThat(lines.get(0)).isEqualTo("family_name,given_names,patronymic,sex,birth_date,birth_year,"
                + "citizenship,birth_place,home_region,home_district,home_address,current_country,document_type,"
                + "document_number,document_country,phone");
        assertThat(truth.toString().lines()).hasSize(101).first().isEqualTo("row,truth_id,duplicate,script,noise");
    }

    @Test
    void aMillionRecordsStreamInWellUnderAMinute() {
        long started = System.nanoTime();
        long duplicates = new PopulationGenerator(42).records(1_000_000).filter(GeneratedPerson::duplicate).count();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("1,000,000 records (%d repeated) generated in %.1f s%n", duplicates, seconds);
        assertThat(seconds).isLessThan(45);
    }
}
