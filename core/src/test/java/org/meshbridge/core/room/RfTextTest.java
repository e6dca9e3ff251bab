package org.meshbridge.core.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class RfTextTest {

    @Test
    void aTextThatFitsIsSentWholeAndUnnumbered() {
        String max = "x".repeat(151);
        assertThat(RfText.split(max, 151)).containsExactly(max);
    }

    @Test
    void oneByteMoreIsSplitIntoTwoNumberedParts() {
        List<String> parts = RfText.split("x".repeat(152), 151);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).startsWith("(1/2) ");
        assertThat(parts.get(1)).startsWith("(2/2) ");
    }

    @Test
    void partsBreakAfterASpaceAndNeverInsideACharacter() {
        List<String> parts = RfText.split("héllo wörld ".repeat(30).strip(), 60);
        assertThat(parts).allSatisfy(p -> assertThat(p.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(60));
        assertThat(parts).allSatisfy(p -> assertThat(p).doesNotContain("\uFFFD").doesNotEndWith(" "));
        assertThat(String.join(" ", parts.stream().map(p -> p.substring(p.indexOf(") ") + 2)).toList()))
                .isEqualTo("héllo wörld ".repeat(30).strip());
    }

    @Test
    void internetAndChannelPostsAreAttributedAndOthersAreNot() {
        assertThat(RfText.attributed(PostOrigin.INTERNET, "alice", "hi")).isEqualTo("alice: hi");
        assertThat(RfText.attributed(PostOrigin.CHANNEL, "bob", "hi")).isEqualTo("bob: hi");
        assertThat(RfText.attributed(PostOrigin.RF, "bob", "hi")).isEqualTo("hi");
        assertThat(RfText.attributed(PostOrigin.SYSTEM, "lobby", "hi")).isEqualTo("hi");
    }

    @Test
    void aBudgetTooSmallForANumberedPartIsRefused() {
        assertThatThrownBy(() -> RfText.split("x", 15)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void everyPartFitsAndThePartsAreNumberedInOrder(@ForAll @StringLength(max = 3000) String text,
                                                    @ForAll @IntRange(min = 16, max = 200) int max) {
        List<String> parts = RfText.split(text, max);
        assertThat(parts).allSatisfy(p -> assertThat(p.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(max));
        if (parts.size() > 1) {
            for (int i = 0; i < parts.size(); i++) {
                assertThat(parts.get(i)).startsWith("(" + (i + 1) + "/" + parts.size() + ") ");
            }
        }
    }
}
