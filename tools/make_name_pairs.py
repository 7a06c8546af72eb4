#!/usr/bin/env python3
"""Writes the labelled name-pair evaluation set (src/test/resources/matching/name-pairs.tsv).

The spellings are produced by rules written here, independently of the Java matcher: Uzbek Cyrillic from the
official Latin alphabet, Russian clerks' Cyrillic, ICAO passport Latin from the Russian form, typos and OCR
confusions. Run: python3 tools/make_name_pairs.py > src/test/resources/matching/name-pairs.tsv
"""
import random

random.seed(20261125)

MALE = ["Rustam", "Akmal", "Jasur", "Sherzod", "Dilshod", "Bahodir", "Otabek", "Sardor", "Jamshid", "Shukrat",
        "Oʻktam", "Gʻayrat", "Ulugʻbek", "Xurshid", "Farhod", "Anvar", "Botir", "Doniyor", "Islom", "Javlon",
        "Zafar", "Alisher", "Ravshan", "Nodir", "Umid", "Hamid", "Yusuf", "Sobir", "Abdulla", "Husan", "Shavkat",
        "Qahramon", "Mirzohid", "Elbek", "Yoqub", "Xasan", "Temur", "Bekzod", "Ilhom", "Oybek"]
FEMALE = ["Dilnoza", "Nodira", "Gulnora", "Malika", "Zarina", "Shahnoza", "Feruza", "Mohira", "Nilufar", "Kamola",
          "Hilola", "Oʻgʻiloy", "Gulchehra", "Mavluda", "Sevara", "Yulduz", "Dildora", "Munisa", "Zuhra", "Madina"]
FAMILY = ["Karimov", "Rahimov", "Yusupov", "Toshmatov", "Xolmatov", "Qodirov", "Gʻulomov", "Ergashev", "Saidov",
          "Aliyev", "Nazarov", "Usmonov", "Yoqubov", "Rahmonov", "Ismoilov", "Mirzayev", "Joʻrayev", "Sultonov",
          "Abdullayev", "Hasanov", "Tursunov", "Xudoyberdiyev", "Normatov", "Qosimov", "Sharipov", "Hamroyev",
          "Qurbonov", "Oʻrinboyev", "Haydarov", "Sobirov", "Murodov", "Ochilov", "Eshmatov", "Boboyev", "Nurmatov"]
FATHERS = ["Akmal", "Karim", "Rahim", "Yusuf", "Bahodir", "Hamid", "Anvar", "Sobir", "Qodir", "Ergash", "Nodir",
           "Ismoil", "Toshmat", "Murod", "Xoliq", "Gʻofur", "Oʻlmas", "Shokir"]

APOS = "ʻ"


def uz_cyrillic(latin):
    """Official Uzbek Latin to Uzbek Cyrillic."""
    out, i, s = [], 0, latin
    pairs = [("Oʻ", "Ў"), ("oʻ", "ў"), ("Gʻ", "Ғ"), ("gʻ", "ғ"), ("Sh", "Ш"), ("sh", "ш"), ("Ch", "Ч"), ("ch", "ч"),
             ("Yo", "Ё"), ("yo", "ё"), ("Yu", "Ю"), ("yu", "ю"), ("Ya", "Я"), ("ya", "я"), ("Ye", "Е"), ("ye", "е")]
    single = dict(zip("ABDEFGHIJKLMNOPQRSTUVXYZabdefghijklmnopqrstuvxyz",
                      "АБДЕФГҲИЖКЛМНОПҚРСТУВХЙЗабдефгҳижклмнопқрстувхйз"))
    while i < len(s):
        for a, b in pairs:
            if s.startswith(a, i):
                out.append(b); i += len(a); break
        else:
            c = s[i]
            if c in "Ee" and (i == 0 or s[i - 1] == " "):
                out.append("Э" if c == "E" else "э")
            elif c == "ʼ":
                out.append("ъ")
            else:
                out.append(single.get(c, c))
            i += 1
    return "".join(out)


def ru_cyrillic(latin):
    """How a Russian-speaking clerk writes an Uzbek name: ў→у, ғ→г, қ→к, ҳ→х, -yev → -ев."""
    cyr = uz_cyrillic(latin)
    return cyr.translate(str.maketrans("ЎўҒғҚқҲҳ", "УуГгКкХх"))


def passport(latin):
    """ICAO-style Latin from the Russian form, upper case: KH, DZH-less (J kept as ZH), U for oʻ."""
    ru = ru_cyrillic(latin)
    table = {"А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ё": "E", "Ж": "ZH", "З": "Z", "И": "I",
             "Й": "I", "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R", "С": "S", "Т": "T",
             "У": "U", "Ф": "F", "Х": "KH", "Ц": "TS", "Ч": "CH", "Ш": "SH", "Щ": "SHCH", "Ы": "Y", "Э": "E",
             "Ю": "IU", "Я": "IA", "Ъ": "IE", "Ь": ""}
    return "".join(table.get(c.upper(), c.upper()) for c in ru)


def typo(word):
    if len(word) < 5:
        return word
    i = random.randrange(2, len(word) - 1)
    kind = random.choice(["drop", "swap", "double", "sub"])
    if kind == "drop":
        return word[:i] + word[i + 1:]
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    vowels = "aeiou"
    c = word[i]
    repl = random.choice([v for v in vowels if v != c]) if c in vowels else random.choice("rnmlst")
    return word[:i] + repl + word[i + 1:]


def ocr(word):
    for a, b in (("q", "g"), ("Q", "G"), ("rn", "m"), ("l", "I"), ("h", "b")):
        if a in word:
            return word.replace(a, b, 1)
    return word


def patronymic(father, female):
    return father + ("ovna" if female else "ovich") if not father.endswith(("a", "o")) else father + "evich"


def person():
    female = random.random() < 0.4
    given = random.choice(FEMALE if female else MALE)
    family = random.choice(FAMILY) + ("a" if female else "")
    father = random.choice(FATHERS)
    return female, given, family, father


rows = []
def add(a, b, label, kind):
    rows.append((a, b, label, kind))


for _ in range(30):
    f, g, fam, fa = person(); add(f"{fam} {g}", uz_cyrillic(f"{fam} {g}"), "match", "cross-script uz")
for _ in range(30):
    f, g, fam, fa = person(); add(f"{fam} {g}", ru_cyrillic(f"{fam} {g}"), "match", "cross-script ru")
for _ in range(30):
    f, g, fam, fa = person(); add(f"{g} {fam}", passport(f"{fam} {g}"), "match", "passport spelling, order")
for _ in range(20):
    f, g, fam, fa = person(); add(f"{fam} {g}", f"{g} {fam}", "match", "order swap")
for _ in range(25):
    f, g, fam, fa = person()
    add(f"{fam} {g} {patronymic(fa, f)}", random.choice([f"{fam} {g}", uz_cyrillic(f"{g} {fam}")]), "match",
        "missing patronymic")
for _ in range(15):
    f, g, fam, fa = person()
    suffix = "qizi" if f else "oʻgʻli"
    add(f"{g} {fa} {suffix} {fam}", ru_cyrillic(f"{fam} {g} {patronymic(fa, f)}"), "match", "patronymic style")
for _ in range(30):
    f, g, fam, fa = person()
    if random.random() < 0.5:
        add(f"{fam} {g}", f"{typo(fam)} {g}", "match", "typo family")
    else:
        add(f"{fam} {g}", f"{fam} {typo(g)}", "match", "typo given")
for _ in range(15):
    f, g, fam, fa = person(); add(f"{fam} {g}", f"{ocr(fam)} {g}", "match", "ocr")
for _ in range(15):
    f, g, fam, fa = person()
    v = f"{fam} {g}".replace("ʻ", random.choice(["'", "`", "’", "‘", ""]))
    add(f"{fam} {g}", "  " + v.upper() + " ", "match", "apostrophes, case, spaces")

for _ in range(25):
    g = random.choice(MALE); fam = random.choice(FAMILY)
    root = fam[:-2] if fam.endswith(("ov", "ev")) else None
    given_as_family = g + ("yev" if g.endswith(("a", "i")) else "ov")
    if root and root in MALE + FATHERS and root != g:
        add(f"{g} {fam}", f"{root} {given_as_family}", "nonmatch", "given and family swapped")
    else:
        r = random.choice([x for x in ["Karim", "Rahim", "Yusuf", "Nodir", "Hamid", "Sobir", "Akmal", "Anvar"]
                           if x != g])
        add(f"{g} {r}ov", f"{r} {given_as_family}", "nonmatch", "given and family swapped")
for _ in range(30):
    f, g, fam, fa = person()
    other = random.choice([x for x in FATHERS if x[:2] != fa[:2]])
    add(f"{fam} {g} {patronymic(fa, f)}", ru_cyrillic(f"{fam} {g} {patronymic(other, f)}"), "nonmatch",
        "different patronymic")
for _ in range(30):
    f, g, fam, fa = person()
    other = random.choice([x for x in (FEMALE if f else MALE) if x[:2] != g[:2]])
    add(f"{fam} {g}", f"{fam} {other}", "nonmatch", "same family, other given")
for _ in range(30):
    f, g, fam, fa = person()
    other = random.choice([x for x in FAMILY if x[:3] != fam[:3]]) + ("a" if f else "")
    add(f"{fam} {g}", uz_cyrillic(f"{other} {g}"), "nonmatch", "same given, other family")
for _ in range(15):
    g1 = random.choice(MALE); g2 = random.choice(FEMALE); fam = random.choice(FAMILY)
    add(f"{fam} {g1}", f"{fam}a {g2}", "nonmatch", "brother and sister")

HAND = [
    ("Rustam Karimov", "Karim Rustamov", "nonmatch", "hand: swap"),
    ("Шукрат Ғуломов", "Shukrat Gʻulomov", "match", "hand: cross-script"),
    ("Шукрат Ғуломов", "SHUKRAT GULOMOV", "match", "hand: passport"),
    ("Xolmatov Rustam", "KHOLMATOV RUSTAM", "match", "hand: kh"),
    ("Joʻrayev Jamshid", "DZHURAEV DZHAMSHID", "match", "hand: dzh"),
    ("Joʻrayev Jamshid", "Джураев Джамшид", "match", "hand: dzh cyrillic"),
    ("Ergashev Erkin", "Yergashev Erkin", "match", "hand: ye"),
    ("Yusupova Dilnoza", "Юсупова Дильноза", "match", "hand: soft sign"),
    ("Qodirov Oʻktam", "Kodirov Uktam", "match", "hand: q/k, oʻ/u"),
    ("Karimov Rustam Akmalovich", "Karimov Rustam Anvarovich", "nonmatch", "hand: patronymic"),
    ("Karimov Rustam Akmal oʻgʻli", "Каримов Рустам Акмалович", "match", "hand: patronymic style"),
    ("Jamshed Rahmonzoda", "Ҷамшед Раҳмонзода", "match", "hand: tajik"),
    ("Nursultan Abishev", "Нұрсұлтан Әбішев", "match", "hand: kazakh"),
    ("Cholpon Usonova", "Чолпон Үсөнова", "match", "hand: kyrgyz"),
    ("Karimov Rustam", "Karimova Rustam", "match", "hand: gender ending typo"),
    ("Aliyev Ali", "Valiyev Vali", "nonmatch", "hand: rhyme"),
    ("Toshmatov Bahodir", "Eshmatov Bahodir", "nonmatch", "hand: similar family"),
    ("Nazarov Otabek", "Nazarov Oybek", "nonmatch", "hand: similar given"),
    ("Saidov Sardor", "Sardor Saidov", "match", "hand: order"),
    ("Ismoilov Islom", "Исмаилов Ислам", "match", "hand: russian vowels"),
    ("Rahmonov Farhod", "Рахманов Фарход", "match", "hand: russian vowels"),
    ("Sultonov Temur", "Султанов Тимур", "match", "hand: russian vowels"),
    ("Hasanov Husan", "Husanov Hasan", "nonmatch", "hand: twins swap"),
    ("Abdullayev Abdulla", "Abdulayev Abdula", "match", "hand: doubles"),
    ("Xudoyberdiyev Shavkat", "Khudoiberdiev Shavkat", "match", "hand: passport"),
    ("Xoʻjayeva Dilnoza", "КХУЗХАЕВА ДИЛНОЗА", "match", "hand: passport in russian letters"),
    ("KHUZHAEVA DILNOZA", "КХУЗХАЕВА ДИЛНОЗА", "match", "hand: passport in russian letters"),
    ("Xolmatov Shahzod", "КХОЛМАТОВ СХАКХЗОД", "match", "hand: passport in russian letters"),
    ("Rahimov Jasur", "РАКХИМОВ ЗХАСУР", "match", "hand: passport in russian letters"),
    ("Joʻrayev Shuxrat", "ДЗХУРАЕВ СХУКХРАТ", "match", "hand: passport in russian letters"),
    ("Xoʻjayev Muhammad", "ХОДЗХАЕВ МУКХАММАД", "match", "hand: passport in russian letters"),
    ("Mahmudov Bahrom", "МАКХМУДОВ БАКХРОМ", "match", "hand: passport in russian letters"),
    ("Цой Юлия", "ТСОЙ ЙУЛИЙА", "match", "hand: passport in russian letters"),
    ("Якубов Зафар", "ЙАКУБОВ ЗАФАР", "match", "hand: passport in russian letters"),
    ("Karimov Azizxon", "Каримов Азизхон", "match", "hand: name element -xon"),
    ("Sodiqov Sodiqxon", "Содиков Содикхон", "match", "hand: name element -xon"),
    ("Azizxoʻjayev Anvar", "АЗИЗХУЖАЕВ АНВАР", "match", "hand: name element -xoʻja"),
    ("Ishoqov Sardor", "Исхоков Сардор", "match", "hand: s then x"),
    ("Xoʻjayeva Dilnoza", "КХОЛИКОВА ДИЛНОЗА", "nonmatch", "hand: passport in russian letters"),
    ("Rahimova Zuhra", "РАКХИМОВА ЗУЛФИЯ", "nonmatch", "hand: passport in russian letters"),
    ("Xolmatov Shahzod", "КХОЛМАТОВ СХАХБОЗ", "nonmatch", "hand: passport in russian letters"),
    ("Joʻrayev Jasur", "ЗХУМАЕВ ЗХАСУР", "nonmatch", "hand: passport in russian letters"),
    ("Karimov Azizxon", "Каримов Азизжон", "nonmatch", "hand: name element -xon"),
    ("Sodiqov Sodiqxon", "Содиков Содикжон", "nonmatch", "hand: name element -xon"),
    ("Tursunov Azizxoʻja", "Турсунов Азизжон", "nonmatch", "hand: name element -xoʻja"),
    # near names: two real names one or two consonants apart are two people; spellings of one name are one
    ("Xolmatov Shahzod", "Xolmatov Shahboz", "nonmatch", "hand: near name"),
    ("Joʻrayev Jasur", "Jumayev Jasur", "nonmatch", "hand: near name, family root"),
    ("Toshmatov Bahodir", "Toshpoʻlatov Bahodir", "nonmatch", "hand: near name, family root"),
    ("Karimov Azizxon", "Karimov Azizjon", "nonmatch", "hand: name element -xon/-jon"),
    ("Nazarov Azizbek", "Назаров Азизжон", "nonmatch", "hand: name element -bek/-jon"),
    ("Karimov Dilshod", "Karimova Dilshoda", "nonmatch", "hand: near name, brother and sister"),
    ("Rahimov Nodir", "Рахимова Нодира", "nonmatch", "hand: near name, brother and sister"),
    ("Mirzayev Umid", "Mirzayeva Umida", "nonmatch", "hand: near name, brother and sister"),
    ("Yusupov Kamol", "Yusupov Komil", "nonmatch", "hand: near name"),
    ("Usmonov Akmal", "Usmonov Akrom", "nonmatch", "hand: near name"),
    ("Sobirov Hasan", "Sobirov Husan", "nonmatch", "hand: near name, twins"),
    ("Nazarov Jamshid", "Nazarov Jasur", "nonmatch", "hand: near name"),
    ("Karimov Rustam", "Karimov Rustem", "match", "hand: spelling variant, Kazakh/Tatar"),
    ("Qodirov Sherzod", "Kodirov Sherzot", "match", "hand: spelling variant, final devoicing"),
    ("Nazarov Oybek", "Nazarov Aybek", "match", "hand: spelling variant"),
    ("Saidov Baxtiyor", "SAIDOV BAKHTIYOR", "match", "hand: spelling variant"),
    ("Rahimov Ulugʻbek", "Rakhimov Ulugbek", "match", "hand: spelling variant"),
    ("Hasanov Doniyor", "Хасанов Данияр", "match", "hand: spelling variant, Russian form"),
    ("Sultonov Ibrohim", "Султанов Ибрагим", "match", "hand: spelling variant, Russian form"),
    ("Murodov Shavkat", "Мурадов Шавкат", "match", "hand: spelling variant, Russian vowels"),
    ("Toshpoʻlatov Anvar", "TASHPULATOV ANVAR", "match", "hand: spelling variant, passport"),
]
rows.extend(HAND)

print("# nameA\tnameB\tlabel\tkind  (generated by tools/make_name_pairs.py; hand cases at the end)")
for a, b, label, kind in rows:
    print(f"{a}\t{b}\t{label}\t{kind}")
