package org.safar.training.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class VerificationCodeTests {

    @Test
    void aNewCodeIsTwelveCharactersThatReadBackAsTheSameCode() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = VerificationCode.generate();
            assertThat(code).hasSize(12).matches("[0-9A-HJKMNP-TV-Z]{12}");
            assertThat(VerificationCode.normalise(code)).contains(code);
            assertThat(VerificationCode.normalise(VerificationCode.format(code).toLowerCase())).contains(code);
            seen.add(code);
        }
        assertThat(seen).hasSize(2000);
    }

    @Test
    void everyMistypedCharacterIsCaughtByTheCheckCharacter() {
        String code = VerificationCode.generate();
        for (int position = 0; position < code.length(); position++) {
            for (char other : VerificationCode.ALPHABET.toCharArray()) {
                if (other != code.charAt(position)) {
                    String typo = code.substring(0, position) + other + code.substring(position + 1);
                    assertThat(VerificationCode.normalise(typo)).as(typo).isEmpty();
                }
            }
        }
    }

    @Test
    void lettersPeopleConfuseAreReadAsMeant() {
        String code = "0" + VerificationCode.generate().substring(1, 11);
        code = code + VerificationCode.checkCharacter(code);
        String typed = "o" + code.substring(1, 4) + " - " + code.substring(4);
        assertThat(VerificationCode.normalise(typed)).contains(code);
    }

    @Test
    void textThatCannotBeACodeIsRefusedWithoutALookup() {
        assertThat(VerificationCode.normalise(null)).isEmpty();
        assertThat(VerificationCode.normalise("")).isEmpty();
        assertThat(VerificationCode.normalise("ABC")).isEmpty();
        assertThat(VerificationCode.normalise("<script>alert(1)</script>")).isEmpty();
        assertThat(VerificationCode.normalise("ABCD-EFGH-JKMN-P")).isEmpty();
    }
}
