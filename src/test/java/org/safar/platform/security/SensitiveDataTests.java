package org.safar.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Personal data is unreadable at rest, tamper-evident, and still findable by its exact value. */
class SensitiveDataTests {

    private final SensitiveData data = new SensitiveData(key(1), key(2));

    @Test
    void aPassportNumberComesBackAsItWasStored() {
        assertThat(data.decrypt(data.encrypt("AA 1234567 Ўзбекистон"))).isEqualTo("AA 1234567 Ўзбекистон");
    }

    @Test
    void theStoredFormRevealsNeitherTheValueNorWhetherTwoValuesAreEqual() {
        byte[] first = data.encrypt("AA1234567");
        byte[] second = data.encrypt("AA1234567");

        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("1234567");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void anAlteredValueIsRefusedRatherThanMisread() {
        byte[] stored = data.encrypt("+998901234567");
        stored[stored.length - 1] ^= 1;

        assertThatThrownBy(() -> data.decrypt(stored)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherInstallationsKeyCannotReadTheValue() {
        byte[] stored = data.encrypt("AA1234567");

        assertThatThrownBy(() -> new SensitiveData(key(9), key(2)).decrypt(stored))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void equalValuesHaveEqualLookupHashesThatDependOnTheKey() {
        assertThat(data.lookupHash("AA1234567")).isEqualTo(data.lookupHash("AA1234567"))
                .isNotEqualTo(data.lookupHash("AA1234568"))
                .isNotEqualTo(new SensitiveData(key(1), key(3)).lookupHash("AA1234567"));
    }

    private static byte[] key(int seed) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) seed);
        return key;
    }
}
