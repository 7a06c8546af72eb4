package org.safar.training.demo;

import java.util.List;

import org.safar.training.CourseKind;
import org.springframework.validation.BeanPropertyBindingResult;

/** The demo course catalogue, in four languages. */
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
                    "Koreya mehnat qonunchiligi | 6\nMadaniyat va turmush | 4\nXavflar va yordam | 4"),
            new Course("RU-ORI", CourseKind.ORIENTATION, "RU", "Rossiyaga ketishdan oldingi tayyorgarlik",
                    "Россияга кетишдан олдинги тайёргарлик", "Преддорожная подготовка: Россия",
                    "Pre-departure orientation: Russia",
                    "Patent, roʻyxatdan oʻtish, mehnat shartnomasi, firibgarlikdan saqlanish.",
                    "Патент, рўйхатдан ўтиш, меҳнат шартномаси, фирибгарликдан сақланиш.",
                    "Патент, регистрация, трудовой договор, защита от мошенников.",
                    "Work patent, registration, the employment contract, avoiding fraud.",
                    "Patent va roʻyxatdan oʻtish | 4\nMehnat shartnomasi | 4\nXavflar va yordam | 4"),
            new Course("KOR-LANG", CourseKind.LANGUAGE, "KR", "Koreys tili (EPS-TOPIK)", "Корейс тили (EPS-TOPIK)",
                    "Корейский язык (EPS-TOPIK)", "Korean language (EPS-TOPIK)",
                    "EPS-TOPIK imtihoniga tayyorlov.", "EPS-TOPIK имтиҳонига тайёрлов.",
                    "Подготовка к экзамену EPS-TOPIK.", "Preparation for the EPS-TOPIK test.",
                    "Alifbo va talaffuz | 20\nIsh joyidagi muloqot | 40\nImtihonga tayyorlov | 20"),
            new Course("RUS-LANG", CourseKind.LANGUAGE, "RU", "Rus tili", "Рус тили", "Русский язык",
                    "Russian language", "Ish va turmush uchun rus tili.", "Иш ва турмуш учун рус тили.",
                    "Русский язык для работы и быта.", "Russian for work and daily life.",
                    "Kundalik muloqot | 30\nIsh joyida | 20\nHujjatlar tili | 10"),
            new Course("DEU-LANG", CourseKind.LANGUAGE, "DE", "Nemis tili (A1–A2)", "Немис тили (A1–A2)",
                    "Немецкий язык (A1–A2)", "German language (A1–A2)", "Nemis tili A1–A2 darajasi.",
                    "Немис тили A1–A2 даражаси.", "Немецкий язык уровня A1–A2.", "German at levels A1–A2.",
                    "A1 | 60\nA2 | 60"),
            new Course("WELD", CourseKind.VOCATIONAL, null, "Payvandlash", "Пайвандлаш", "Сварка", "Welding",
                    "Elektr yoy bilan payvandlash, xavfsizlik texnikasi.", "Электр ёй билан пайвандлаш, хавфсизлик техникаси.",
                    "Электродуговая сварка, техника безопасности.", "Arc welding and safety at work.",
                    "Xavfsizlik texnikasi | 8\nNazariya | 16\nAmaliyot | 56"),
            new Course("CARE", CourseKind.VOCATIONAL, "DE", "Keksalar va bemorlarga qarash", "Кексалар ва беморларга қараш",
                    "Уход за пожилыми и больными", "Caregiving for the elderly and sick",
                    "Parvarish asoslari, birinchi yordam.", "Парвариш асослари, биринчи ёрдам.",
                    "Основы ухода, первая помощь.", "Basics of care and first aid.",
                    "Parvarish asoslari | 24\nBirinchi yordam | 16\nAmaliyot | 40"),
            new Course("DRIVE", CourseKind.VOCATIONAL, null, "Yuk avtomobili haydovchisi (C toifa)",
                    "Юк автомобили ҳайдовчиси (C тоифа)", "Водитель грузовика (категория C)",
                    "Truck driver (category C)", "Xalqaro yoʻl harakati qoidalari va amaliyot.",
                    "Халқаро йўл ҳаракати қоидалари ва амалиёт.", "Международные правила дорожного движения и практика.",
                    "International road rules and practice.",
                    "Yoʻl harakati qoidalari | 30\nTexnik xizmat | 10\nHaydash amaliyoti | 40"));

    private DemoCourses() {
    }

    static List<org.safar.training.catalogue.Course.Module> modules(Course c) {
        org.safar.training.catalogue.CourseForm form = new org.safar.training.catalogue.CourseForm();
        form.setModules(c.modules());
        return form.parsedModules(new BeanPropertyBindingResult(form, "form"));
    }
}
