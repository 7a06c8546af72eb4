package org.safar.protection.demo;

import org.safar.protection.providers.ProviderDetails;
import org.safar.protection.providers.ProviderKind;
import org.safar.protection.cases.ServiceType;

import java.util.List;
import java.util.Set;

/**
 * The demo registry: invented organisations of the kinds a case really meets, in the countries where Uzbek
 * migrants work and at home. Names are fictional on purpose, so that no real organisation is misrepresented.
 */
final class ProviderDirectory {

    private ProviderDirectory() {
    }

    /** The shelter the demo user {@code partner} works for. */
    static final String PARTNER_SHELTER = "Umid rehabilitation shelter";

    static List<ProviderDetails> demo() {
        return List.of(
                p(PARTNER_SHELTER, ProviderKind.SHELTER, "UZ", "Tashkent", "+998 71 200 10 10",
                        Set.of(ServiceType.SHELTER, ServiceType.PSYCHOSOCIAL, ServiceType.MEDICAL,
                                ServiceType.EMPLOYMENT_SUPPORT), "uz, ru", "Women and children; 24 places"),
                p("Yangi hayot reintegration centre", ProviderKind.NGO, "UZ", "Samarkand", "+998 66 233 40 50",
                        Set.of(ServiceType.EMPLOYMENT_SUPPORT, ServiceType.PSYCHOSOCIAL, ServiceType.EDUCATION,
                                ServiceType.CASH_ASSISTANCE), "uz, ru, tg", null),
                p("Adolat legal aid bureau", ProviderKind.LAWYER, "UZ", "Tashkent", "+998 71 256 77 01",
                        Set.of(ServiceType.LEGAL_AID, ServiceType.DOCUMENTS), "uz, ru, en", null),
                p("IOM Tashkent", ProviderKind.IOM_OFFICE, "UZ", "Tashkent", "+998 71 120 00 00",
                        Set.of(ServiceType.RETURN_TRAVEL, ServiceType.EMPLOYMENT_SUPPORT, ServiceType.CASH_ASSISTANCE,
                                ServiceType.FAMILY_TRACING), "uz, ru, en", null),
                p("Ray of hope migrant shelter", ProviderKind.SHELTER, "RU", "Moscow", "+7 495 700 12 34",
                        Set.of(ServiceType.SHELTER, ServiceType.FOOD_AND_ITEMS, ServiceType.PSYCHOSOCIAL), "ru, uz",
                        "Men and women; referral by phone first"),
                p("Migrant rights centre Moscow", ProviderKind.NGO, "RU", "Moscow", "+7 495 700 56 78",
                        Set.of(ServiceType.LEGAL_AID, ServiceType.DOCUMENTS), "ru, uz, tg", null),
                p("City clinic No. 4 migrant desk", ProviderKind.CLINIC, "RU", "Saint Petersburg",
                        "+7 812 300 44 55", Set.of(ServiceType.MEDICAL), "ru", null),
                p("IOM Moscow", ProviderKind.IOM_OFFICE, "RU", "Moscow", "+7 495 797 87 22",
                        Set.of(ServiceType.RETURN_TRAVEL, ServiceType.FAMILY_TRACING, ServiceType.CASH_ASSISTANCE),
                        "ru, en", null),
                p("Sana shelter Almaty", ProviderKind.SHELTER, "KZ", "Almaty", "+7 727 300 11 22",
                        Set.of(ServiceType.SHELTER, ServiceType.FOOD_AND_ITEMS, ServiceType.MEDICAL),
                        "kk, ru, uz", null),
                p("Labour rights lawyers Almaty", ProviderKind.LAWYER, "KZ", "Almaty", "+7 727 300 33 44",
                        Set.of(ServiceType.LEGAL_AID), "ru, kk", null),
                p("IOM Almaty", ProviderKind.IOM_OFFICE, "KZ", "Almaty", "+7 727 258 26 43",
                        Set.of(ServiceType.RETURN_TRAVEL, ServiceType.DOCUMENTS), "ru, kk, en", null),
                p("Migrant workers centre Ansan", ProviderKind.NGO, "KR", "Ansan", "+82 31 400 12 12",
                        Set.of(ServiceType.LEGAL_AID, ServiceType.PSYCHOSOCIAL, ServiceType.EMPLOYMENT_SUPPORT),
                        "ko, uz, ru, en", null),
                p("Seoul foreign workers clinic", ProviderKind.CLINIC, "KR", "Seoul", "+82 2 800 34 34",
                        Set.of(ServiceType.MEDICAL), "ko, en", null),
                p("Istanbul women's shelter", ProviderKind.SHELTER, "TR", "Istanbul", "+90 212 400 10 20",
                        Set.of(ServiceType.SHELTER, ServiceType.PSYCHOSOCIAL, ServiceType.MEDICAL), "tr, ru, en",
                        "Women and children only"),
                p("Bar association legal aid Istanbul", ProviderKind.LAWYER, "TR", "Istanbul", "+90 212 400 30 40",
                        Set.of(ServiceType.LEGAL_AID, ServiceType.DOCUMENTS), "tr, en", null),
                p("IOM Istanbul", ProviderKind.IOM_OFFICE, "TR", "Istanbul", "+90 212 400 50 60",
                        Set.of(ServiceType.RETURN_TRAVEL, ServiceType.SHELTER, ServiceType.FAMILY_TRACING),
                        "tr, ru, en", null));
    }

    private static ProviderDetails p(String name, ProviderKind kind, String country, String city, String phone,
            Set<ServiceType> services, String languages, String notes) {
        return new ProviderDetails(name, kind, country, city, null, phone, null, services, languages, notes, true);
    }
}
