package org.meshbridge.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code meshbridge gateway hash-token}: the SHA-256 a server's config holds for a gateway token. */
class GatewayHashTokenCommandTest {

    @Test
    void printsTheSha256OfTheTokenReadFromStdinWithoutTheParentsRequiredOptions() {
        CommandRun run = CommandRun.withStdin("hilltop-token-0123456789abcdef\n", "gateway", "hash-token");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("52c351e55118b8ec245fbd0932f838059d9ba9e7b9697fc08ea1ff6899e61270\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anEmptyOrShortTokenIsRefusedWithoutEchoingIt() {
        CommandRun empty = CommandRun.withStdin("", "gateway", "hash-token");
        CommandRun shortToken = CommandRun.withStdin("short-secret\n", "gateway", "hash-token");

        assertThat(empty.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(empty.err()).contains("no token on stdin");
        assertThat(shortToken.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(shortToken.err()).contains("the token must be 16 to 256").doesNotContain("short-secret");
    }
}
