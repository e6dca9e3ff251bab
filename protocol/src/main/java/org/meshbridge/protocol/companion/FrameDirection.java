package org.meshbridge.protocol.companion;

/** Which way a serial/TCP companion frame travels, and so which marker starts its 3-byte header. */
public enum FrameDirection {
    /** App→radio: {@code '<'} (0x3C), commands. */
    APP_TO_RADIO(CompanionConstants.MARKER_APP_TO_RADIO),
    /** Radio→app: {@code '>'} (0x3E), responses and pushes. */
    RADIO_TO_APP(CompanionConstants.MARKER_RADIO_TO_APP);

    private final int marker;

    FrameDirection(int marker) {
        this.marker = marker;
    }

    /** The header's first byte. */
    public int marker() {
        return marker;
    }
}
