package org.meshbridge.server.companion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.companion.AppStart;
import org.meshbridge.protocol.companion.ChannelInfo;
import org.meshbridge.protocol.companion.ChannelMsgRecvV3;
import org.meshbridge.protocol.companion.Contact;
import org.meshbridge.protocol.companion.ContactMsgRecvV3;
import org.meshbridge.protocol.companion.ContactsStart;
import org.meshbridge.protocol.companion.CurrTime;
import org.meshbridge.protocol.companion.DeviceInfo;
import org.meshbridge.protocol.companion.DeviceQuery;
import org.meshbridge.protocol.companion.EndOfContacts;
import org.meshbridge.protocol.companion.Err;
import org.meshbridge.protocol.companion.FactoryReset;
import org.meshbridge.protocol.companion.GetChannel;
import org.meshbridge.protocol.companion.GetContacts;
import org.meshbridge.protocol.companion.GetDeviceTime;
import org.meshbridge.protocol.companion.MsgWaiting;
import org.meshbridge.protocol.companion.NoMoreMessages;
import org.meshbridge.protocol.companion.Ok;
import org.meshbridge.protocol.companion.Reboot;
import org.meshbridge.protocol.companion.SelfInfo;
import org.meshbridge.protocol.companion.SetChannel;
import org.meshbridge.protocol.companion.SetRadioParams;
import org.meshbridge.protocol.companion.SyncNextMessage;
import org.meshbridge.protocol.crypto.ChannelKey;

/**
 * An app that behaves like meshcore-cli: AppStart (app version 3) before DeviceQuery(3), so received
 * messages come as the v3 codes 16 and 17; contacts paged by {@code since}; per-account channels;
 * commands that would change the shared server refused.
 */
class MeshcoreCliStyleIT {

    private CompanionFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = new CompanionFixture("alice", "bob");
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void appStartFirstThenDeviceQueryV3GetsTheV3MessageCodes() throws Exception {
        try (ScriptedCompanionApp cli = new ScriptedCompanionApp(fx.address("alice"))) {
            SelfInfo self = (SelfInfo) cli.ask(AppStart.of(3, "mccli"));
            assertThat(self.publicKey()).isEqualTo(fx.companion("alice").identity().publicKey());
            assertThat(self.name().utf8()).isEqualTo("alice");
            assertThat(self.spreadingFactor()).isEqualTo(CompanionFixture.FAST.spreadingFactor());
            DeviceInfo info = (DeviceInfo) cli.ask(new DeviceQuery(3, Bytes.EMPTY));
            assertThat(info.maxChannels()).isEqualTo(8);

            fx.onLoop(() -> {
                fx.dana.advertNow(true);
                return null;
            });
            fx.await("the bridge heard Dana", () -> fx.node.contacts().all().stream().anyMatch(c -> c.name().equals("dana")));
            fx.onLoop(() -> {
                fx.companion("alice").advert(true);
                return null;
            });
            fx.await("Dana heard alice", () -> fx.dana.contact("alice").isPresent());

            fx.onLoop(() -> fx.dana.sendText("alice", "v3 please"));
            cli.push(MsgWaiting.class);
            ContactMsgRecvV3 dm = (ContactMsgRecvV3) cli.ask(new SyncNextMessage(Bytes.EMPTY));
            assertThat(dm.code()).isEqualTo(16);
            assertThat(dm.message().textUtf8()).isEqualTo("v3 please");
            assertThat(dm.snrQuarterDb()).as("the SNR Dana was heard with").isEqualTo(40);

            fx.onLoop(() -> {
                fx.dana.sendChannelText("Public", "channel v3");
                return null;
            });
            cli.push(MsgWaiting.class);
            ChannelMsgRecvV3 ch = (ChannelMsgRecvV3) cli.ask(new SyncNextMessage(Bytes.EMPTY));
            assertThat(ch.code()).isEqualTo(17);
            assertThat(ch.message().channelIdx()).isZero();
            assertThat(ch.message().text().utf8()).isEqualTo("dana: channel v3");
            assertThat(cli.ask(new SyncNextMessage(Bytes.EMPTY))).isInstanceOf(NoMoreMessages.class);
        }
    }

    @Test
    void contactsArePagedBySinceAndChannelsArePerAccount() throws Exception {
        fx.onLoop(() -> {
            fx.dana.advertNow(true);
            return null;
        });
        fx.await("the bridge heard Dana", () -> fx.node.contacts().all().stream().anyMatch(c -> c.name().equals("dana")));
        try (ScriptedCompanionApp alice = new ScriptedCompanionApp(fx.address("alice"));
             ScriptedCompanionApp bob = new ScriptedCompanionApp(fx.address("bob"))) {
            java.util.Map<String, Long> all = contacts(alice, OptionalLong.empty());
            assertThat(all.keySet()).containsExactly(CompanionFixture.ROOM, "bob", "dana");

            long since = java.util.Collections.min(all.values());
            java.util.Map<String, Long> changed = contacts(alice, OptionalLong.of(since));
            all.forEach((name, lastmod) -> assertThat(changed.containsKey(name)).as(name + " changed after since")
                    .isEqualTo(lastmod > since));
            long newest = java.util.Collections.max(all.values());
            assertThat(contacts(alice, OptionalLong.of(newest))).as("nothing changed after the newest").isEmpty();

            Bytes secret = Bytes.fromHex("00112233445566778899aabbccddeeff");
            assertThat(alice.ask(SetChannel.of(1, "secret-club", secret))).isInstanceOf(Ok.class);
            ChannelInfo mine = (ChannelInfo) alice.ask(new GetChannel(1, Bytes.EMPTY));
            assertThat(mine.secret()).isEqualTo(secret);
            ChannelInfo bobs = (ChannelInfo) bob.ask(new GetChannel(1, Bytes.EMPTY));
            assertThat(bobs.secret()).as("bob's slot 1 is untouched").isEqualTo(Bytes.of(new byte[16]));
            ChannelInfo pub = (ChannelInfo) bob.ask(new GetChannel(0, Bytes.EMPTY));
            assertThat(pub.secret()).isEqualTo(ChannelKey.PUBLIC.secret());
            assertThat(alice.ask(new GetChannel(8, Bytes.EMPTY))).isInstanceOf(Err.class);

            long now = ((CurrTime) alice.ask(new GetDeviceTime(Bytes.EMPTY))).epochSecs();
            assertThat(now).isCloseTo(fx.scheduler.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
        }
    }

    /** GET_CONTACTS: CONTACTS_START with the total, the contacts changed after {@code since}, END_OF_CONTACTS. */
    private static java.util.Map<String, Long> contacts(ScriptedCompanionApp app, OptionalLong since) throws Exception {
        ContactsStart start = (ContactsStart) app.ask(new GetContacts(since, Bytes.EMPTY));
        assertThat(start.totalContacts()).isEqualTo(3);
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        long newest = 0;
        while (true) {
            var r = app.response();
            if (r instanceof EndOfContacts end) {
                assertThat(end.mostRecentLastmod()).isEqualTo(newest);
                return out;
            }
            var c = ((Contact) r).contact();
            out.put(c.name().utf8().replace("\0", "").strip(), c.lastmod());
            newest = Math.max(newest, c.lastmod());
        }
    }

    @Test
    void rebootFactoryResetAndRadioChangesAreRefusedAndChangeNothing() throws Exception {
        try (ScriptedCompanionApp cli = new ScriptedCompanionApp(fx.address("alice"))) {
            assertThat(cli.ask(new Reboot(Bytes.utf8("reboot")))).isInstanceOf(Err.class);
            assertThat(cli.ask(new FactoryReset(Bytes.utf8("reset")))).isInstanceOf(Err.class);
            assertThat(cli.ask(new SetRadioParams(915_000, 250_000, 12, 8)))
                    .isInstanceOf(Err.class);
            SelfInfo self = (SelfInfo) cli.ask(AppStart.of(3, "mccli"));
            assertThat(self.frequencyKhz()).isEqualTo(CompanionFixture.FAST.frequencyHz() / 1000);
            assertThat(self.spreadingFactor()).isEqualTo(CompanionFixture.FAST.spreadingFactor());
        }
    }
}
