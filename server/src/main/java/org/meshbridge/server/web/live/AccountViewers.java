package org.meshbridge.server.web.live;

import java.time.Instant;
import java.util.Objects;
import org.meshbridge.server.accounts.Accounts;
import org.meshbridge.server.accounts.Principal;

/** The accounts seen through {@link LiveViewer}: tokens checked on the accounts' executor, revocations closing connections. */
public final class AccountViewers {

    private AccountViewers() {
    }

    /** Authenticates tokens with {@link Accounts#authenticateAsync} (off the Netty thread). */
    public static LiveAuthenticator authenticator(Accounts accounts) {
        Objects.requireNonNull(accounts, "accounts");
        return token -> accounts.authenticateAsync(token).thenApply(principal -> principal.map(PrincipalViewer::new));
    }

    /** Closes an account's live connections (1008) when its password changes or it is removed. */
    public static void closeOnRevocation(Accounts accounts, LiveHub hub) {
        accounts.addRevocationListener(name -> hub.disconnect(viewer -> viewer.name().equals(name),
                "signed out: the account's password changed or it was removed"));
    }

    /** The viewer of {@code principal}. */
    public static LiveViewer of(Principal principal) {
        return new PrincipalViewer(principal);
    }

    /** A signed-in account as of its token check; its session ends at {@link Principal#expires()}. */
    private record PrincipalViewer(Principal principal) implements LiveViewer {

        PrincipalViewer {
            Objects.requireNonNull(principal, "principal");
        }

        @Override
        public String name() {
            return principal.name();
        }

        @Override
        public boolean canRead(String room) {
            return principal.canRead(room);
        }

        @Override
        public boolean isAdmin() {
            return principal.isAdmin();
        }

        @Override
        public boolean expired(Instant now) {
            return !now.isBefore(principal.expires());
        }
    }
}
