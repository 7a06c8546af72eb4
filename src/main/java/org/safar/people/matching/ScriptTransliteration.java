package org.safar.people.matching;

import com.ibm.icu.text.Transliterator;

/**
 * Names between scripts, by Safar's own ICU rules: Uzbek, Russian, Tajik, Kazakh and Kyrgyz Cyrillic to Uzbek
 * Latin (the official 1995 alphabet, oʻ and gʻ with U+02BB), and Uzbek Latin back to Uzbek or Russian Cyrillic
 * for readers of those scripts. ICU's generic {@code Any-Latin} is not used: it loses digraphs (Шукрат → Sukrat)
 * and knows nothing of Tajik ҷ ӣ ӯ.
 */
public final class ScriptTransliteration {

    private static final String CYRILLIC_TO_LATIN = """
            :: NFC ;
            $vowelOrSign = [аеёиоуэюяўыӣӯәөұүіъьАЕЁИОУЭЮЯЎЫӢӮӘӨҰҮІЪЬaeiouyAEIOUYʼ] ;
            $start = [^[:L:]ʼʻ'] ;
            $low = [:Ll:] ;
            $start { е → ye ;
            $vowelOrSign { е → ye ;
            $start { Е } $low → Ye ;
            $vowelOrSign { Е } $low → Ye ;
            $start { Е → YE ;
            Е → E ;
            е → e ;
            Ё } $low → Yo ; Ё → YO ; ё → yo ;
            Ю } $low → Yu ; Ю → YU ; ю → yu ;
            Я } $low → Ya ; Я → YA ; я → ya ;
            Ш } $low → Sh ; Ш → SH ; ш → sh ;
            Щ } $low → Shch ; Щ → SHCH ; щ → shch ;
            Ч } $low → Ch ; Ч → CH ; ч → ch ;
            Ц } $low → Ts ; Ц → TS ; ц → ts ;
            Ў → Oʻ ; ў → oʻ ;
            Ғ → Gʻ ; ғ → gʻ ;
            Қ → Q ; қ → q ;
            Ҳ → H ; ҳ → h ;
            Ҷ → J ; ҷ → j ;
            Ӣ → I ; ӣ → i ;
            Ӯ → U ; ӯ → u ;
            Ә → A ; ә → a ;
            Ө → O ; ө → o ;
            Ұ → U ; ұ → u ;
            Ү → U ; ү → u ;
            Һ → H ; һ → h ;
            І → I ; і → i ;
            Ң } $low → Ng ; Ң → NG ; ң → ng ;
            А → A ; а → a ; Б → B ; б → b ; В → V ; в → v ; Г → G ; г → g ; Д → D ; д → d ;
            Ж → J ; ж → j ; З → Z ; з → z ; И → I ; и → i ; Й → Y ; й → y ; К → K ; к → k ;
            Л → L ; л → l ; М → M ; м → m ; Н → N ; н → n ; О → O ; о → o ; П → P ; п → p ;
            Р → R ; р → r ; С → S ; с → s ; Т → T ; т → t ; У → U ; у → u ; Ф → F ; ф → f ;
            Х → X ; х → x ; Ы → I ; ы → i ; Э → E ; э → e ;
            Ъ → ʼ ; ъ → ʼ ; Ь → ; ь → ;
            """;

    /**
     * Uzbek Latin to Cyrillic; {@code %1$s %2$s %3$s %4$s} are the letters for oʻ, gʻ, q and h, which Uzbek
     * Cyrillic writes ў ғ қ ҳ and Russian у г к х.
     */
    private static final String LATIN_TO_CYRILLIC = """
            :: NFC ;
            $a = [ʻ'‘’`ʼ] ;
            $start = [^[:L:]ʻ'‘’`ʼ] ;
            $low = [:Ll:] ;
            O $a → %5$s ; o $a → %1$s ; G $a → %6$s ; g $a → %2$s ;
            [Ss][Hh] } $low → Ш ; SH → Ш ; Sh → Ш ; sh → ш ;
            CH → Ч ; Ch → Ч ; ch → ч ;
            TS → Ц ; Ts → Ц ; ts → ц ;
            YO → Ё ; Yo → Ё ; yo → ё ; YU → Ю ; Yu → Ю ; yu → ю ;
            YA → Я ; Ya → Я ; ya → я ; YE → Е ; Ye → Е ; ye → е ;
            $start { E → Э ; $start { e → э ; E → Е ; e → е ;
            Q → %7$s ; q → %3$s ; H → %8$s ; h → %4$s ; X → Х ; x → х ; J → Ж ; j → ж ; Y → Й ; y → й ;
            A → А ; a → а ; B → Б ; b → б ; V → В ; v → в ; W → В ; w → в ; G → Г ; g → г ; D → Д ; d → д ;
            Z → З ; z → з ; I → И ; i → и ; K → К ; k → к ; L → Л ; l → л ; M → М ; m → м ;
            N → Н ; n → н ; O → О ; o → о ; P → П ; p → п ; R → Р ; r → р ; S → С ; s → с ;
            T → Т ; t → т ; U → У ; u → у ; F → Ф ; f → ф ; C → К ; c → к ;
            ʼ → %9$s ;
            """;

    private static final Transliterator TO_LATIN = Transliterator.createFromRules("safar-Cyrl-Latn",
            CYRILLIC_TO_LATIN, Transliterator.FORWARD);

    private static final Transliterator TO_UZBEK_CYRILLIC = Transliterator.createFromRules("safar-Latn-uzCyrl",
            LATIN_TO_CYRILLIC.formatted("ў", "ғ", "қ", "ҳ", "Ў", "Ғ", "Қ", "Ҳ", "ъ"), Transliterator.FORWARD);

    private static final Transliterator TO_RUSSIAN_CYRILLIC = Transliterator.createFromRules("safar-Latn-ruCyrl",
            LATIN_TO_CYRILLIC.formatted("у", "г", "к", "х", "У", "Г", "К", "Х", ""), Transliterator.FORWARD);

    private ScriptTransliteration() {
    }

    /** The name in Uzbek Cyrillic, from any script. */
    public static String toUzbekCyrillic(String text) {
        return apply(TO_UZBEK_CYRILLIC, toLatin(text));
    }

    /** The name as a Russian reader would write it in Cyrillic, from any script. */
    public static String toRussianCyrillic(String text) {
        return apply(TO_RUSSIAN_CYRILLIC, toLatin(text));
    }

    /** The text with every Cyrillic letter written in Uzbek Latin; Latin text comes back unchanged. */
    public static String toLatin(String text) {
        return apply(TO_LATIN, text);
    }

    /** Pads with a space so that rules for the start of a word also apply at the start of the text. */
    private static String apply(Transliterator transliterator, String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return transliterator.transliterate(" " + text).substring(1);
    }
}
