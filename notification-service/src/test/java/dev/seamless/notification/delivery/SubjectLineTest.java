package dev.seamless.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectLineTest {

    @Test
    void aSubjectIsFoldedToOneLine() {
        assertThat(SubjectLine.of("  Re: runners\r\nBcc: someone@evil.example\t ", 200))
                .isEqualTo("Re: runners Bcc: someone@evil.example");
    }

    @Test
    void aSubjectOfTheLongestLengthIsKeptAndOneCharacterMoreIsCutWithAnEllipsis() {
        String longest = "x".repeat(200);

        assertThat(SubjectLine.of(longest, 200)).isEqualTo(longest);
        assertThat(SubjectLine.of(longest + "y", 200)).isEqualTo("x".repeat(199) + "…");
    }

    @Test
    void aFiveThousandCharacterSubjectIsCut() {
        String shortened = SubjectLine.of("Re: " + "q".repeat(4996), 200);

        assertThat(shortened).hasSize(200).startsWith("Re: qqq").endsWith("q…");
    }

    @Test
    void theCutNeitherSplitsACharacterNorLeavesASpaceBeforeTheEllipsis() {
        assertThat(SubjectLine.of("ab \uD83D\uDE00\uD83D\uDE00", 4)).isEqualTo("ab…");
        assertThat(SubjectLine.of("a\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", 3)).isEqualTo("a\uD83D\uDE00…");
    }
}
