package org.meshbridge.server.web.auth;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.meshbridge.server.accounts.AccountException;
import org.meshbridge.server.accounts.Accounts;
import org.meshbridge.server.accounts.LoginOutcome;
import org.meshbridge.server.accounts.Principal;
import org.meshbridge.server.accounts.Role;
import org.meshbridge.server.accounts.RoomGrants;
import org.meshbridge.server.web.HttpCall;
import org.meshbridge.server.web.HttpProblem;
import org.meshbridge.server.web.JsonBodies;
import org.meshbridge.server.web.JsonResponse;
import org.meshbridge.server.web.Route;

/**
 * {@code POST /api/v1/auth/login}, {@code POST /api/v1/auth/logout}, {@code GET /api/v1/me} and
 * the admin's {@code /api/v1/admin/users} (list, add, remove, set password). See docs/http-api.md.
 */
public final class AuthEndpoints {

    public static final String LOGIN = "/api/v1/auth/login";
    public static final String LOGOUT = "/api/v1/auth/logout";
    public static final String ME = "/api/v1/me";
    public static final String USERS = "/api/v1/admin/users";
    public static final String USER = "/api/v1/admin/users/{name}";
    public static final String USER_PASSWORD = "/api/v1/admin/users/{name}/password";

    /** {@code {"username":"…","password":"…"}}. */
    public record LoginRequest(String username, char[] password) {
    }

    /** The login answer: the bearer token, when it expires, and who it signs in. */
    @JsonPropertyOrder({"token", "expires", "account"})
    public record LoginResponse(String token, String expires, AccountView account) {
    }

    /** {@code {"name":"…","password":"…","role":"member","rooms":"lobby,news:read"}}; role and rooms optional. */
    public record NewUser(String name, char[] password, String role, String rooms) {
    }

    /** {@code {"password":"…"}}. */
    public record NewPassword(char[] password) {
    }

    /** A list of accounts. */
    public record UserList(int count, List<AccountView> users) {
    }

    private final Authenticator auth;
    private final RequestLimits limits;

    public AuthEndpoints(Authenticator auth, RequestLimits limits) {
        this.auth = Objects.requireNonNull(auth, "auth");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Every route of this class. */
    public List<Route> routes() {
        return List.of(
                Route.of(LOGIN, Set.of(HttpMethod.POST), this::login),
                auth.route(LOGOUT, Set.of(HttpMethod.POST), (call, who) -> {
                    auth.accounts().logout(call.bearerToken().orElseThrow());
                    return JsonResponse.ok(Map.of("status", "signed_out"));
                }),
                auth.route(ME, Set.of(HttpMethod.GET), (call, who) -> JsonResponse.ok(AccountView.of(who))),
                auth.admin(USERS, Set.of(HttpMethod.GET, HttpMethod.POST), this::users),
                auth.admin(USER, Set.of(HttpMethod.GET, HttpMethod.DELETE), this::user),
                auth.admin(USER_PASSWORD, Set.of(HttpMethod.PUT), this::password));
    }

    private CompletionStage<JsonResponse> login(HttpCall call) {
        LoginRequest request;
        try {
            limits.checkLogin(call);
            request = JsonBodies.read(call, LoginRequest.class);
            if (request.username() == null || request.password() == null) {
                throw HttpProblem.badRequest("send {\"username\": \"…\", \"password\": \"…\"}");
            }
        } catch (HttpProblem problem) {
            return CompletableFuture.completedFuture(problem.response());
        }
        return auth.accounts().loginAsync(request.username(), request.password(), call.client())
                .thenApply(AuthEndpoints::loginAnswer).exceptionally(Authenticator::unwrap);
    }

    private static JsonResponse loginAnswer(LoginOutcome outcome) {
        if (outcome instanceof LoginOutcome.Success ok) {
            return JsonResponse.ok(new LoginResponse(ok.token(), ok.expires().toString(), AccountView.of(ok.principal())));
        }
        if (outcome instanceof LoginOutcome.LockedOut locked) {
            long seconds = Math.max(1, locked.retryAfter().toSeconds() + (locked.retryAfter().toNanosPart() > 0 ? 1 : 0));
            return RequestLimits.tooMany("too many failed logins; try again in " + seconds + " s", seconds).response();
        }
        return new HttpProblem(HttpResponseStatus.UNAUTHORIZED, "invalid_credentials",
                "unknown user name or wrong password").response();
    }

    private JsonResponse users(HttpCall call, Principal who) {
        Accounts accounts = auth.accounts();
        if (call.request().method().equals(HttpMethod.POST)) {
            NewUser user = JsonBodies.read(call, NewUser.class);
            Role role = user.role() == null ? Role.MEMBER : Role.fromCode(user.role())
                    .orElseThrow(() -> HttpProblem.badRequest("role must be admin, member or read-only"));
            try {
                Optional<RoomGrants> rooms = user.rooms() == null ? Optional.empty() : Optional.of(RoomGrants.parse(user.rooms()));
                var added = accounts.add(user.name(), role, rooms, user.password());
                return new JsonResponse(HttpResponseStatus.CREATED, AccountView.of(added), Map.of());
            } catch (AccountException e) {
                throw problem(e);
            }
        }
        List<AccountView> views = accounts.list().stream().map(AccountView::of).toList();
        return JsonResponse.ok(new UserList(views.size(), views));
    }

    private JsonResponse user(HttpCall call, Principal who) {
        String name = call.pathParam("name");
        if (call.request().method().equals(HttpMethod.DELETE)) {
            if (!auth.accounts().remove(name)) {
                throw problem(new AccountException(AccountException.Reason.NOT_FOUND, "no account " + name));
            }
            return JsonResponse.ok(Map.of("status", "removed", "name", name));
        }
        return JsonResponse.ok(AccountView.of(auth.accounts().find(name).orElseThrow(
                () -> problem(new AccountException(AccountException.Reason.NOT_FOUND, "no account " + name)))));
    }

    private JsonResponse password(HttpCall call, Principal who) {
        NewPassword body = JsonBodies.read(call, NewPassword.class);
        try {
            auth.accounts().passwd(call.pathParam("name"), body.password());
        } catch (AccountException e) {
            throw problem(e);
        }
        return JsonResponse.ok(Map.of("status", "password_changed", "name", call.pathParam("name")));
    }

    /** The HTTP error for an account refusal. */
    static HttpProblem problem(AccountException e) {
        return switch (e.reason()) {
            case NOT_FOUND -> new HttpProblem(HttpResponseStatus.NOT_FOUND, "not_found", e.getMessage());
            case EXISTS -> new HttpProblem(HttpResponseStatus.CONFLICT, "exists", e.getMessage());
            case BUSY -> Authenticator.busy();
            default -> HttpProblem.badRequest(e.getMessage());
        };
    }
}
