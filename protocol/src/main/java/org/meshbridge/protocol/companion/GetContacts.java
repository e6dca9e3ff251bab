package org.meshbridge.protocol.companion;

import java.util.OptionalLong;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_GET_CONTACTS}: starts the contact listing; with {@code since}, only contacts whose lastmod is
 * later. The firmware reads since only when the frame has at least 5 bytes.
 *
 * @param since optional lastmod filter
 * @param trailing bytes the firmware ignores (fewer than 4 when since is absent)
 */
public record GetContacts(OptionalLong since, Bytes trailing) implements CompanionCommand {

    private static final int SINCE_BYTES = 4;

    public GetContacts {
        Fields.u32(since, "since");
        Fields.any(trailing, "trailing");
        if (since.isEmpty() && trailing.size() >= SINCE_BYTES) {
            throw new IllegalArgumentException("4 trailing bytes would be read as since");
        }
    }

    /** All contacts. */
    public GetContacts() {
        this(OptionalLong.empty(), Bytes.EMPTY);
    }

    /** Contacts changed after {@code since}. */
    public GetContacts(long since) {
        this(OptionalLong.of(since), Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static GetContacts read(ByteReader r) throws MalformedFrameException {
        OptionalLong since = r.remaining() >= SINCE_BYTES ? OptionalLong.of(r.u32("since")) : OptionalLong.empty();
        return new GetContacts(since, r.rest());
    }

    @Override
    public int code() {
        return CommandCode.GET_CONTACTS.code();
    }

    @Override
    public void write(ByteWriter w) {
        since.ifPresent(w::u32);
        w.bytes(trailing);
    }
}
