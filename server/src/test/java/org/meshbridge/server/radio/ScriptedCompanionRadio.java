package org.meshbridge.server.radio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.OptionalInt;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.companion.AppStart;
import org.meshbridge.protocol.companion.CompanionCommand;
import org.meshbridge.protocol.companion.CompanionFrameDeframer;
import org.meshbridge.protocol.companion.CompanionFrameWriter;
import org.meshbridge.protocol.companion.CompanionReply;
import org.meshbridge.protocol.companion.DeviceInfo;
import org.meshbridge.protocol.companion.DeviceQuery;
import org.meshbridge.protocol.companion.Err;
import org.meshbridge.protocol.companion.ErrorCode;
import org.meshbridge.protocol.companion.Ok;
import org.meshbridge.protocol.companion.SelfInfo;
import org.meshbridge.protocol.companion.SendRawPacket;

/**
 * Plays a stock companion radio's side of the serial/TCP stream, as {@code companion_radio/MyMesh.cpp}
 * v1.17.1 answers: DEVICE_INFO to DEVICE_QUERY (with {@link #firmwareVerCode}), SELF_INFO to APP_START
 * (869.618 MHz, BW 62.5 kHz, SF8, CR 4/5, name "gateway"), and to CMD_SEND_RAW_PACKET whatever
 * {@link #onRawPacket} says. Tests push frames with {@link #push} and {@link #sendRaw}.
 */
final class ScriptedCompanionRadio implements AutoCloseable {

    /** How the radio answers CMD_SEND_RAW_PACKET. */
    enum OnRawPacket { OK, ERR_ILLEGAL_ARG, SILENT }

    static final Bytes PUBLIC_KEY = Bytes.fromHex("4852b69364572b52efa1b6bb3e6d0abed4f389a1cbfbb60a9bba2cce649caf0e");

    private final PeerStream stream;
    private final BlockingQueue<CompanionCommand> commands = new LinkedBlockingQueue<>();
    private final java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
    private volatile int firmwareVerCode = 13;
    private volatile String firmwareVersion = "v1.17.1";
    private volatile OnRawPacket onRawPacket = OnRawPacket.OK;

    private ScriptedCompanionRadio(PeerStream stream) {
        this.stream = stream;
    }

    static ScriptedCompanionRadio on(PeerStream stream) {
        ScriptedCompanionRadio radio = new ScriptedCompanionRadio(stream);
        Thread reader = new Thread(radio::read, "scripted-companion");
        reader.setDaemon(true);
        reader.start();
        return radio;
    }

    ScriptedCompanionRadio firmware(int verCode, String version) {
        this.firmwareVerCode = verCode;
        this.firmwareVersion = version;
        return this;
    }

    ScriptedCompanionRadio onRawPacket(OnRawPacket behaviour) {
        this.onRawPacket = behaviour;
        return this;
    }

    private void read() {
        CompanionFrameDeframer deframer = CompanionFrameDeframer.deviceEnd();
        byte[] buffer = new byte[1024];
        try {
            for (int n = stream.read(buffer); n >= 0; n = stream.read(buffer)) {
                synchronized (received) {
                    received.write(buffer, 0, n);
                }
                deframer.feed(Bytes.of(buffer, 0, n), this::onFrame);
            }
        } catch (IOException e) {
            // the cable is gone
        }
    }

    private void onFrame(Bytes frame) {
        CompanionCommand command;
        try {
            command = CompanionCommand.decode(frame);
        } catch (MalformedFrameException e) {
            push(new Err(ErrorCode.UNSUPPORTED_CMD));
            return;
        }
        commands.add(command);
        if (command instanceof DeviceQuery) {
            push(deviceInfo());
        } else if (command instanceof AppStart) {
            push(new SelfInfo(1, 22, 22, PUBLIC_KEY, 0, 0, 0, 0, 0, 0, 869_618, 62_500, 8, 5, Bytes.utf8("gateway")));
        } else if (command instanceof SendRawPacket) {
            switch (onRawPacket) {
                case OK -> push(new Ok());
                case ERR_ILLEGAL_ARG -> push(new Err(ErrorCode.ILLEGAL_ARG));
                case SILENT -> { }
            }
        }
    }

    private DeviceInfo deviceInfo() {
        return new DeviceInfo(firmwareVerCode, 175, 40, 0, text("13 Feb 2026", 12), text("Heltec V3", 40),
                text(firmwareVersion, 20), OptionalInt.of(0), OptionalInt.of(0));
    }

    private static Bytes text(String text, int width) {
        Bytes utf8 = Bytes.utf8(text);
        return utf8.concat(Bytes.zeros(width - utf8.size()));
    }

    /** Sends a response or push with its '>' header. */
    void push(CompanionReply reply) {
        sendRaw(CompanionFrameWriter.frame(reply));
    }

    void sendRaw(Bytes bytes) {
        try {
            stream.write(bytes.toArray());
        } catch (IOException e) {
            throw new AssertionError("the scripted companion could not write", e);
        }
    }

    /** The next command the link sent, which must be a {@code type}. */
    <T extends CompanionCommand> T expect(Class<T> type) throws InterruptedException {
        CompanionCommand command = commands.poll(RecordingListener.WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(command).as("the link's next companion command").isInstanceOf(type);
        return type.cast(command);
    }

    /** Everything the link wrote so far, exactly. */
    Bytes receivedBytes() {
        synchronized (received) {
            return Bytes.of(received.toByteArray());
        }
    }

    /** Commands received and not yet taken with {@link #expect}. */
    int pendingCommands() {
        return commands.size();
    }

    @Override
    public void close() {
        stream.close();
    }
}
