package org.meshbridge.server.radio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.kiss.DataFrame;
import org.meshbridge.protocol.kiss.HardwareError;
import org.meshbridge.protocol.kiss.HardwareRequest;
import org.meshbridge.protocol.kiss.HardwareResponse;
import org.meshbridge.protocol.kiss.KissDeframer;
import org.meshbridge.protocol.kiss.KissEncoder;
import org.meshbridge.protocol.kiss.KissFrame;

/**
 * Plays a MeshCore KISS modem's side of the byte stream, as {@code KissModem.cpp} v1.17.1 answers:
 * Version 1 to GetVersion, Ok to SetRadio, SignalReport to SetSignalReport, and for a Data frame
 * whatever {@link #onData} says. Tests inject received packets, RxMeta, garbage and oversized
 * frames with {@link #send} and {@link #sendRaw}, and read what the link wrote with {@link #expect}
 * and {@link #receivedBytes}.
 */
public final class ScriptedKissModem implements AutoCloseable {

    /** How the modem answers a Data frame. */
    enum OnData { TX_DONE_OK, TX_DONE_FAILED, TX_BUSY, SILENT }

    private final PeerStream stream;
    private final BlockingQueue<KissFrame> frames = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private volatile boolean answering = true;
    private volatile OnData onData = OnData.TX_DONE_OK;
    private volatile HardwareResponse setRadioReply = new HardwareResponse.Ok();

    private ScriptedKissModem(PeerStream stream) {
        this.stream = stream;
    }

    public static ScriptedKissModem on(PeerStream stream) {
        ScriptedKissModem modem = new ScriptedKissModem(stream);
        Thread reader = new Thread(modem::read, "scripted-kiss-modem");
        reader.setDaemon(true);
        reader.start();
        return modem;
    }

    ScriptedKissModem onData(OnData behaviour) {
        this.onData = behaviour;
        return this;
    }

    ScriptedKissModem answerSetRadioWith(HardwareResponse reply) {
        this.setRadioReply = reply;
        return this;
    }

    /** A modem that never answers anything. */
    ScriptedKissModem silent() {
        this.answering = false;
        return this;
    }

    private void read() {
        KissDeframer deframer = new KissDeframer(new KissDeframer.Listener() {
            @Override
            public void onFrame(KissFrame frame) {
                frames.add(frame);
                if (answering) {
                    answer(frame);
                }
            }

            @Override
            public void onDropped(MalformedFrameException error) {
                frames.add(new org.meshbridge.protocol.kiss.UnknownFrame(0x0F, Bytes.utf8("dropped: " + error.getMessage())));
            }
        });
        byte[] buffer = new byte[1024];
        try {
            for (int n = stream.read(buffer); n >= 0; n = stream.read(buffer)) {
                synchronized (received) {
                    received.write(buffer, 0, n);
                }
                deframer.feed(buffer, 0, n);
            }
        } catch (IOException e) {
            // the cable is gone
        }
    }

    private void answer(KissFrame frame) {
        if (frame instanceof HardwareRequest.GetVersion) {
            send(new HardwareResponse.Version(1));
        } else if (frame instanceof HardwareRequest.SetRadio) {
            send(setRadioReply);
        } else if (frame instanceof HardwareRequest.SetSignalReport report) {
            send(new HardwareResponse.SignalReport(report.enabled()));
        } else if (frame instanceof DataFrame) {
            switch (onData) {
                case TX_DONE_OK -> send(new HardwareResponse.TxDone(true));
                case TX_DONE_FAILED -> send(new HardwareResponse.TxDone(false));
                case TX_BUSY -> send(HardwareResponse.Error.of(HardwareError.TX_BUSY));
                case SILENT -> { }
            }
        }
    }

    /** Writes each frame, KISS-encoded, in one write. */
    public void send(KissFrame... toSend) {
        Bytes out = Bytes.EMPTY;
        for (KissFrame frame : toSend) {
            out = out.concat(KissEncoder.encode(frame));
        }
        sendRaw(out);
    }

    /** Writes bytes as they are. */
    void sendRaw(Bytes bytes) {
        try {
            stream.write(bytes.toArray());
        } catch (IOException e) {
            throw new AssertionError("the scripted modem could not write", e);
        }
    }

    /** The next frame the link wrote, which must be a {@code type}. */
    public <T extends KissFrame> T expect(Class<T> type) throws InterruptedException {
        KissFrame frame = frames.poll(RecordingListener.WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(frame).as("the link's next KISS frame").isInstanceOf(type);
        return type.cast(frame);
    }

    /** Everything the link wrote so far, exactly. */
    Bytes receivedBytes() {
        synchronized (received) {
            byte[] all = received.toByteArray();
            return Bytes.of(Arrays.copyOf(all, all.length));
        }
    }

    /** Frames received and not yet taken with {@link #expect}. */
    int pendingFrames() {
        return frames.size();
    }

    @Override
    public void close() {
        stream.close();
    }
}
