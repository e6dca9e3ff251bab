package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_CHANNEL_DATA_RECV}: a queued GRP_DATA datagram (same for every app_target_ver): SNR, two
 * reserved bytes, channel_idx, path_len (the flood packet's encoded path_len, 0xFF when direct; no path bytes
 * follow), data_type, data_len and the data.
 *
 * @param snrQuarterDb SNR × 4 (int8)
 * @param reserved the two reserved bytes as a little-endian u16 (the firmware writes 0)
 * @param channelIdx channel_idx
 * @param pathLen path_len
 * @param dataType data_type
 * @param data the payload (at most MAX_CHANNEL_DATA_LENGTH)
 */
public record ChannelDataRecv(int snrQuarterDb, int reserved, int channelIdx, int pathLen, int dataType, Bytes data)
        implements CompanionResponse {

    public ChannelDataRecv {
        Fields.i8(snrQuarterDb, "snrQuarterDb");
        Fields.u16(reserved, "reserved");
        Fields.u8(channelIdx, "channelIdx");
        Fields.u8(pathLen, "pathLen");
        Fields.u16(dataType, "dataType");
        Fields.any(data, "data");
        if (data.size() > CompanionConstants.MAX_CHANNEL_DATA_LENGTH) {
            throw new IllegalArgumentException("data exceeds MAX_CHANNEL_DATA_LENGTH: " + data.size());
        }
    }

    /** With the reserved bytes the firmware writes. */
    public ChannelDataRecv(int snrQuarterDb, int channelIdx, int pathLen, int dataType, Bytes data) {
        this(snrQuarterDb, 0, channelIdx, pathLen, dataType, data);
    }

    /** Reads the body after the code byte. */
    public static ChannelDataRecv read(ByteReader r) throws MalformedFrameException {
        int snr = r.i8("snr");
        int reserved = r.u16("reserved");
        int idx = r.u8("channel_idx");
        int pathLen = r.u8("path_len");
        int dataType = r.u16("data_type");
        int dataLen = r.u8("data_len");
        return new ChannelDataRecv(snr, reserved, idx, pathLen, dataType, r.bytes(dataLen, "data"));
    }

    @Override
    public int code() {
        return ResponseCode.CHANNEL_DATA_RECV.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(snrQuarterDb).u16(reserved).u8(channelIdx).u8(pathLen).u16(dataType).u8(data.size()).bytes(data);
    }
}
