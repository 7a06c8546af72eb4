package org.safar.protection.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Amounts typed in major units (12.50 USD, 150000 UZS) kept in minor units as ISO 4217 defines them. */
final class MoneyAmounts {

    private MoneyAmounts() {
    }

    static int fractionDigits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        }
        catch (IllegalArgumentException | NullPointerException unknown) {
            return 2;
        }
    }

    /** Minor units of a typed amount; null when nothing was typed; throws NumberFormatException on rubbish. */
    static Long toMinor(String amount, String currency) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        BigDecimal major = new BigDecimal(amount.trim().replace(" ", "").replace(',', '.'));
        return major.setScale(fractionDigits(currency), RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }
}
