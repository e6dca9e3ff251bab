package org.meshbridge.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.packet.Vectors;

/** How {@code meshbridge decode} takes its input and reports bad input: hex forms, several packets, stdin, errors. */
class DecodeInputTest {

    private static final String R2 = Vectors.R2_GRP_TXT.hex();
    private static final String ACK = Vectors.R6_ACK.hex();
    private static final String RESERVED = "15C1FF00";

    @Test
    void invalidPacketExitsTwoWithTheReasonOnOneLineAndPrintsNothing() {
        CommandRun run = CommandRun.execute("decode", RESERVED);

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.oneErrorLine())
                .isEqualTo("meshbridge decode: invalid packet: RESERVED_BITS: path_len 0xc1 uses reserved hash-size mode 3")
                .contains("reserved");
    }

    @Test
    void truncatedPacketSaysWhatIsMissing() {
        CommandRun run = CommandRun.execute("decode", "1102AA");

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.oneErrorLine()).startsWith("meshbridge decode: invalid packet: TRUNCATED");
    }

    @Test
    void payloadTooShortForItsTypeIsInvalid() {
        CommandRun run = CommandRun.execute("decode", "1100" + "AA".repeat(99));

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.oneErrorLine()).startsWith("meshbridge decode: invalid packet: TOO_SHORT: ADVERT payload needs at least 100 bytes");
    }

    @Test
    void badHexExitsTwoNamingTheProblem() {
        CommandRun odd = CommandRun.execute("decode", "150");
        assertThat(odd.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(odd.oneErrorLine()).isEqualTo("meshbridge decode: invalid hex: hex has an odd number of digits (3)");

        CommandRun notHex = CommandRun.execute("decode", "15zz");
        assertThat(notHex.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(notHex.oneErrorLine()).isEqualTo("meshbridge decode: invalid hex: not a hex digit at 2: 'z'");
        assertThat(notHex.out()).isEmpty();
    }

    @Test
    void hexWithSpacesAndEitherCaseIsOnePacket() {
        String spaced = String.join(" ", R2.toUpperCase(java.util.Locale.ROOT).split("(?<=\\G..)"));

        CommandRun run = CommandRun.execute("decode", spaced);

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.field("message")).isEqualTo("☁️");
    }

    @Test
    void severalArgumentsAreSeveralPacketsEachNamingItsInput() {
        CommandRun run = CommandRun.execute("decode", R2, ACK);

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines().filter(l -> l.startsWith("input")).map(l -> l.replaceAll("\\s+", " ")))
                .containsExactly("input argument 1", "input argument 2");
        assertThat(run.out()).contains("\n\ninput");
    }

    @Test
    void anInvalidPacketAmongSeveralIsReportedAndTheOthersStillPrinted() {
        CommandRun run = CommandRun.execute("decode", "--json", R2, RESERVED, ACK);

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.oneErrorLine()).isEqualTo(
                "meshbridge decode: invalid packet at argument 2: RESERVED_BITS: path_len 0xc1 uses reserved hash-size mode 3");
        List<JsonNode> lines = run.jsonLines();
        assertThat(lines).extracting(j -> j.get("input").asText()).containsExactly("argument 1", "argument 3");
        assertThat(lines).extracting(j -> j.get("payload_type").asText()).containsExactly("GRP_TXT", "ACK");
    }

    @Test
    void dashReadsOnePacketPerLineFromStdinSkippingBlanksAndComments() {
        String capture = "# a capture\n" + R2 + "\n\n  " + ACK + "  \r\n" + RESERVED + "\nnot hex\n";

        CommandRun run = CommandRun.withStdin(capture, "decode", "--json", "-");

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.jsonLines()).extracting(j -> j.get("input").asText()).containsExactly("stdin line 2", "stdin line 4");
        assertThat(run.err().lines()).containsExactly(
                "meshbridge decode: invalid packet at stdin line 5: RESERVED_BITS: path_len 0xc1 uses reserved hash-size mode 3",
                "meshbridge decode: invalid hex at stdin line 6: not a hex digit at 0: 'n'");
    }

    @Test
    void oneValidPacketOnStdinPrintsLikeAnArgument() {
        CommandRun run = CommandRun.withStdin(R2 + "\n", "decode", "-");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).doesNotContain("input");
        assertThat(run.field("sender")).isEqualTo("🌲 Tree");
    }

    @Test
    void emptyStdinIsAUsageError() {
        CommandRun run = CommandRun.withStdin("\n# nothing\n", "decode", "-");

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.oneErrorLine()).isEqualTo("meshbridge decode: no packets on stdin: give one hex packet per line");
    }

    @Test
    void noPacketAtAllIsAUsageError() {
        CommandRun run = CommandRun.execute("decode");

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.oneErrorLine()).startsWith("meshbridge decode: Missing required parameter: 'HEX'");
    }

    @Test
    void aBadChannelSecretExitsTwoWithoutRepeatingIt() {
        CommandRun run = CommandRun.execute("decode", "--channel-secret", "#bot", "--channel-secret", "s3cret!", R2);

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.oneErrorLine()).isEqualTo("meshbridge decode: --channel-secret number 2 is neither #name,"
                + " 32 or 64 hex digits, nor base64 of 16 or 32 bytes");
        assertThat(run.err()).doesNotContain("s3cret");
    }

    @Test
    void aBase64SecretOfTheWrongSizeSaysSo() {
        CommandRun run = CommandRun.execute("decode", "--channel-secret", "AAECAwQFBgc=", R2);

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.oneErrorLine()).contains("is base64 of 8 bytes; a channel secret is 16 or 32 bytes");
    }

    @Test
    void aPrivateRegionIsRefused() {
        CommandRun run = CommandRun.execute("decode", "--region", "$secret", R2);

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.oneErrorLine()).startsWith("meshbridge decode: --region '$secret': '$' regions are private");
    }

    @Test
    void theGivenPublicSecretIsNamedPublic() {
        JsonNode json = CommandRun.execute("decode", "--json", "--channel-secret", "izOH6cXN6mrJ5e26oRXNcg==", R2).json();

        assertThat(json.get("payload").get("channel").asText()).isEqualTo("Public");
    }

    @Test
    void helpShowsTheOptionsAndExitCodes() {
        CommandRun run = CommandRun.execute("decode", "--help");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Usage: meshbridge decode", "--channel-secret=SECRET", "--region=NAME", "--json",
                "Exit codes:", "2   an invalid packet");
    }

    @Test
    void theRootHelpListsTheTools() {
        assertThat(CommandRun.execute("--help").out()).contains("decode", "keygen", "identity");
    }
}
