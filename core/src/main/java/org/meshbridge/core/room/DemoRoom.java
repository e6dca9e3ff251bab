package org.meshbridge.core.room;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.meshbridge.core.node.AdvertSchedule;
import org.meshbridge.core.radio.sim.DemoMesh;
import org.meshbridge.core.radio.sim.SimCompanion;
import org.meshbridge.core.radio.sim.SimIdentities;
import org.meshbridge.core.time.Cancellable;

/**
 * The demo's room: a room server on the bridge's node attached to a {@link DemoMesh}, which two of
 * the demo's companions join and post to now and then, so the web app has a live room to show.
 *
 * <p>The room ({@value #NAME}, guest password {@value #GUEST_PASSWORD}, admin password
 * {@value #ADMIN_PASSWORD} — demo only, printed in the banner) floods its advert 20 s after
 * {@link #start} and then every 10 minutes (the companions are a repeater away, out of reach
 * of a zero-hop advert); 40 s after start alice and carol log in, and each
 * posts one of a few phrases every 2–5 minutes. Everything is seeded. Create and start it on
 * the scheduler thread, after {@code DemoMesh.start()}.
 */
public final class DemoRoom implements AutoCloseable {

    public static final String NAME = "lobby";
    public static final String GUEST_PASSWORD = "hello";
    public static final String ADMIN_PASSWORD = "demo-admin";

    private static final Duration FIRST_ADVERT = Duration.ofSeconds(20);
    private static final Duration ADVERT_INTERVAL = Duration.ofMinutes(10);
    private static final Duration LOGIN_DELAY = Duration.ofSeconds(40);
    private static final int MIN_POST_SECONDS = 120;
    private static final int MAX_POST_SECONDS = 300;
    private static final List<String> MEMBERS = List.of("alice", "carol");
    private static final List<String> PHRASES = List.of(
            "morning all, anything new in the lobby?", "the repeater on the hill is back up",
            "meetup on Saturday at the usual place", "who has a spare 868 MHz antenna?",
            "testing the room from the trail", "nice, the room kept yesterday's posts");

    private final Room room;
    private final DemoMesh demo;
    private final RoomHost host;
    private final SplittableRandom random;
    private final List<Cancellable> timers = new ArrayList<>();

    private DemoRoom(Room room, DemoMesh demo, RoomHost host, long seed) {
        this.room = room;
        this.demo = demo;
        this.host = host;
        this.random = new SplittableRandom(seed);
    }

    /** The demo room's config: a key derived from the seed; its adverts are the demo's own (flooded, see {@link #start}). */
    public static RoomConfig config(long seed) {
        return RoomConfig.of(NAME, SimIdentities.derive("demo-room-" + NAME, seed), GUEST_PASSWORD, ADMIN_PASSWORD)
                .withAdverts(AdvertSchedule.NONE);
    }

    /**
     * Opens the room on {@code host} (whose node is attached to {@code demo}'s radio link) and
     * schedules the members' logins and posts.
     */
    public static DemoRoom start(DemoMesh demo, RoomHost host, long seed) {
        Objects.requireNonNull(demo, "demo");
        Room room = Room.open(config(seed), host);
        DemoRoom d = new DemoRoom(room, demo, host, seed);
        d.timers.add(host.scheduler().scheduleAtFixedRate(FIRST_ADVERT, ADVERT_INTERVAL, () -> room.advertNow(true)));
        d.timers.add(host.scheduler().schedule(LOGIN_DELAY, d::joinAndChat));
        return d;
    }

    public Room room() {
        return room;
    }

    /** The demo companions that join the room. */
    public List<SimCompanion> members() {
        return demo.companions().stream().filter(c -> MEMBERS.contains(c.name())).toList();
    }

    @Override
    public void close() {
        timers.forEach(Cancellable::cancel);
        room.close();
    }

    private void joinAndChat() {
        for (SimCompanion c : members()) {
            if (c.contact(NAME).isPresent()) {
                c.login(NAME, GUEST_PASSWORD);
            }
            schedulePost(c);
        }
    }

    private void schedulePost(SimCompanion c) {
        Duration delay = Duration.ofSeconds(random.nextInt(MIN_POST_SECONDS, MAX_POST_SECONDS + 1));
        timers.add(host.scheduler().schedule(delay, () -> {
            if (c.contact(NAME).isPresent()) {
                if (c.logins().stream().noneMatch(l -> l.room().equals(NAME) && l.success())) {
                    c.login(NAME, GUEST_PASSWORD);
                } else {
                    c.sendText(NAME, PHRASES.get(random.nextInt(PHRASES.size())));
                }
            }
            schedulePost(c);
        }));
    }
}
