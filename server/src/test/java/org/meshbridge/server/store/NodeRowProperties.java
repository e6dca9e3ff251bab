package org.meshbridge.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.meshbridge.core.nodes.AlertKind;
import org.meshbridge.core.nodes.BatteryReading;
import org.meshbridge.core.nodes.LivenessMemory;
import org.meshbridge.core.nodes.LivenessState;
import org.meshbridge.core.nodes.NodeRole;
import org.meshbridge.core.nodes.Position;
import org.meshbridge.core.nodes.SavedNode;
import org.meshbridge.core.radio.SignalReport;

/**
 * {@code mesh_node} rows: every node meshbridge saves reads back equal, and a row with any one
 * column damaged reads back as a node or as a {@link NodeRowException}, never anything else (the
 * loader skips such a node with a log line; nothing may escape and stop the start).
 */
class NodeRowProperties {

    private static final RecordComponent[] COLUMNS = NodeRow.class.getRecordComponents();

    @Property
    void everySavedNodeReadsBackEqual(@ForAll("savedNodes") SavedNode node) throws Exception {
        assertThat(NodeRow.of(node).decode()).isEqualTo(node);
    }

    @Property(tries = 3000)
    void aRowWithOneColumnDamagedIsANodeOrATypedError(@ForAll("savedNodes") SavedNode node,
                                                      @ForAll @IntRange(min = 0, max = 28) int column,
                                                      @ForAll String text, @ForAll long number, @ForAll int small,
                                                      @ForAll double real, @ForAll boolean nullValue) throws Exception {
        Object[] values = values(NodeRow.of(node));
        Class<?> type = COLUMNS[column].getType();
        boolean nullable = !type.isPrimitive();
        Object garbage;
        if (nullable && nullValue) {
            garbage = null;
        } else if (type == String.class) {
            garbage = text;
        } else if (type == long.class || type == Long.class) {
            garbage = number;
        } else if (type == int.class || type == Integer.class) {
            garbage = small;
        } else {
            garbage = real;
        }
        values[column] = garbage;
        NodeRow damaged = row(values);
        try {
            assertThat(damaged.decode().id()).hasSize(64);
        } catch (NodeRowException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property
    void anyGapsTextIsGapsOrATypedError(@ForAll String text) {
        try {
            List<Duration> gaps = NodeRow.gaps(text);
            assertThat(gaps).hasSizeLessThanOrEqualTo(SavedNode.MAX_GAPS).allMatch(g -> !g.isNegative() && !g.isZero());
        } catch (NodeRowException expected) {
            assertThat(expected.getMessage()).startsWith("gaps_ms");
        }
    }

    @Example
    void damagedColumnsAreNamed() throws Exception {
        NodeRow good = NodeRow.of(JdbcStorageContract.savedNode(JdbcStorageContract.NODE_A, "hill", Instant.EPOCH.plusSeconds(86_400 * 400), true));
        Object[] values = values(good);
        values[17] = "asleep";
        assertThatThrownBy(() -> row(values).decode()).isInstanceOf(NodeRowException.class)
                .hasMessage("state 'asleep' is not online, late or offline");
        Object[] gaps = values(good);
        gaps[7] = "120000,,5";
        assertThatThrownBy(() -> row(gaps).decode()).hasMessage("gaps_ms holds '', not a number of ms");
        Object[] position = values(good);
        position[8] = Double.NaN;
        assertThatThrownBy(() -> row(position).decode()).hasMessageStartingWith("latitude/longitude NaN");
        Object[] time = values(good);
        time[3] = -1L;
        assertThatThrownBy(() -> row(time).decode()).hasMessageStartingWith("first_heard_ms -1 is not a time");
    }

    @Provide
    Arbitrary<SavedNode> savedNodes() {
        Arbitrary<Instant> time = Arbitraries.longs().between(0, NodeRow.MAX_MS).map(Instant::ofEpochMilli);
        Arbitrary<String> id = Arbitraries.strings().withChars("0123456789abcdef").ofLength(64);
        Arbitrary<Optional<Instant>> advertTime = Arbitraries.longs().between(1, 0xFFFF_FFFFL).map(Instant::ofEpochSecond)
                .optional();
        Arbitrary<List<Duration>> gaps = Arbitraries.longs().between(1, NodeRow.MAX_GAP_MS).map(Duration::ofMillis).list()
                .ofMaxSize(SavedNode.MAX_GAPS);
        Arbitrary<Optional<Position>> position = Combinators.combine(Arbitraries.doubles().between(-90, 90),
                Arbitraries.doubles().between(-180, 180)).as(Position::new).optional();
        Arbitrary<Optional<BatteryReading>> battery = Combinators.combine(
                Arbitraries.integers().between(0, 65_535).optional(), Arbitraries.integers().between(0, 100).optional(),
                time).filter((mv, pct, at) -> mv.isPresent() || pct.isPresent())
                .as((mv, pct, at) -> new BatteryReading(mv.map(OptionalInt::of).orElse(OptionalInt.empty()),
                        pct.map(OptionalInt::of).orElse(OptionalInt.empty()), at)).optional();
        Arbitrary<Optional<SignalReport>> signal = Combinators.combine(Arbitraries.integers(), Arbitraries.integers())
                .as(SignalReport::new).optional();
        Arbitrary<LivenessMemory> memory = Combinators.combine(time, time,
                Arbitraries.of(AlertKind.NODE_LATE, AlertKind.NODE_SILENT).optional(), time.optional(),
                Arbitraries.doubles().between(0, 1e6), time, Arbitraries.of(true, false),
                Combinators.combine(Arbitraries.of(true, false), time.optional()).as(List::<Object>of))
                .as((reference, silentSince, alerted, lastSilence, penalty, penaltyAt, damped, battery2) ->
                        new LivenessMemory(reference, silentSince, alerted, lastSilence, penalty, penaltyAt, damped,
                                (Boolean) battery2.get(0), castOptional(battery2.get(1))));
        Arbitrary<Object[]> who = Combinators.combine(id, Arbitraries.strings().ofMaxLength(40), Arbitraries.of(NodeRole.class),
                time, time, advertTime, Arbitraries.longs().greaterOrEqual(0), gaps).as((a, b, c, d, e, f, g, h) ->
                new Object[] {a, b, c, d, e, f, g, h});
        Arbitrary<Object[]> how = Combinators.combine(position, battery, signal, Arbitraries.integers().between(0, 255),
                Arbitraries.strings().ofMaxLength(16), Arbitraries.of(LivenessState.class), time,
                Arbitraries.of(true, false)).as((a, b, c, d, e, f, g, h) -> new Object[] {a, b, c, d, e, f, g, h});
        return Combinators.combine(who, how, memory).as(NodeRowProperties::node);
    }

    @SuppressWarnings("unchecked")
    private static SavedNode node(Object[] w, Object[] h, LivenessMemory memory) {
        return new SavedNode((String) w[0], (String) w[1], (NodeRole) w[2], (Instant) w[3], (Instant) w[4],
                (Optional<Instant>) w[5], (Long) w[6], (List<Duration>) w[7], (Optional<Position>) h[0],
                (Optional<BatteryReading>) h[1], (Optional<SignalReport>) h[2], (Integer) h[3], (String) h[4],
                (LivenessState) h[5], (Instant) h[6], (Boolean) h[7], memory);
    }

    @SuppressWarnings("unchecked")
    private static Optional<Instant> castOptional(Object value) {
        return (Optional<Instant>) value;
    }

    private static Object[] values(NodeRow row) throws Exception {
        Object[] values = new Object[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            values[i] = COLUMNS[i].getAccessor().invoke(row);
        }
        return values;
    }

    private static NodeRow row(Object[] values) throws Exception {
        Class<?>[] types = Arrays.stream(COLUMNS).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<NodeRow> canonical = NodeRow.class.getDeclaredConstructor(types);
        return canonical.newInstance(values);
    }
}
