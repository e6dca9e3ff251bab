package org.meshbridge.server.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.airtime.AirtimeConfig;
import org.meshbridge.core.airtime.AirtimeEstimator;
import org.meshbridge.core.airtime.AirtimeScheduler;
import org.meshbridge.core.airtime.DutyCycleLimit;
import org.meshbridge.core.companion.ChannelSlot;
import org.meshbridge.core.companion.VirtualCompanions;
import org.meshbridge.core.node.MeshNode;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.core.radio.sim.DirectMessage;
import org.meshbridge.core.radio.sim.LinkQuality;
import org.meshbridge.core.radio.sim.SimCompanion;
import org.meshbridge.core.radio.sim.SimIdentities;
import org.meshbridge.core.radio.sim.SimulatedAir;
import org.meshbridge.core.radio.sim.SimulatedRadioLink;
import org.meshbridge.core.room.InMemoryPostStore;
import org.meshbridge.core.room.RoomEvents;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.crypto.ChannelKey;

/**
 * Web DMs through an account's virtual companion on the virtual clock, against an RF companion
 * that missed the account's advert (it was out of range when the companion opened): the first DM
 * cannot be decrypted and fails, the account adverts again, and the next DM is delivered.
 */
class CompanionDirectMessagesIT {

    private static final long SEED = 21;

    @Test
    void afterADmFailsTheAccountAdvertsAgainSoARecipientThatMissedItsAdvertCanDecryptTheNextOne() throws Exception {
        ManualScheduler scheduler = new ManualScheduler();
        SimulatedAir air = new SimulatedAir(scheduler, RadioParameters.MESHCORE_DEFAULT, new SplittableRandom(SEED));
        SimulatedRadioLink link = new SimulatedRadioLink("bridge", air);
        AirtimeEstimator estimator = AirtimeEstimator.lora(link.modulation());
        MeshNode node = MeshNode.builder(scheduler, SimIdentities.derive("bridge", SEED))
                .link(link, new AirtimeScheduler(scheduler, link, estimator,
                        AirtimeConfig.of(DutyCycleLimit.ofPercent(Duration.ofHours(1), 100)).withInternetShare(1.0)), estimator)
                .random(new SplittableRandom(SEED)).build();
        SimCompanion dana = new SimCompanion("dana", SimIdentities.derive("dana", SEED), air, new SplittableRandom(SEED + 1),
                SimCompanion.Settings.QUIET);
        VirtualCompanions companions = new VirtualCompanions(node, scheduler, new InMemoryPostStore(java.time.Clock.systemUTC()),
                new RoomEvents(), List.of(new ChannelSlot("Public", ChannelKey.PUBLIC, true)));
        node.start();
        dana.start();
        CompanionDirectMessages dms = new CompanionDirectMessages(companions, scheduler,
                account -> CompletableFuture.completedFuture(SimIdentities.derive(account, SEED)),
                id -> Optional.empty(), LiveEvents.NONE, new MemoryDmStore());

        dms.attach("web");                                   // opens the companion: its advert floods to no one
        scheduler.advance(Duration.ofSeconds(10));
        air.setLinks("bridge", "dana", LinkQuality.perfect(24, -70));
        dana.advertNow(true);                                // the bridge hears dana, dana never heard "web"
        scheduler.advance(Duration.ofSeconds(10));
        String danaId = dana.identity().publicKey().hex();

        CompletableFuture<DmView> first = dms.send("web", danaId, "hello?").toCompletableFuture();
        scheduler.advance(Duration.ofMinutes(1));
        assertThat(first).isCompleted();
        assertThat(dms.messages("web", danaId, Long.MAX_VALUE, 10).orElseThrow()).extracting(DmView::state).containsExactly("failed");
        assertThat(dana.directMessages()).as("dana cannot decrypt a sender it has no key for").isEmpty();
        assertThat(dana.contact("web")).as("the account adverted again after the failure").isPresent();

        dms.send("web", danaId, "hello again").toCompletableFuture();
        scheduler.advance(Duration.ofMinutes(1));
        assertThat(dms.messages("web", danaId, Long.MAX_VALUE, 10).orElseThrow()).extracting(DmView::text, DmView::state)
                .contains(org.assertj.core.groups.Tuple.tuple("hello again", "delivered"));
        assertThat(dana.directMessages()).extracting(DirectMessage::text).containsExactly("hello again");
    }
}
