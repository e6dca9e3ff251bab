package org.meshbridge.server.cli.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTextTest {

    private static Report sample() {
        Report report = new Report().put("route", "FLOOD", "FLOOD (1)").json("route_code", 1).text("shown", "only here");
        report.section("payload").put("snr_db", -9.25).put("hops", List.of("aa", "bb")).put("ok", true).note("a remark");
        return report;
    }

    @Test
    void textAlignsEveryValueInOneColumnAndIndentsSections() {
        assertThat(ReportText.render(sample())).isEqualTo(String.join("\n",
                "route     FLOOD (1)",
                "shown     only here",
                "payload:",
                "  snr db  -9.25",
                "  hops    aa bb",
                "  ok      yes",
                "  note    a remark",
                ""));
    }

    @Test
    void jsonKeepsTypesOrderAndNestingAndLeavesOutTextOnlyFields() {
        assertThat(ReportJson.render(sample())).isEqualTo("{\"route\":\"FLOOD\",\"route_code\":1,"
                + "\"payload\":{\"snr_db\":-9.25,\"hops\":[\"aa\",\"bb\"],\"ok\":true,\"notes\":[\"a remark\"]}}");
    }

    @Test
    void jsonOnlyNullIsJsonNull() {
        assertThat(ReportJson.render(new Report().json("region", null))).isEqualTo("{\"region\":null}");
    }

    @Test
    void aKeyCannotBeAddedTwice() {
        assertThatThrownBy(() -> new Report().put("a", 1).put("a", 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void controlCharactersAreEscapedAndOtherTextKept() {
        assertThat(ReportText.escapeControls("a\nb\u001b\u009b\u007f🌲")).isEqualTo("a\\nb\\x1b\\x9b\\x7f🌲");
    }
}
