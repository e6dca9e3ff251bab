package org.meshbridge.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.meshbridge.server.web.auth.AuthEndpoints;

/** {@link JsonBodies} on anything a client may send: the record, or an {@link HttpProblem} 400; nothing else. */
class JsonBodiesProperties {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Property
    void anyBytesGiveTheRecordOrA400(@ForAll byte[] body) {
        parseOr400(body);
    }

    @Property
    void anyTextGivesTheRecordOrA400(@ForAll String text) {
        parseOr400(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property
    void cutAndMangledLoginsGiveTheRecordOrA400(@ForAll("logins") Map<String, Object> login, @ForAll int cut,
                                                @ForAll byte flip) throws Exception {
        byte[] bytes = JSON.writeValueAsBytes(login);
        int at = Math.floorMod(cut, bytes.length + 1);
        byte[] cutBytes = java.util.Arrays.copyOf(bytes, at);
        parseOr400(cutBytes);
        if (bytes.length > 0) {
            bytes[Math.floorMod(cut, bytes.length)] ^= flip;
            parseOr400(bytes);
        }
    }

    @Property
    void aWellFormedLoginReadsBack(@ForAll("names") String username, @ForAll String password) throws Exception {
        byte[] body = JSON.writeValueAsBytes(Map.of("username", username, "password", password));
        AuthEndpoints.LoginRequest login = JsonBodies.parse(body, AuthEndpoints.LoginRequest.class);
        assertThat(login.username()).isEqualTo(username);
        assertThat(new String(login.password())).isEqualTo(password);
    }

    @Example
    void deepNestingIsA400NotAStackOverflow() {
        parseOr400(("{\"username\":" + "[".repeat(100_000)).getBytes(StandardCharsets.US_ASCII));
    }

    @Provide
    Arbitrary<Map<String, Object>> logins() {
        Arbitrary<Object> values = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20).map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i), Arbitraries.just((Object) List.of("x")),
                Arbitraries.just((Object) Map.of("a", 1)), Arbitraries.just(null));
        return Arbitraries.maps(Arbitraries.of("username", "password", "extra", "user"), values).ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().ofMaxLength(40);
    }

    private static void parseOr400(byte[] body) {
        try {
            AuthEndpoints.LoginRequest login = JsonBodies.parse(body, AuthEndpoints.LoginRequest.class);
            assertThat(login).isNotNull();
        } catch (HttpProblem problem) {
            assertThat(problem.response().status().code()).isEqualTo(400);
        }
    }
}
