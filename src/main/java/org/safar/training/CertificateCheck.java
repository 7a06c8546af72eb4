package org.safar.training;

import java.time.LocalDate;
import java.util.Locale;

import org.safar.platform.Language;

/**
 * What the public verification page may say about a certificate, and nothing more: whether it is valid or
 * revoked, the course, the dates and the holder's name as printed (Latin and Cyrillic).
 */
public record CertificateCheck(String code, boolean revoked, String courseNameUz, String courseNameUzCyrl,
        String courseNameRu, String courseNameEn, LocalDate issuedOn, String holderLatin, String holderCyrillic) {

    public String courseName(Locale locale) {
        return Language.pick(locale, courseNameUz, courseNameUzCyrl, courseNameRu, courseNameEn);
    }

    /** The holder's name in the reader's script, as printed on the certificate. */
    public String holderName(Locale locale) {
        return Language.pick(locale, holderLatin, holderCyrillic, holderCyrillic, holderLatin);
    }
}
