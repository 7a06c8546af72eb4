package org.safar.protection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Amounts typed in major units are kept in the currency's own minor units. */
class MoneyAmountsTests {

    @Test
    void dollarsAndRoublesHaveCentsAndKopecks() {
        assertThat(MoneyAmounts.toMinor("350.50", "USD")).isEqualTo(35_050L);
        assertThat(MoneyAmounts.toMinor("1 200,5", "RUB")).isEqualTo(120_050L);
    }

    @Test
    void wonHasNoMinorUnit() {
        assertThat(MoneyAmounts.toMinor("250000", "KRW")).isEqualTo(250_000L);
        assertThat(MoneyAmounts.fractionDigits("KRW")).isZero();
    }

    @Test
    void nothingTypedIsNoCostAndRubbishIsRefused() {
        assertThat(MoneyAmounts.toMinor(" ", "USD")).isNull();
        assertThatThrownBy(() -> MoneyAmounts.toMinor("ten", "USD")).isInstanceOf(NumberFormatException.class);
    }
}
