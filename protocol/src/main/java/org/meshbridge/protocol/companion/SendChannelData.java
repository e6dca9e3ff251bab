package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * {@code CMD_SEND_CHANNEL_DATA}: a GRP_DATA datagram. path_len 0xFF floods; any other value is an encoded
 * path_len followed by hash_count × hash_size path bytes. Then data_type (u16) and up to
 * MAX_CHANNEL_DATA_LENGTH (167) data bytes. The firmware reads data_type without checking the length; we
 * require it. data_type 0 (DATA_TYPE_RESERVED) decodes but the firmware answers ERR_CODE_ILLEGAL_ARG.
 *
 * @param channelIdx channel_idx
 * @param pathLen encoded path_len, or 0xFF for flood
 * @param path path bytes (empty for flood)
 * @param dataType data_type
 * @param data payload
 */
public record SendChannelData(int channelIdx, int pathLen, Bytes path, int dataType, Bytes data)
        implements CompanionCommand {

    public SendChannelData {
        Fields.u8(channelIdx, "channelIdx");
        if (pathLen == CompanionConstants.OUT_PATH_UNKNOWN) {
            Fields.exact(path, 0, "path");
        } else {
            Fields.path(pathLen, path, "path");
        }
        Fields.u16(dataType, "dataType");
        Fields.any(data, "data");
        if (data.size() > CompanionConstants.MAX_CHANNEL_DATA_LENGTH) {
            throw new IllegalArgumentException("data exceeds MAX_CHANNEL_DATA_LENGTH: " + data.size());
        }
    }

    /** A flooded datagram. */
    public static SendChannelData flood(int channelIdx, int dataType, Bytes data) {
        return new SendChannelData(channelIdx, CompanionConstants.OUT_PATH_UNKNOWN, Bytes.EMPTY, dataType, data);
    }

    /** Whether this datagram is flooded. */
    public boolean isFlood() {
        return pathLen == CompanionConstants.OUT_PATH_UNKNOWN;
    }

    /** Reads the body after the code byte. */
    public static SendChannelData read(ByteReader r) throws MalformedFrameException {
        int idx = r.u8("channel_idx");
        int pathLen = r.u8("path_len");
        Bytes path = pathLen == CompanionConstants.OUT_PATH_UNKNOWN ? Bytes.EMPTY : Fields.readPath(r, pathLen, "path");
        int dataType = r.u16("data_type");
        if (r.remaining() > CompanionConstants.MAX_CHANNEL_DATA_LENGTH) {
            throw new MalformedFrameException(Reason.TOO_LONG,
                    "CMD_SEND_CHANNEL_DATA payload of " + r.remaining() + " bytes exceeds MAX_CHANNEL_DATA_LENGTH");
        }
        return new SendChannelData(idx, pathLen, path, dataType, r.rest());
    }

    @Override
    public int code() {
        return CommandCode.SEND_CHANNEL_DATA.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(channelIdx).u8(pathLen).bytes(path).u16(dataType).bytes(data);
    }
}
