package org.safar.people.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code bin/safar names compare}: reads UTF-8 lines {@code nameA<TAB>nameB} from standard input and writes
 * {@code score<TAB>decision} for each, in order. Needs no database and no Spring context. This contract is how
 * matching quality is measured from outside; keep it stable.
 */
public final class NamesCompareCommand {

    private NamesCompareCommand() {
    }

    /** Whether the command line asks for this command. */
    public static boolean isCalledBy(String[] args) {
        List<String> words = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
        return words.equals(List.of("names", "compare"));
    }

    /** Compares every line; a line without a tab compares its text with nothing. Returns the exit status. */
    public static int run(InputStream in, PrintStream out) throws IOException {
        NameComparator comparator = new NameComparator();
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        StringBuilder answers = new StringBuilder();
        String line;
        while ((line = reader.readLine()) != null) {
            int tab = line.indexOf('\t');
            String a = tab < 0 ? line : line.substring(0, tab);
            String b = tab < 0 ? "" : line.substring(tab + 1);
            NameComparison result = comparator.compare(a, b);
            answers.append(String.format(Locale.ROOT, "%.3f\t%s%n", result.score(), result.decision().code()));
            if (answers.length() > 64 * 1024) {
                out.print(answers);
                answers.setLength(0);
            }
        }
        out.print(answers);
        out.flush();
        return 0;
    }
}
