package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_SET_RADIO_TX_POWER}: transmit power in dBm (int8). The firmware does not check the length; we
 * require the byte it reads. Bytes after the last field are ignored by the firmware and kept in {@code
 * trailing} so the frame re-encodes.
 *
 * @param txPowerDbm power
 * @param trailing trailing
 */
public record SetRadioTxPower(int txPowerDbm, Bytes trailing) implements CompanionCommand {

    public SetRadioTxPower {
        Fields.i8(txPowerDbm, "txPowerDbm");
        Fields.any(trailing, "trailing");
    }

    /** With the defaults the firmware writes (no trailing bytes). */
    public SetRadioTxPower(int txPowerDbm) {
        this(txPowerDbm, Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static SetRadioTxPower read(ByteReader r) throws MalformedFrameException {
        int txPowerDbm = r.i8("power");
        Bytes trailing = r.rest();
        return new SetRadioTxPower(txPowerDbm, trailing);
    }

    @Override
    public int code() {
        return CommandCode.SET_RADIO_TX_POWER.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(txPowerDbm);
        w.bytes(trailing);
    }
}
