package org.safar.people.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each kind of contact has its own rule for a well-formed value and compares values in one normal form. */
class ContactKindTests {

    @Test
    void aPhoneIsComparedByItsDigitsHoweverItIsWritten() {
        assertThat(ContactKind.PHONE.normalise("+998 90 123-45-67")).isEqualTo("998901234567");
        assertThat(ContactKind.PHONE.normalise("998901234567")).isEqualTo("998901234567");
    }

    @Test
    void aPhoneHasSevenToTwentyDigitsWithAnOptionalPlus() {
        assertThat(ContactKind.PHONE.accepts("+998 (90) 123-45-67")).isTrue();
        assertThat(ContactKind.PHONE.accepts("123456")).isFalse();
        assertThat(ContactKind.PHONE.accepts("123456789012345678901")).isFalse();
        assertThat(ContactKind.PHONE.accepts("90 123 ab 67")).isFalse();
    }

    @Test
    void telegramTakesAUserNameOrAPhone() {
        assertThat(ContactKind.TELEGRAM.accepts("@dilnoza_k")).isTrue();
        assertThat(ContactKind.TELEGRAM.accepts("+998 90 123 45 67")).isTrue();
        assertThat(ContactKind.TELEGRAM.accepts("@a b")).isFalse();
        assertThat(ContactKind.TELEGRAM.normalise("Dilnoza_K")).isEqualTo("@dilnoza_k");
    }

    @Test
    void anEmailAddressNeedsAnAtAndADomain() {
        assertThat(ContactKind.EMAIL.accepts("dilnoza@mail.uz")).isTrue();
        assertThat(ContactKind.EMAIL.accepts("dilnoza.mail.uz")).isFalse();
        assertThat(ContactKind.EMAIL.accepts("dilnoza@mail")).isFalse();
        assertThat(ContactKind.EMAIL.normalise(" Dilnoza@Mail.UZ ")).isEqualTo("dilnoza@mail.uz");
    }

    @Test
    void aParentLinkSeenFromTheOtherSideIsAChildLink() {
        assertThat(FamilyRelation.PARENT.inverse()).isEqualTo(FamilyRelation.CHILD);
        assertThat(FamilyRelation.CHILD.inverse()).isEqualTo(FamilyRelation.PARENT);
        assertThat(FamilyRelation.SPOUSE.inverse()).isEqualTo(FamilyRelation.SPOUSE);
        assertThat(FamilyRelation.SIBLING.inverse()).isEqualTo(FamilyRelation.SIBLING);
    }
}
