package org.meshbridge.server.radio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.RadioLink;
import org.meshbridge.core.radio.ReceivedFrame;

/** Records what a link reports; tests wait for it with generous timeouts, never sleeps. */
final class RecordingListener implements RadioLink.Listener {

    static final long WAIT_SECONDS = 20;

    private final BlockingQueue<LinkState> states = new LinkedBlockingQueue<>();
    private final BlockingQueue<ReceivedFrame> frames = new LinkedBlockingQueue<>();
    private final List<LinkState> history = new ArrayList<>();

    @Override
    public void onReceive(ReceivedFrame frame) {
        frames.add(frame);
    }

    @Override
    public void onStateChange(LinkState state) {
        synchronized (history) {
            history.add(state);
        }
        states.add(state);
    }

    /** Waits for the next state report, which must be of {@code type}. */
    <T extends LinkState> T nextState(Class<T> type) throws InterruptedException {
        LinkState state = states.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(state).as("next link state").isInstanceOf(type);
        return type.cast(state);
    }

    /** Skips reports until one of {@code type}. */
    <T extends LinkState> T awaitState(Class<T> type) throws InterruptedException {
        while (true) {
            LinkState state = states.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(state).as("a " + type.getSimpleName() + " state within " + WAIT_SECONDS + " s").isNotNull();
            if (type.isInstance(state)) {
                return type.cast(state);
            }
        }
    }

    ReceivedFrame nextFrame() throws InterruptedException {
        ReceivedFrame frame = frames.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(frame).as("a received frame within " + WAIT_SECONDS + " s").isNotNull();
        return frame;
    }

    /** Frames reported and not yet taken. */
    List<ReceivedFrame> pendingFrames() {
        return new ArrayList<>(frames);
    }

    List<LinkState> history() {
        synchronized (history) {
            return new ArrayList<>(history);
        }
    }
}
