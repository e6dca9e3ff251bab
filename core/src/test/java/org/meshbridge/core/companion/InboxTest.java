package org.meshbridge.core.companion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.bytes.Bytes;

/** One inbox, many sessions: each session its own cursor; none takes a message from another. */
class InboxTest {

    private final Inbox inbox = new Inbox(4);
    private final List<String> waiting = new ArrayList<>();

    private CompanionSession session(String name) {
        CompanionSession s = new CompanionSession(null, inbox, () -> waiting.add(name));
        inbox.attach(s);
        return s;
    }

    private static InboxMessage text(String text) {
        return new InboxMessage.Direct(Bytes.of(new byte[32]), InboxMessage.DIRECT, 0, 1, Optional.empty(), text,
                Optional.empty());
    }

    private static String read(CompanionSession s) {
        return s.next().map(InboxMessage::text).orElse(null);
    }

    @Test
    void everyConnectedSessionGetsEveryMessage() {
        CompanionSession a = session("a");
        CompanionSession b = session("b");
        inbox.add(text("one"));
        inbox.add(text("two"));

        assertThat(waiting).as("told once each, when its queue stopped being empty").containsExactly("a", "b");
        assertThat(read(a)).isEqualTo("one");
        assertThat(read(a)).isEqualTo("two");
        assertThat(read(a)).isNull();
        assertThat(b.waiting()).isEqualTo(2);
        assertThat(read(b)).isEqualTo("one");
        assertThat(read(b)).isEqualTo("two");
    }

    @Test
    void messagesWaitingWhileNoAppWasConnectedGoToTheAppsThatConnectUntilOneReadsThem() {
        inbox.add(text("offline"));
        CompanionSession a = session("a");
        CompanionSession b = session("b");
        assertThat(a.waiting()).isEqualTo(1);
        assertThat(read(a)).isEqualTo("offline");
        CompanionSession late = session("late");

        assertThat(read(b)).as("b was connected before it was read").isEqualTo("offline");
        assertThat(read(late)).as("read already when late connected").isNull();
    }

    @Test
    void aClosedSessionIsForgottenAndTheOthersGoOn() {
        CompanionSession a = session("a");
        CompanionSession b = session("b");
        inbox.detach(a);
        inbox.add(text("after"));
        assertThat(waiting).containsExactly("b");
        assertThat(read(b)).isEqualTo("after");
    }

    @Test
    void aFullInboxDropsTheOldestAndCountsThem() {
        CompanionSession slow = session("slow");
        for (int i = 0; i < 6; i++) {
            inbox.add(text("m" + i));
        }
        assertThat(inbox.dropped()).isEqualTo(2);
        assertThat(slow.waiting()).isEqualTo(4);
        assertThat(read(slow)).isEqualTo("m2");
        assertThat(inbox.size()).isLessThanOrEqualTo(4);
    }

    @Test
    void readMessagesAreForgottenOnceEverySessionHasThem() {
        CompanionSession a = session("a");
        CompanionSession b = session("b");
        inbox.add(text("x"));
        read(a);
        assertThat(inbox.size()).isEqualTo(1);
        read(b);
        assertThat(inbox.size()).isZero();
    }

    @Test
    void unreadMessagesSurviveARestartAndReadOnesDoNot() {
        InMemoryInboxStore store = new InMemoryInboxStore();
        Inbox before = new Inbox(4, "alice", store);
        CompanionSession app = new CompanionSession(null, before, () -> { });
        before.attach(app);
        before.add(text("read before"));
        assertThat(app.next()).isPresent();
        before.detach(app);
        for (String t : List.of("a", "b", "c", "d", "e")) {
            before.add(text(t));
        }
        assertThat(store.load("alice")).as("bounded by the capacity").extracting(m -> m.message().text())
                .containsExactly("b", "c", "d", "e");

        Inbox after = new Inbox(4, "alice", store);
        CompanionSession first = new CompanionSession(null, after, () -> { });
        after.attach(first);
        List<String> got = new ArrayList<>();
        for (String t = read(first); t != null; t = read(first)) {
            got.add(t);
        }
        assertThat(got).containsExactly("b", "c", "d", "e");
        after.add(text("new"));
        assertThat(read(first)).isEqualTo("new");
        assertThat(store.load("alice")).as("read by every session: forgotten").isEmpty();
        assertThat(new Inbox(4, "alice", store).size()).isZero();
        assertThat(store.load("bob")).isEmpty();
    }
}
