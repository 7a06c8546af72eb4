package org.safar.training.demo;

import java.util.List;

import org.safar.training.CourseKind;
import org.safar.training.catalogue.Course.Module;

/** The demo course catalogue, in four languages, down to the names of the modules. */
final class DemoCourses {

    record Course(String code, CourseKind kind, String country, String uz, String uzCyrl, String ru, String en,
            String descriptionUz, String descriptionUzCyrl, String descriptionRu, String descriptionEn,
            String modules) {
    }

    static final List<Course> ALL = List.of(
            new Course("KR-ORI", CourseKind.ORIENTATION, "KR", "Koreyaga ketishdan oldingi tayyorgarlik",
                    "Кореяга кетишдан олдинги тайёргарлик", "Преддорожная подготовка: Корея",
                    "Pre-departure orientation: Korea",
                    "EPS dasturi, mehnat huquqlari, xavfsizlik va yordam raqamlari.",
                    "EPS дастури, меҳнат ҳуқуқлари, хавфсизлик ва ёрдам рақамлари.",
                    "Программа EPS, трудовые права, безопасность и телефоны помощи.",
                    "The EPS programme, labour rights, safety and helplines.",
                    "Koreya mehnat qonunchiligi / Корея меҳнат қонунчилиги / Трудовое законодательство Кореи / Korean labour law | 6\n"
                    + "Madaniyat va turmush / Маданият ва турмуш / Культура и быт / Culture and daily life | 4\n"
                    + "Xavflar va yordam / Хавфлар ва ёрдам / Риски и где искать помощь / Risks and where to get help | 4"),
            new Course("RU-ORI", CourseKind.ORIENTATION, "RU", "Rossiyaga ketishdan oldingi tayyorgarlik",
                    "Россияга кетишдан олдинги тайёргарлик", "Преддорожная подготовка: Россия",
                    "Pre-departure orientation: Russia",
                    "Patent, roʻyxatdan oʻtish, mehnat shartnomasi, firibgarlikdan saqlanish.",
                    "Патент, рўйхатдан ўтиш, меҳнат шартномаси, фирибгарликдан сақланиш.",
                    "Патент, регистрация, трудовой договор, защита от мошенников.",
                    "Work patent, registration, the employment contract, avoiding fraud.",
                    "Patent va roʻyxatdan oʻtish / Патент ва рўйхатдан ўтиш / Патент и регистрация / Work patent and registration | 4\n"
                    + "Mehnat shartnomasi / Меҳнат шартномаси / Трудовой договор / The employment contract | 4\n"
                    + "Xavflar va yordam / Хавфлар ва ёрдам / Риски и где искать помощь / Risks and where to get help | 4"),
            new Course("KOR-LANG", CourseKind.LANGUAGE, "KR", "Koreys tili (EPS-TOPIK)", "Корейс тили (EPS-TOPIK)",
                    "Корейский язык (EPS-TOPIK)", "Korean language (EPS-TOPIK)",
                    "EPS-TOPIK imtihoniga tayyorlov.", "EPS-TOPIK имтиҳонига тайёрлов.",
                    "Подготовка к экзамену EPS-TOPIK.", "Preparation for the EPS-TOPIK test.",
                    "Alifbo va talaffuz / Алифбо ва талаффуз / Алфавит и произношение / Alphabet and pronunciation | 20\n"
                    + "Ish joyidagi muloqot / Иш жойидаги мулоқот / Общение на работе / Talking at work | 40\n"
                    + "Imtihonga tayyorlov / Имтиҳонга тайёрлов / Подготовка к экзамену / Preparing for the test | 20"),
            new Course("RUS-LANG", CourseKind.LANGUAGE, "RU", "Rus tili", "Рус тили", "Русский язык",
                    "Russian language", "Ish va turmush uchun rus tili.", "Иш ва турмуш учун рус тили.",
                    "Русский язык для работы и быта.", "Russian for work and daily life.",
                    "Kundalik muloqot / Кундалик мулоқот / Повседневное общение / Everyday conversation | 30\n"
                    + "Ish joyida / Иш жойида / На работе / At work | 20\n"
                    + "Hujjatlar tili / Ҳужжатлар тили / Язык документов / The language of documents | 10"),
            new Course("DEU-LANG", CourseKind.LANGUAGE, "DE", "Nemis tili (A1–A2)", "Немис тили (A1–A2)",
                    "Немецкий язык (A1–A2)", "German language (A1–A2)", "Nemis tili A1–A2 darajasi.",
                    "Немис тили A1–A2 даражаси.", "Немецкий язык уровня A1–A2.", "German at levels A1–A2.",
                    "A1 daraja / A1 даража / Уровень A1 / Level A1 | 60\n"
                    + "A2 daraja / A2 даража / Уровень A2 / Level A2 | 60"),
            new Course("WELD", CourseKind.VOCATIONAL, null, "Payvandlash", "Пайвандлаш", "Сварка", "Welding",
                    "Elektr yoy bilan payvandlash, xavfsizlik texnikasi.", "Электр ёй билан пайвандлаш, хавфсизлик техникаси.",
                    "Электродуговая сварка, техника безопасности.", "Arc welding and safety at work.",
                    "Xavfsizlik texnikasi / Хавфсизлик техникаси / Техника безопасности / Safety at work | 8\n"
                    + "Nazariya / Назария / Теория / Theory | 16\n"
                    + "Amaliyot / Амалиёт / Практика / Practice | 56"),
            new Course("CARE", CourseKind.VOCATIONAL, "DE", "Keksalar va bemorlarga qarash", "Кексалар ва беморларга қараш",
                    "Уход за пожилыми и больными", "Caregiving for the elderly and sick",
                    "Parvarish asoslari, birinchi yordam.", "Парвариш асослари, биринчи ёрдам.",
                    "Основы ухода, первая помощь.", "Basics of care and first aid.",
                    "Parvarish asoslari / Парвариш асослари / Основы ухода / Basics of care | 24\n"
                    + "Birinchi yordam / Биринчи ёрдам / Первая помощь / First aid | 16\n"
                    + "Amaliyot / Амалиёт / Практика / Practice | 40"),
            new Course("DRIVE", CourseKind.VOCATIONAL, null, "Yuk avtomobili haydovchisi (C toifa)",
                    "Юк автомобили ҳайдовчиси (C тоифа)", "Водитель грузовика (категория C)",
                    "Truck driver (category C)", "Xalqaro yoʻl harakati qoidalari va amaliyot.",
                    "Халқаро йўл ҳаракати қоидалари ва амалиёт.", "Международные правила дорожного движения и практика.",
                    "International road rules and practice.",
                    "Yoʻl harakati qoidalari / Йўл ҳаракати қоидалари / Правила дорожного движения / Road rules | 30\n"
                    + "Texnik xizmat / Техник хизмат / Техническое обслуживание / Vehicle maintenance | 10\n"
                    + "Haydash amaliyoti / Ҳайдаш амалиёти / Практика вождения / Driving practice | 40"));

    private DemoCourses() {
    }

    /** The modules of a demo course, written one a line as {@code uz / uz-Cyrl / ru / en | hours}. */
    static List<Module> modules(Course c) {
        return c.modules().lines().map(line -> {
            String[] names = line.substring(0, line.lastIndexOf('|')).split(" / ");
            int hours = Integer.parseInt(line.substring(line.lastIndexOf('|') + 1).strip());
            return new Module(names[0].strip(), names[1].strip(), names[2].strip(), names[3].strip(), hours);
        }).toList();
    }
}
