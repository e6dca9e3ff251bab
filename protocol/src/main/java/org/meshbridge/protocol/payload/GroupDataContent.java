package org.meshbridge.protocol.payload;

import java.util.Objects;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * The plaintext of a GRP_DATA (v1.15+): {@code data_type(2 LE) | data_len(1) | data}. Data type
 * 0x0000 is reserved and 0xFFFF is {@code DATA_TYPE_DEV}; the data is at most
 * {@value PayloadConstants#MAX_GROUP_DATA_LENGTH} bytes ({@code sendGroupData}). Zero padding
 * after the data is accepted.
 */
public record GroupDataContent(int dataType, Bytes data) {

    /** {@code DATA_TYPE_DEV}, firmware {@code helpers/TxtDataHelpers.h}. */
    public static final int DATA_TYPE_DEV = 0xFFFF;

    public GroupDataContent {
        Objects.requireNonNull(data, "data");
        PayloadFields.requireU16(dataType, "data_type");
        PayloadFields.requireAtMost(data.size(), PayloadConstants.MAX_GROUP_DATA_LENGTH, "group data");
    }

    public static GroupDataContent decode(Bytes plaintext) throws MalformedFrameException {
        PayloadFields.checkInputSize(plaintext, PlaintextLimits.GROUP_DECRYPTED_BYTES, "group data plaintext");
        return read(plaintext.reader());
    }

    public static GroupDataContent read(ByteReader r) throws MalformedFrameException {
        int type = r.u16("data_type");
        int length = r.u8("data_len");
        if (length > PayloadConstants.MAX_GROUP_DATA_LENGTH) {
            throw new MalformedFrameException(Reason.TOO_LONG,
                    "group data of " + length + " bytes exceeds " + PayloadConstants.MAX_GROUP_DATA_LENGTH);
        }
        Bytes data = r.bytes(length, "data");
        PayloadFields.zeroPadding(r, "group data");
        return new GroupDataContent(type, data);
    }

    public void write(ByteWriter w) {
        w.u16(dataType).u8(data.size()).bytes(data);
    }

    public Bytes encode() {
        ByteWriter w = new ByteWriter(3 + data.size());
        write(w);
        return w.toBytes();
    }
}
