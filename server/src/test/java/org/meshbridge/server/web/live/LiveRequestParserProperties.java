package org.meshbridge.server.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/** {@link LiveRequestParser} on anything a client may send: a request or a {@link LiveRequestException}, nothing else. */
class LiveRequestParserProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final LiveRequestParser parser = new LiveRequestParser();

    @Property
    void anyTextParsesOrIsATypedError(@ForAll String text) {
        parseOrTypedError(text);
    }

    @Property
    void anyJsonValueParsesOrIsATypedError(@ForAll("jsonValues") Object value) throws Exception {
        parseOrTypedError(JSON.writeValueAsString(value));
    }

    @Property
    void mangledRequestsParseOrAreATypedError(@ForAll("subscribes") Map<String, Object> request,
            @ForAll("cuts") int cut) throws Exception {
        String text = JSON.writeValueAsString(request);
        parseOrTypedError(text.substring(0, Math.min(cut, text.length())));
    }

    @Property
    void aValidSubscribeIsReadBack(@ForAll("subscribes") Map<String, Object> request) throws Exception {
        LiveRequest parsed = parser.parse(JSON.writeValueAsString(request));
        assertThat(parsed).isInstanceOf(LiveRequest.Subscribe.class);
        LiveRequest.Subscribe subscribe = (LiveRequest.Subscribe) parsed;
        @SuppressWarnings("unchecked")
        List<String> rooms = (List<String>) request.get("rooms");
        assertThat(subscribe.rooms()).isEqualTo(Optional.ofNullable(rooms).map(Set::copyOf));
        assertThat(subscribe.id()).isEqualTo(Optional.ofNullable((String) request.get("id")));
    }

    @Example
    void malformedRequestsSayWhy() {
        assertThatThrownBy(() -> parser.parse("{\"type\":\"ping\"} {}")).isInstanceOf(LiveRequestException.class);
        assertThatThrownBy(() -> parser.parse("{\"type\":\"ping\",\"type\":\"ping\"}"))
                .isInstanceOf(LiveRequestException.class);
        assertThatThrownBy(() -> parser.parse("{\"type\":\"subscribe\",\"rooms\":[\"../etc\"]}"))
                .hasMessageContaining("room names");
        assertThatThrownBy(() -> parser.parse("{\"type\":\"ping\",\"extra\":1}")).hasMessageContaining("unknown field");
        assertThatThrownBy(() -> parser.parse("[" .repeat(100) + "]".repeat(100))).isInstanceOf(LiveRequestException.class);
        assertThatThrownBy(() -> parser.parse("")).isInstanceOf(LiveRequestException.class);
    }

    private void parseOrTypedError(String text) {
        try {
            LiveRequest request = parser.parse(text);
            assertThat(request).isNotNull();
        } catch (LiveRequestException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<Object> jsonValues() {
        Arbitrary<Object> leaves = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40).map(s -> (Object) s),
                Arbitraries.of("type", "subscribe", "ping", "rooms", "id", "lobby").map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
        return Arbitraries.recursive(() -> leaves, this::nest, 4);
    }

    private Arbitrary<Object> nest(Arbitrary<Object> inner) {
        Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.of("type", "rooms", "id", "x"),
                Arbitraries.strings().ofMaxLength(8));
        return Arbitraries.oneOf(
                inner.list().ofMaxSize(5).map(list -> (Object) list),
                Arbitraries.maps(keys, inner).ofMaxSize(4).map(map -> (Object) map));
    }

    @Provide
    Arbitrary<Map<String, Object>> subscribes() {
        Arbitrary<String> room = Arbitraries.strings().withChars("abcXYZ019._-").ofMinLength(0).ofMaxLength(30)
                .map(tail -> "r" + tail);
        Arbitrary<List<String>> rooms = room.list().ofMaxSize(10).injectNull(0.3);
        Arbitrary<String> id = Arbitraries.strings().ofMaxLength(LiveRequestParser.MAX_ID_CHARS).injectNull(0.5);
        return net.jqwik.api.Combinators.combine(rooms, id).as((r, i) -> {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("type", "subscribe");
            if (r != null) {
                request.put("rooms", r);
            }
            if (i != null) {
                request.put("id", i);
            }
            return request;
        });
    }

    @Provide
    Arbitrary<Integer> cuts() {
        return Arbitraries.integers().between(0, 400);
    }
}
