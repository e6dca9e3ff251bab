package org.meshbridge.server.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.meshbridge.server.web.HttpProblem;

/**
 * The REST resources' query parameters are untrusted: any query string gives a number within
 * the bounds, nothing, or a 400 {@link HttpProblem}, never another exception.
 */
class QueryParamsProperties {

    @Property
    void anyQueryStringGivesANumberInRangeOrA400(@ForAll String query) {
        QueryParams params = new QueryParams(new QueryStringDecoder("/api/v1/rooms/x/posts?" + query).parameters());
        try {
            OptionalLong limit = params.number("limit", 1, 200);
            limit.ifPresent(value -> assertThat(value).isBetween(1L, 200L));
        } catch (HttpProblem problem) {
            assertThat(problem.response().status()).isEqualTo(HttpResponseStatus.BAD_REQUEST);
        }
    }

    @Property
    void everyNumberInRangeIsReadBackAndEveryOtherIsRefused(@ForAll @LongRange(min = -5, max = 300) long value) {
        QueryParams params = new QueryParams(new QueryStringDecoder("/p?before=" + value).parameters());
        if (value >= 0 && value <= 200) {
            assertThat(params.number("before", 0, 200)).hasValue(value);
        } else {
            try {
                params.number("before", 0, 200);
                throw new AssertionError("accepted " + value);
            } catch (HttpProblem problem) {
                assertThat(problem.response().status()).isEqualTo(HttpResponseStatus.BAD_REQUEST);
            }
        }
    }

    @Property
    void aParameterGivenTwiceIsRefused(@ForAll @LongRange(min = 1, max = 200) long a, @ForAll @LongRange(min = 1, max = 200) long b) {
        QueryParams params = new QueryParams(new QueryStringDecoder("/p?limit=" + a + "&limit=" + b).parameters());
        try {
            params.number("limit", 1, 200);
            throw new AssertionError("accepted limit twice");
        } catch (HttpProblem problem) {
            assertThat(problem.getMessage()).contains("given once");
        }
    }
}
