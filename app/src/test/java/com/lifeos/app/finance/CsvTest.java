package com.lifeos.app.finance;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTest {

    @ParameterizedTest(name = "line ends {0}")
    @ValueSource(strings = {"\r\n", "\n", "\r"})
    void everyLineEndingIsReadAndBlankLinesAreSkipped(String end) {
        List<Csv.Record> records = Csv.parse("a,b" + end + end + "c,d" + end);

        assertThat(records).containsExactly(new Csv.Record(1, List.of("a", "b")), new Csv.Record(3, List.of("c", "d")));
    }

    @Test
    void quotedFieldsKeepCommasDoubledQuotesAndLineBreaksAndCountTheirLines() {
        List<Csv.Record> records = Csv.parse("\"a,1\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nnext,\"\"\r\n,");

        assertThat(records).containsExactly(
                new Csv.Record(1, List.of("a,1", "say \"hi\"", "two\r\nlines")),
                new Csv.Record(3, List.of("next", "")),
                new Csv.Record(4, List.of("", "")));
    }

    @Test
    void theLastRecordNeedsNoLineEnd() {
        assertThat(Csv.parse("x,y")).containsExactly(new Csv.Record(1, List.of("x", "y")));
        assertThat(Csv.parse("")).isEmpty();
    }

    @Test
    void malformedQuotingNamesTheLine() {
        assertThatThrownBy(() -> Csv.parse("ok\r\n\"open,field\r\nmore"))
                .isInstanceOfSatisfying(Csv.MalformedException.class, e -> assertThat(e.line()).isEqualTo(2));
        assertThatThrownBy(() -> Csv.parse("ok\nab\"c\n"))
                .isInstanceOfSatisfying(Csv.MalformedException.class, e -> assertThat(e.line()).isEqualTo(2));
        assertThatThrownBy(() -> Csv.parse("\"closed\"x,y"))
                .isInstanceOfSatisfying(Csv.MalformedException.class, e -> assertThat(e.line()).isEqualTo(1));
    }

    @Test
    void writtenLinesQuoteOnlyWhatMustBeQuotedAndReadBackTheSame() {
        List<String> fields = List.of("plain", "with, comma", "with \"quote\"", "two\nlines", "");

        String line = Csv.line(fields);

        assertThat(line).isEqualTo("plain,\"with, comma\",\"with \"\"quote\"\"\",\"two\nlines\",\r\n");
        assertThat(Csv.parse(line)).containsExactly(new Csv.Record(1, fields));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"click\")", "+1", "-x", "@SUM(A1:A9)",
            "\tindented", "\rreturn", "'=already marked", "''+twice marked"})
    void aTextASpreadsheetWouldRunAsAFormulaIsWrittenQuotedAfterASingleQuoteAndReadsBackAsItWas(String text) {
        String line = Csv.line(List.of(text));

        assertThat(line).startsWith("\"'");
        assertThat(Csv.parse(line)).containsExactly(new Csv.Record(1, List.of(text)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-12.50", "-7", "12.50", "2026-01-02", "a=b", "it's", "'quoted'", "x-y"})
    void numbersAndTextsThatStartHarmlesslyAreWrittenAsTheyAre(String value) {
        assertThat(Csv.line(List.of(value))).isEqualTo(value + "\r\n");
        assertThat(Csv.parse(Csv.line(List.of(value)))).containsExactly(new Csv.Record(1, List.of(value)));
    }

    @Test
    void aFileFromElsewhereWithASpreadsheetsTextMarkReadsWithoutIt() {
        assertThat(Csv.parse("'=1+2,'-3,'plain")).containsExactly(new Csv.Record(1, List.of("=1+2", "-3", "'plain")));
    }
}
