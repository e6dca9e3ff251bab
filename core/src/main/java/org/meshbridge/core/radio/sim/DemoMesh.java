package org.meshbridge.core.radio.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.core.time.Scheduler;

/**
 * The simulated mesh the demo runs on: two repeaters, three companions and an attachment point
 * for the bridge's node, on one {@link SimulatedAir} with MeshCore's default radio settings.
 *
 * <pre>
 *   alice ── r1 ══ r2 ── carol        ── clean link   ══ 5 % loss
 *             │  ╲  ┆                  ┆ 20 % loss (bob is at the edge of r2's range)
 *            bob ╲ sim0 (the bridge: hears r1, r2 and bob)
 * </pre>
 *
 * What happens, all of it seeded: the repeaters behave as a freshly installed repeater does (a
 * zero-hop advert 16 s after start, then every 2 minutes; they forward everything); each
 * companion floods an advert in its own slot 30–53 s after start (alice first, then bob, then
 * carol, 10 s apart, so the boot adverts never collide) and every 10 minutes after, and says one of a
 * few phrases on the Public channel every 1–3 minutes. SNR and RSSI of each link are drawn from
 * the seed. The bridge's node plugs into {@link #radioLink()} (id {@value #LINK_ID}).
 *
 * <p>One scripted outage shows liveness monitoring at work: repeater {@value #OUTAGE_NODE} is
 * switched off {@link #OUTAGE_START} after start and back on {@link #OUTAGE_LENGTH} later (it
 * reboots: its boot advert follows 16 s after). At the repeaters' 2-minute advert rate that is
 * long enough to be alerted silent with the default liveness settings (offline after 10 minutes)
 * and then recovered. {@link #setRunning} switches any virtual node off and on by hand.
 *
 * <p>The repeaters answer logins and status requests with a battery voltage (r2 a steady
 * 4.15 V). Repeater {@value #BATTERY_NODE} runs on a small solar-charged cell: it starts at
 * {@value #BATTERY_START_MV} mV and loses 10 mV every 2 minutes, falling under the default
 * low-battery threshold (3400 mV) after about 38 minutes; at {@value #BATTERY_LOW_MV} mV "the sun
 * comes out" and it gains 20 mV every 2 minutes up to 4100 mV, back over the threshold plus its
 * hysteresis after about 106 minutes. The low stretch (about 70 minutes) is longer than the
 * poller's longest backoff (40 minutes), so a few unanswered polls cannot hide it.
 *
 * <p>Create it on the scheduler the node runs on: a {@code ManualScheduler} in tests, the real
 * event loop in the demo. Nothing happens until {@link #start}.
 */
public final class DemoMesh {

    /** The id of the bridge's attachment point. */
    public static final String LINK_ID = "sim0";

    /** The virtual node the scripted outage switches off. */
    public static final String OUTAGE_NODE = "r2";
    /** When, after {@link #start}, the scripted outage begins. */
    public static final Duration OUTAGE_START = Duration.ofMinutes(10);
    /** How long the scripted outage lasts. */
    public static final Duration OUTAGE_LENGTH = Duration.ofMinutes(20);

    /** The repeater whose battery drains and recharges. */
    public static final String BATTERY_NODE = "r1";
    /** Its battery at start. */
    public static final int BATTERY_START_MV = 3_580;
    /** Where it turns from draining to charging. */
    public static final int BATTERY_LOW_MV = 3_200;
    private static final int BATTERY_FULL_MV = 4_100;
    private static final Duration BATTERY_STEP = Duration.ofMinutes(2);

    private static final Duration COMPANION_ADVERT_INTERVAL = Duration.ofMinutes(10);
    /*
     * The companions' boot adverts go out one by one, after the repeaters' boot adverts (16 s) and
     * the bridge's first advert with its forwards, and before the chatter starts (60 s): one flood
     * through both repeaters is over in about 4 s, so 10 s slots with up to 3 s of jitter never
     * overlap. With random times in 5-30 s, a boot advert could collide with a repeater forwarding
     * another one at a node its sender cannot hear (alice cannot hear r2): with seed 2025 alice's
     * was lost at r1, and the bridge did not learn her until her next advert 10 minutes later.
     */
    private static final Duration COMPANION_FIRST_ADVERT = Duration.ofSeconds(30);
    private static final Duration COMPANION_ADVERT_SLOT = Duration.ofSeconds(10);
    private static final int COMPANION_ADVERT_JITTER_SECONDS = 3;
    private static final int MIN_CHAT_SECONDS = 60;
    private static final int MAX_CHAT_SECONDS = 180;
    private static final List<String> PHRASES = List.of(
            "good morning mesh", "anyone copy?", "testing from the hill", "signal is great today",
            "heading out, 73", "rain on the way", "new antenna is up", "who else is on Public?",
            "battery at 80%", "check, check", "see you at the meetup", "quiet night on the mesh");

    private final Scheduler scheduler;
    private final SplittableRandom random;
    private final SimulatedAir air;
    private final SimulatedRadioLink radioLink;
    private final List<SimRepeater> repeaters = new ArrayList<>();
    private final List<SimCompanion> companions = new ArrayList<>();
    private final Map<SimCompanion, Cancellable> chats = new LinkedHashMap<>();
    private final List<Cancellable> script = new ArrayList<>();

    private DemoMesh(Scheduler scheduler, long seed) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.random = new SplittableRandom(seed);
        this.air = new SimulatedAir(scheduler, RadioParameters.MESHCORE_DEFAULT, random.split());
        for (String name : List.of("r1", "r2")) {
            repeaters.add(new SimRepeater(name, SimIdentities.derive(name, seed), air, random.split(),
                    SimRepeater.Settings.FIRMWARE_DEFAULTS));
        }
        List<String> names = List.of("alice", "bob", "carol");
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Duration first = COMPANION_FIRST_ADVERT.plus(COMPANION_ADVERT_SLOT.multipliedBy(i))
                    .plusSeconds(random.nextInt(COMPANION_ADVERT_JITTER_SECONDS + 1));
            companions.add(new SimCompanion(name, SimIdentities.derive(name, seed), air, random.split(),
                    new SimCompanion.Settings(first, COMPANION_ADVERT_INTERVAL, true)));
        }
        this.radioLink = new SimulatedRadioLink(LINK_ID, air);
        link("alice", "r1", 0);
        link("r1", "r2", 0.05);
        link("r2", "carol", 0);
        link("bob", "r1", 0);
        link("bob", "r2", 0.2);
        link(LINK_ID, "r1", 0);
        link(LINK_ID, "r2", 0);
        link(LINK_ID, "bob", 0);
    }

    /** Builds the demo mesh on {@code scheduler}; the same seed gives the same identities, links and traffic. */
    public static DemoMesh create(Scheduler scheduler, long seed) {
        return new DemoMesh(scheduler, seed);
    }

    /** Starts the repeaters' and companions' timers, the chatter and the scripted outage. */
    public void start() {
        repeaters.forEach(SimRepeater::start);
        companions.forEach(SimCompanion::start);
        companions.forEach(this::scheduleChat);
        script.add(scheduler.schedule(OUTAGE_START, () -> setRunning(OUTAGE_NODE, false)));
        script.add(scheduler.schedule(OUTAGE_START.plus(OUTAGE_LENGTH), () -> setRunning(OUTAGE_NODE, true)));
        SimRepeater cell = repeater(BATTERY_NODE);
        cell.setBatteryMillivolts(BATTERY_START_MV);
        boolean[] charging = {false};
        script.add(scheduler.scheduleAtFixedRate(BATTERY_STEP, BATTERY_STEP, () -> {
            int mv = cell.batteryMillivolts();
            charging[0] |= mv <= BATTERY_LOW_MV;
            cell.setBatteryMillivolts(charging[0] ? Math.min(BATTERY_FULL_MV, mv + 20) : mv - 10);
        }));
    }

    private SimRepeater repeater(String name) {
        return repeaters.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    /** Stops every timer and the script; frames already on the air still arrive. */
    public void stop() {
        repeaters.forEach(SimRepeater::stop);
        companions.forEach(SimCompanion::stop);
        chats.values().forEach(Cancellable::cancel);
        script.forEach(Cancellable::cancel);
    }

    /**
     * Switches the virtual node {@code name} off (silent: it neither hears nor sends, and stops
     * its timers) or back on (a reboot: adverts resume). On the scheduler thread.
     *
     * @throws IllegalArgumentException for a name that is not one of the demo's nodes
     */
    public void setRunning(String name, boolean running) {
        for (SimRepeater r : repeaters) {
            if (r.name().equals(name)) {
                r.setRunning(running);
                return;
            }
        }
        for (SimCompanion c : companions) {
            if (c.name().equals(name)) {
                c.setRunning(running);
                return;
            }
        }
        throw new IllegalArgumentException("no virtual node named " + name);
    }

    /** True unless {@code name} was switched off with {@link #setRunning}. */
    public boolean isRunning(String name) {
        return repeaters.stream().filter(r -> r.name().equals(name)).map(SimMesh::isPowered).findFirst()
                .or(() -> companions.stream().filter(c -> c.name().equals(name)).map(SimMesh::isPowered).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("no virtual node named " + name));
    }

    public SimulatedAir air() {
        return air;
    }

    /** Where the bridge's node plugs in. */
    public SimulatedRadioLink radioLink() {
        return radioLink;
    }

    public List<SimRepeater> repeaters() {
        return List.copyOf(repeaters);
    }

    public List<SimCompanion> companions() {
        return List.copyOf(companions);
    }

    private void scheduleChat(SimCompanion companion) {
        Duration delay = Duration.ofSeconds(random.nextInt(MIN_CHAT_SECONDS, MAX_CHAT_SECONDS + 1));
        chats.put(companion, scheduler.schedule(delay, () -> {
            companion.sendChannelText(SimCompanion.PUBLIC_CHANNEL, PHRASES.get(random.nextInt(PHRASES.size())));
            scheduleChat(companion);
        }));
    }

    /** A two-way link with the given loss and a seeded SNR (−7 to +12 dB) and RSSI (−118 to −70 dBm). */
    private void link(String a, String b, double loss) {
        int snrQuarterDb = random.nextInt(-28, 49);
        int rssiDbm = random.nextInt(-118, -69);
        air.setLinks(a, b, new LinkQuality(loss, snrQuarterDb, rssiDbm));
    }
}
