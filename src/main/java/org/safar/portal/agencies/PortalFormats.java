package org.safar.portal.agencies;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Country names and amounts on the public pages, in the visitor's language: {@code ${@portalFormats.country('KR')}}. */
@Component("portalFormats")
public class PortalFormats {

    @SuppressWarnings("deprecation")
    public String country(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(LocaleContextHolder.getLocale());
    }

    public String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " " + currency;
    }
}
