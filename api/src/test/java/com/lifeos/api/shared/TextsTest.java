package com.lifeos.api.shared;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TextsTest {

    static Stream<Arguments> unstorable() {
        return Stream.of(
                Arguments.of("a\u0000b", "control characters (U+0000 at character 2)"),
                Arguments.of("bell\u0007", "control characters (U+0007 at character 5)"),
                Arguments.of("\u001b[31m", "control characters (U+001B at character 1)"),
                Arguments.of("del\u007f", "control characters (U+007F"),
                Arguments.of("next\u0085line", "control characters (U+0085"),
                Arguments.of("high\ud800 alone", "unpaired surrogate (character 5)"),
                Arguments.of("\udc00", "unpaired surrogate (character 1)"),
                Arguments.of("reversed \udc00\ud800", "unpaired surrogate"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("unstorable")
    void refusesControlCharactersAndUnpairedSurrogates(String value, String problem) {
        assertThat(Texts.problemOf(value, 100, true)).contains(problem);
        assertThatIllegalArgumentException().isThrownBy(() -> Texts.optional("title", value, 100))
                .withMessageStartingWith("title must not contain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"two\nlines", "windows\r\nline", "a\ttab"})
    void lineBreaksAndTabsAreForFreeTextOnly(String value) {
        assertThat(Texts.problemOf(value, 100, true)).isNull();
        assertThat(Texts.problemOf(value, 100, false)).startsWith("must not contain control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Café au lait", "日本語のタイトル", "emoji 😀👍🏽", "Ωmega"})
    void acceptsAnyPrintableText(String value) {
        assertThat(Texts.optional("title", value, 100)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 10})
    void countsLengthInCharactersNotUtf16Units(int max) {
        String emoji = "😀".repeat(max);
        assertThat(emoji.length()).isEqualTo(2 * max);
        assertThat(Texts.problemOf(emoji, max, false)).isNull();
        assertThat(Texts.problemOf(emoji + "😀", max, false)).isEqualTo("must be at most " + max + " characters");
    }
}
