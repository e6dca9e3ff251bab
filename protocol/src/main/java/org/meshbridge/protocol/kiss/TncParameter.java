package org.meshbridge.protocol.kiss;

import org.meshbridge.protocol.bytes.ByteWriter;

/**
 * A standard one-byte KISS TNC setting, host to modem: TXDELAY and SLOTTIME and TXTAIL in 10 ms
 * units, PERSISTENCE as p x 256, FULLDUPLEX 0 = CSMA half duplex, nonzero = full duplex. The modem
 * reads only the first data byte; we accept exactly one so that decoding is reversible.
 */
public record TncParameter(KissCommand command, int value) implements KissFrame {

    public TncParameter {
        Checks.notNull(command, "command");
        if (!command.isTncParameter()) {
            throw new IllegalArgumentException(command + " is not a TNC parameter");
        }
        Checks.range(value, 0, 255, command + " value");
    }

    @Override
    public int typeByte() {
        return command.code();
    }

    @Override
    public void writeData(ByteWriter out) {
        out.u8(value);
    }
}
