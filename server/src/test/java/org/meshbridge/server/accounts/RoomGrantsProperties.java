package org.meshbridge.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Room grants from the CLI, the API and the store: read back exactly, or refused with INVALID_ROOMS. */
class RoomGrantsProperties {

    @Property
    void anyTextIsGrantsOrInvalidRooms(@ForAll String text) {
        try {
            RoomGrants grants = RoomGrants.parse(text);
            assertThat(RoomGrants.parse(grants.encode())).isEqualTo(grants);
        } catch (AccountException e) {
            assertThat(e.reason()).isEqualTo(AccountException.Reason.INVALID_ROOMS);
        }
    }

    @Property
    void encodedGrantsReadBack(@ForAll("grants") Map<String, RoomPermission> byRoom) {
        RoomGrants grants = new RoomGrants(byRoom);
        assertThat(RoomGrants.parse(grants.encode())).isEqualTo(grants);
    }

    @Provide
    Arbitrary<Map<String, RoomPermission>> grants() {
        Arbitrary<String> rooms = Arbitraries.oneOf(Arbitraries.just("*"),
                Arbitraries.strings().withChars("abcXYZ019._-").ofMinLength(1).ofMaxLength(31));
        return Arbitraries.maps(rooms, Arbitraries.of(RoomPermission.class)).ofMaxSize(10);
    }
}
