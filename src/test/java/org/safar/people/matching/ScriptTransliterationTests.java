package org.safar.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names keep their sound when they change script. */
class ScriptTransliterationTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Шукрат Ғуломов | Shukrat Gʻulomov",
            "Ўктам Қодиров | Oʻktam Qodirov",
            "Ҳилола Ёқубова | Hilola Yoqubova",
            "ЕРГАШЕВ Эркин | YERGASHEV Erkin",
            "Елена Юсупова | Yelena Yusupova",
            "Сергеевич | Sergeyevich",
            "Щукин Юрий | Shchukin Yuriy",
            "Ҷамшед Раҳмонӣ | Jamshed Rahmoni",
            "Нұрсұлтан Әбішев | Nursultan Abishev",
            "Чолпон Үсөнова | Cholpon Usonova",
            "Маъруфжон | Maʼrufjon",
            "Rustam Karimov | Rustam Karimov" })
    void cyrillicNamesAreWrittenInUzbekLatin(String cyrillic, String latin) {
        assertThat(ScriptTransliteration.toLatin(cyrillic)).isEqualTo(latin);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Shukrat Gʻulomov | Шукрат Ғуломов",
            "Oʻktam Qodirov | Ўктам Қодиров",
            "O'ktam G'ulomov | Ўктам Ғуломов",
            "Erkin Yoqubov | Эркин Ёқубов",
            "Hilola Xolmatova | Ҳилола Холматова",
            "Шукрат | Шукрат" })
    void latinNamesAreWrittenInUzbekCyrillic(String latin, String cyrillic) {
        assertThat(ScriptTransliteration.toUzbekCyrillic(latin)).isEqualTo(cyrillic);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Oʻktam Qodirov | Уктам Кодиров",
            "Hilola Xolmatova | Хилола Холматова",
            "Gʻayrat Rahimov | Гайрат Рахимов" })
    void latinNamesAreWrittenAsARussianReaderWouldWriteThem(String latin, String russian) {
        assertThat(ScriptTransliteration.toRussianCyrillic(latin)).isEqualTo(russian);
    }
}
