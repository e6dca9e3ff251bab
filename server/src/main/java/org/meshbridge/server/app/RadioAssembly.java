package org.meshbridge.server.app;

import java.util.Optional;
import org.meshbridge.core.radio.RadioLink;
import org.meshbridge.core.radio.sim.DemoMesh;
import org.meshbridge.server.config.RadioSettings;
import org.meshbridge.server.radio.CompanionRawLink;
import org.meshbridge.server.radio.DeviceAddress;
import org.meshbridge.server.radio.KissModemLink;
import org.meshbridge.server.radio.LinkTiming;

/**
 * The radio a run uses, built from {@code radio.type}: the simulated mesh (and its link), a KISS
 * modem, a companion radio in raw mode, or nothing (also for {@code gateway}: {@link GatewayLinks}
 * attaches each gateway's link to the node as it connects).
 *
 * @param link the link the node attaches to; empty for {@code none}
 * @param mesh the simulated mesh behind a {@code sim} link, to start and stop with the node
 */
record RadioAssembly(Optional<RadioLink> link, Optional<DemoMesh> mesh) {

    /** The simulated mesh's seed: the same identities, links and chatter on every start. */
    static final long DEMO_SEED = 2025;

    static RadioAssembly build(RadioSettings radio, Environment env) {
        return switch (radio.type()) {
            case SIM -> {
                DemoMesh mesh = DemoMesh.create(env.scheduler(), DEMO_SEED);
                yield new RadioAssembly(Optional.of(mesh.radioLink()), Optional.of(mesh));
            }
            case KISS -> new RadioAssembly(Optional.of(new KissModemLink("kiss0", device(radio), radio.parameters(),
                    env.scheduler(), env.random(), LinkTiming.DEFAULTS)), Optional.empty());
            case COMPANION -> new RadioAssembly(Optional.of(new CompanionRawLink("companion0", device(radio),
                    radio.parameters(), env.scheduler(), env.random(), LinkTiming.DEFAULTS)), Optional.empty());
            case NONE, GATEWAY -> new RadioAssembly(Optional.empty(), Optional.empty());
        };
    }

    private static DeviceAddress device(RadioSettings radio) {
        return radio.device().orElseThrow(() -> new IllegalStateException("no device for " + radio.type()));
    }
}
