package org.safar.people.generator;

import java.util.List;

/**
 * The peoples whose names the generator writes, with their share of the population and their name pools.
 * Central Asian names are kept in Uzbek Latin, Russian names in Russian Cyrillic; family names in the male form.
 */
enum Origin {

    UZBEK(0.82, """
            Rustam Akmal Jasur Sherzod Dilshod Bahodir Otabek Sardor Jamshid Shukrat Oʻktam Gʻayrat Ulugʻbek Xurshid
            Farhod Anvar Botir Doniyor Islom Javlon Zafar Alisher Ravshan Nodir Umid Hamid Yusuf Sobir Abdulla Husan
            Hasan Shavkat Qahramon Mirzohid Elbek Yoqub Temur Bekzod Ilhom Oybek Azizbek Jahongir Sanjar Shohrux
            Abbos Diyor Ibrohim Asadbek Behruz Komil Laziz Mansur Nurbek Oʻtkir Rahim Sarvar Tohir Eldor Jaloliddin
            Kamoliddin Shamsiddin Abdurahmon Erkin Ergash Qodir Karim Toshmat Murod Xoliq Gʻofur Oʻlmas Shokir
            Ismoil""",
            """
            Dilnoza Nodira Gulnora Malika Zarina Shahnoza Feruza Mohira Nilufar Kamola Hilola Oʻgʻiloy Gulchehra
            Mavluda Sevara Yulduz Dildora Munisa Zuhra Madina Maftuna Mohinur Sabina Sitora Dilfuza Umida Barno
            Nargiza Gulbahor Muqaddas Ozoda Lola Shoira Zilola Muxlisa Durdona Nasiba Gulnoza Robiya Charos Marjona
            Oydin Zebo Saodat Fotima Xadicha Oysha Rayhona Gavhar Dilorom""",
            """
            Karimov Rahimov Yusupov Toshmatov Xolmatov Qodirov Gʻulomov Ergashev Saidov Aliyev Nazarov Usmonov
            Yoqubov Rahmonov Ismoilov Mirzayev Joʻrayev Sultonov Abdullayev Hasanov Tursunov Xudoyberdiyev Normatov
            Qosimov Sharipov Hamroyev Qurbonov Oʻrinboyev Haydarov Sobirov Murodov Ochilov Eshmatov Boboyev
            Nurmatov Rashidov Mahmudov Umarov Tojiyev Jumayev Safarov Valiyev Zokirov Shukurov Sattorov Bozorov
            Egamberdiyev Mamatqulov Pardayev Islomov Nematov Olimov Ahmedov Fayzullayev Hakimov Kamolov Latipov
            Moʻminov Norqulov Qayumov Rustamov Salimov Tillayev Xoʻjayev Yoʻldoshev Ziyodullayev"""),

    TAJIK(0.06, """
            Jamshed Firdavs Parviz Farrux Shahrom Suhrob Behruz Daler Faridun Manuchehr Rustam Bahrom Dilovar Umed
            Xurshed Navruz Sino Zafar Shodmon Hurshed""",
            """
            Manija Parvina Tahmina Firuza Shahlo Nigina Gulnoza Zarina Mehrangez Sitora Farangis Madina Dilafruz
            Nilufar Mohira""",
            """
            Rahmonzoda Saidzoda Nazarzoda Qurbonzoda Sharifzoda Karimzoda Hakimzoda Safarzoda Sharifi Jalili Hamidi
            Rahimi Nazarov Sanginov Davlatov Rajabov Odinayev Sharipov Mirzoyev Boboyev"""),

    KYRGYZ(0.03, """
            Azamat Baqit Nurlan Aybek Almaz Ulan Talant Erlan Chingiz Qanat Marat Bolot Ermek Tilek Adilet""",
            """
            Aygul Cholpon Nazgul Ayda Gulmira Jibek Begimay Elmira Asel Meerim Aziza Aynura""",
            """
            Usenov Sadirov Japarov Toktogulov Mamitov Abdildayev Asanov Tashiyev Jeenbekov Atambayev Osmonov Isakov
            Beyshenov Jumabekov Kaliyev"""),

    KAZAKH(0.04, """
            Nursultan Yerlan Asqar Dauren Arman Serik Bauirjan Qayrat Marat Daniyar Timur Oljas Berik Nurlan Ermek""",
            """
            Aygerim Dana Aynur Gulnar Saule Aliya Dinara Arujan Madina Janar Balnur Kamila Aqmaral Asel""",
            """
            Abishev Nurlanov Seytqaliyev Omarov Jaqsibekov Tokayev Sultanov Ospanov Kenjebayev Beketov Ahmetov
            Iskakov Suleymenov Serikuly Nurlanuly Bolatuly Asqaruly Ermekuly"""),

    RUSSIAN(0.05, """
            Александр Сергей Андрей Дмитрий Алексей Владимир Николай Игорь Виктор Олег Павел Максим Денис Антон
            Роман""",
            """
            Елена Ольга Наталья Татьяна Ирина Светлана Анна Мария Екатерина Юлия Людмила Галина Оксана Марина
            Валентина""",
            """
            Иванов Петров Смирнов Кузнецов Попов Васильев Соколов Михайлов Новиков Федоров Морозов Волков Лебедев
            Козлов Павлов Ким Пак Цой Шевченко Бондаренко Пушкин Ковальский""");

    final double share;
    final List<String> male;
    final List<String> female;
    final List<String> family;

    Origin(double share, String male, String female, String family) {
        this.share = share;
        this.male = words(male);
        this.female = words(female);
        this.family = words(family);
    }

    /** The family name for a man or a woman: Karimova, Petrova, Pushkina, Kovalskaya; Ким, -zoda, -i, -enko kept. */
    String familyName(String male, boolean female) {
        if (!female) {
            return male;
        }
        if (male.endsWith("uly")) {
            return male.substring(0, male.length() - 3) + "kyzy";
        }
        if (male.endsWith("ский")) {
            return male.substring(0, male.length() - 2) + "ая";
        }
        if (male.matches(".*(ov|ev|ин|ов|ев)")) {
            return male + (this == RUSSIAN ? "а" : "a");
        }
        return male;
    }

    private static List<String> words(String text) {
        return List.of(text.trim().split("\\s+"));
    }
}
