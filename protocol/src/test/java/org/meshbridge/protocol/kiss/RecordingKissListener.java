package org.meshbridge.protocol.kiss;

import java.util.ArrayList;
import java.util.List;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/** Records what a {@link KissDeframer} reports. */
final class RecordingKissListener implements KissDeframer.Listener {

    final List<KissFrame> frames = new ArrayList<>();
    final List<Reason> drops = new ArrayList<>();

    @Override
    public void onFrame(KissFrame frame) {
        frames.add(frame);
    }

    @Override
    public void onDropped(MalformedFrameException error) {
        drops.add(error.reason());
    }
}
