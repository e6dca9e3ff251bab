package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_END_OF_CONTACTS}: last reply to CMD_GET_CONTACTS: the most recent lastmod sent, the app's
 * next {@code since}.
 *
 * @param mostRecentLastmod most_recent_lastmod
 */
public record EndOfContacts(long mostRecentLastmod) implements CompanionResponse {

    public EndOfContacts {
        Fields.u32(mostRecentLastmod, "mostRecentLastmod");
    }

    /** Reads the body after the code byte. */
    public static EndOfContacts read(ByteReader r) throws MalformedFrameException {
        long mostRecentLastmod = r.u32("most_recent_lastmod");
        return new EndOfContacts(mostRecentLastmod);
    }

    @Override
    public int code() {
        return ResponseCode.END_OF_CONTACTS.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u32(mostRecentLastmod);
    }
}
