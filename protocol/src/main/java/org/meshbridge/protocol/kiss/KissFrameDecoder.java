package org.meshbridge.protocol.kiss;

import java.util.Optional;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/** Turns one unescaped frame into a {@link KissFrame}, following {@code KissModem::processFrame}. */
final class KissFrameDecoder {

    /** Reply codes firmware v1.17.1 sends; {@code 89 8A 98 99} are {@code HW_RESP(cmd)} values it never uses. */
    private static final int[] RESPONSE_CODES = {
        0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x8B, 0x8C, 0x8D, 0x8E, 0x8F, 0x90, 0x91, 0x92,
        0x93, 0x94, 0x95, 0x96, 0x97, 0x9A,
        KissConstants.HW_RESP_OK, KissConstants.HW_RESP_ERROR, KissConstants.HW_RESP_TX_DONE, KissConstants.HW_RESP_RX_META,
    };
    private static final boolean[] DEFINED_SUB_COMMANDS = new boolean[256];

    static {
        for (int code : RESPONSE_CODES) {
            DEFINED_SUB_COMMANDS[code] = true;
        }
        for (HardwareCommand c : HardwareCommand.values()) {
            DEFINED_SUB_COMMANDS[c.code()] = true;
        }
    }

    private KissFrameDecoder() {
    }

    static boolean isDefinedSubCommand(int code) {
        return code >= 0 && code < 256 && DEFINED_SUB_COMMANDS[code];
    }

    /** True for type bytes that decode to a typed frame: port 0 commands 0..6, and {@code FF}. */
    static boolean isDefinedType(int typeByte) {
        if (typeByte == KissCommand.RETURN.code()) {
            return true;
        }
        int port = typeByte >>> KissConstants.PORT_SHIFT;
        return port == 0 && KissCommand.fromCode(typeByte & KissConstants.COMMAND_MASK).isPresent();
    }

    static KissFrame decode(Bytes unescaped) throws MalformedFrameException {
        if (unescaped.isEmpty()) {
            throw new MalformedFrameException(Reason.TOO_SHORT, "KISS frame has no type byte");
        }
        if (unescaped.size() > KissConstants.MAX_FRAME_BYTES) {
            throw new MalformedFrameException(Reason.TOO_LONG,
                    "KISS frame of " + unescaped.size() + " bytes exceeds " + KissConstants.MAX_FRAME_BYTES);
        }
        ByteReader r = unescaped.reader();
        int type = r.u8("type byte");
        if (!isDefinedType(type)) {
            return new UnknownFrame(type, r.rest());
        }
        KissCommand command = type == KissCommand.RETURN.code()
                ? KissCommand.RETURN
                : KissCommand.fromCode(type & KissConstants.COMMAND_MASK).orElseThrow();
        switch (command) {
            case DATA:
                Bytes packet = r.rest();
                return Checks.decoding(() -> new DataFrame(packet));
            case SETHARDWARE:
                return hardware(r);
            case RETURN:
                r.requireFinished("Return frame");
                return new ReturnFrame();
            default:
                int value = r.u8(command + " value");
                r.requireFinished(command + " frame");
                return new TncParameter(command, value);
        }
    }

    private static KissFrame hardware(ByteReader r) throws MalformedFrameException {
        int subCommand = r.u8("SetHardware sub-command");
        Optional<HardwareCommand> request = HardwareCommand.fromCode(subCommand);
        KissFrame frame;
        if (request.isPresent()) {
            frame = HardwareRequestDecoder.read(request.get(), r);
        } else if (isDefinedSubCommand(subCommand)) {
            frame = HardwareResponseDecoder.read(subCommand, r);
        } else {
            Bytes data = r.rest();
            frame = new UnknownHardwareFrame(subCommand, data);
        }
        r.requireFinished("SetHardware " + Integer.toHexString(subCommand) + " frame");
        return frame;
    }
}
