package org.meshbridge.server.companion;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.companion.AppStart;
import org.meshbridge.protocol.companion.DeviceQuery;
import org.meshbridge.protocol.companion.DeviceInfo;
import org.meshbridge.protocol.companion.Err;
import org.meshbridge.protocol.companion.SelfInfo;

/**
 * Untrusted bytes on the companion socket: a frame with a bad header, an oversized one or one too
 * short for its command closes the connection cleanly (the last after an ERR), an unknown command
 * gets ERR and the connection goes on, and whatever an app sends, the server's answers decode and
 * the next connection is served as before.
 */
class MalformedFramesIT {

    private static CompanionFixture fx;

    @BeforeContainer
    static void start() throws Exception {
        fx = new CompanionFixture("alice");
    }

    @AfterContainer
    static void stop() {
        fx.close();
    }

    @net.jqwik.api.Example
    void anOversizedFrameClosesTheConnectionWithoutAnAnswer() throws Exception {
        try (ScriptedCompanionApp app = new ScriptedCompanionApp(fx.address("alice"))) {
            byte[] frame = new byte[3 + 177];
            frame[0] = '<';
            frame[1] = (byte) 177;
            frame[2] = 0;
            frame[3] = 22;
            app.sendRaw(Bytes.of(frame));
            assertThat(app.readUntilClosed()).isZero();
        }
        assertStillServing();
    }

    @net.jqwik.api.Example
    void theLargestFrameIsReadAndAnsweredAndTheConnectionGoesOn() throws Exception {
        try (ScriptedCompanionApp app = new ScriptedCompanionApp(fx.address("alice"))) {
            byte[] body = new byte[176];
            body[0] = 22;
            body[1] = 3;
            app.sendRaw(Bytes.of(new byte[] {'<', (byte) 176, 0}));
            app.sendRaw(Bytes.of(body));
            assertThat(app.response()).isInstanceOf(DeviceInfo.class);
            assertThat(app.ask(AppStart.of(3, "after"))).isInstanceOf(SelfInfo.class);
        }
    }

    @net.jqwik.api.Example
    void aFrameTooShortForItsCommandGetsAnErrorThenTheConnectionCloses() throws Exception {
        try (ScriptedCompanionApp app = new ScriptedCompanionApp(fx.address("alice"))) {
            app.sendRaw(Bytes.of(new byte[] {'<', 2, 0, 2, 0}));
            assertThat(app.next()).isEqualTo(new Err(1));
            assertThat(app.readUntilClosed()).isZero();
        }
        assertStillServing();
    }

    @net.jqwik.api.Example
    void aHeaderWithTheWrongMarkerClosesTheConnection() throws Exception {
        try (ScriptedCompanionApp app = new ScriptedCompanionApp(fx.address("alice"))) {
            app.sendRaw(Bytes.of(new byte[] {'>', 2, 0, 22, 3}));
            assertThat(app.readUntilClosed()).isZero();
        }
    }

    @net.jqwik.api.Example
    void anUnknownCommandGetsUnsupportedAndTheConnectionGoesOn() throws Exception {
        try (ScriptedCompanionApp app = new ScriptedCompanionApp(fx.address("alice"))) {
            app.sendRaw(Bytes.of(new byte[] {'<', 1, 0, (byte) 0xEE}));
            assertThat(app.response()).isEqualTo(new Err(1));
            assertThat(app.ask(new DeviceQuery(3, Bytes.EMPTY))).isInstanceOf(DeviceInfo.class);
        }
    }

    @Property(tries = 60, seed = "6")
    void whateverAnAppSendsTheAnswersDecodeAndTheServerKeepsServing(@ForAll("streams") byte[] stream) throws Exception {
        try (ScriptedCompanionApp app = new ScriptedCompanionApp(fx.address("alice"))) {
            app.sendRaw(Bytes.of(stream));
            app.shutdownOutput();
            app.readUntilClosed();
        }
        assertStillServing();
    }

    @Provide
    Arbitrary<byte[]> streams() {
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
        Arbitrary<byte[]> framed = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(200).map(body -> {
            byte[] out = new byte[3 + body.length];
            out[0] = '<';
            out[1] = (byte) body.length;
            out[2] = (byte) (body.length >> 8);
            System.arraycopy(body, 0, out, 3, body.length);
            return out;
        });
        return Arbitraries.oneOf(noise, framed, framed.list().ofMaxSize(4).map(MalformedFramesIT::concat));
    }

    private static byte[] concat(java.util.List<byte[]> parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static void assertStillServing() throws Exception {
        try (ScriptedCompanionApp app = new ScriptedCompanionApp(fx.address("alice"))) {
            assertThat(app.ask(AppStart.of(3, "check"))).isInstanceOf(SelfInfo.class);
        }
    }
}
