package org.meshbridge.protocol.companion;

import java.util.OptionalInt;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_SET_OTHER_PARAMS}: manual_add_contacts, then optionally the telemetry modes byte (base bits 0-1,
 * location 2-3, environment 4-5), advert_loc_policy and multi_acks, each read only when the frame reaches it.
 * The firmware does not check the length; we require the byte it always reads.
 *
 * @param manualAddContacts manual_add_contacts
 * @param telemetryModes optional telemetry modes (v5+)
 * @param advertLocPolicy optional advert_loc_policy (only after telemetryModes)
 * @param multiAcks optional multi_acks (only after advertLocPolicy)
 * @param trailing bytes the firmware ignores (only after multiAcks)
 */
public record SetOtherParams(int manualAddContacts, OptionalInt telemetryModes, OptionalInt advertLocPolicy,
        OptionalInt multiAcks, Bytes trailing) implements CompanionCommand {

    public SetOtherParams {
        Fields.u8(manualAddContacts, "manualAddContacts");
        Fields.u8(telemetryModes, "telemetryModes");
        Fields.u8(advertLocPolicy, "advertLocPolicy");
        Fields.u8(multiAcks, "multiAcks");
        Fields.any(trailing, "trailing");
        if ((advertLocPolicy.isPresent() && telemetryModes.isEmpty())
                || (multiAcks.isPresent() && advertLocPolicy.isEmpty())
                || (!trailing.isEmpty() && multiAcks.isEmpty())) {
            throw new IllegalArgumentException("optional fields must be present in order");
        }
    }

    /** The form meshcore.js sends: manual_add_contacts only. */
    public SetOtherParams(int manualAddContacts) {
        this(manualAddContacts, OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static SetOtherParams read(ByteReader r) throws MalformedFrameException {
        int manual = r.u8("manual_add_contacts");
        OptionalInt telemetry = optional(r, "telemetry_modes");
        OptionalInt locPolicy = telemetry.isPresent() ? optional(r, "advert_loc_policy") : OptionalInt.empty();
        OptionalInt multiAcks = locPolicy.isPresent() ? optional(r, "multi_acks") : OptionalInt.empty();
        return new SetOtherParams(manual, telemetry, locPolicy, multiAcks, r.rest());
    }

    private static OptionalInt optional(ByteReader r, String field) throws MalformedFrameException {
        return r.hasRemaining() ? OptionalInt.of(r.u8(field)) : OptionalInt.empty();
    }

    @Override
    public int code() {
        return CommandCode.SET_OTHER_PARAMS.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(manualAddContacts);
        telemetryModes.ifPresent(w::u8);
        advertLocPolicy.ifPresent(w::u8);
        multiAcks.ifPresent(w::u8);
        w.bytes(trailing);
    }
}
