package org.safar.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The command-line contract: one {@code score<TAB>decision} line per input line, in order. */
class NamesCompareCommandTests {

    @Test
    void answersEveryLineInOrderWithScoreAndDecision() throws Exception {
        String input = "Шукрат Ғуломов\tShukrat Gʻulomov\nRustam Karimov\tKarim Rustamov\nno tab here\n";
        var output = new ByteArrayOutputStream();

        int status = NamesCompareCommand.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(output, true, StandardCharsets.UTF_8));

        String[] lines = output.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(status).isZero();
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).matches("1\\.000\tmatch");
        assertThat(lines[1]).matches("0\\.\\d{3}\tnonmatch");
        assertThat(lines[2]).isEqualTo("0.000\tnonmatch");
    }

    @Test
    void recognisesItsWordsOnTheCommandLine() {
        assertThat(NamesCompareCommand.isCalledBy(new String[] { "names", "compare" })).isTrue();
        assertThat(NamesCompareCommand.isCalledBy(new String[] { "audit", "verify" })).isFalse();
        assertThat(NamesCompareCommand.isCalledBy(new String[0])).isFalse();
    }
}
