package org.meshbridge.protocol.kiss;

import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * A SetHardware frame whose sub-command byte is neither a request nor a reply of firmware v1.17.1
 * (for instance {@code 0x89}, which the modem never sends). Kept raw; a modem answers the request
 * form with Error UNKNOWN_CMD.
 */
public record UnknownHardwareFrame(int subCommand, Bytes data) implements KissFrame {

    public UnknownHardwareFrame {
        Checks.range(subCommand, 0, 255, "sub-command");
        Checks.notNull(data, "data");
        if (KissFrameDecoder.isDefinedSubCommand(subCommand)) {
            throw new IllegalArgumentException("sub-command " + subCommand + " is defined");
        }
        Checks.sized(data, 0, KissConstants.MAX_HW_DATA_BYTES, "SetHardware data");
    }

    @Override
    public int typeByte() {
        return KissCommand.SETHARDWARE.code();
    }

    @Override
    public void writeData(ByteWriter out) {
        out.u8(subCommand);
        out.bytes(data);
    }
}
