package org.meshbridge.server.app;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meshbridge.core.room.DemoRoom;
import org.meshbridge.server.config.MeshbridgeConfig;
import org.meshbridge.server.config.StorageSettings;
import org.meshbridge.server.store.Dialect;
import org.meshbridge.server.web.HealthEndpoint;
import org.meshbridge.server.web.PacketsEndpoint;
import org.meshbridge.server.web.auth.AuthEndpoints;

/** The lines a run prints at start: what it is, who the node is, and how to look at it. */
final class Banner {

    /** Where the storage, room and channel lines start in {@link MeshbridgeConfig#summary()}. */
    private static final int SUMMARY_STORE_LINE = 4;

    private Banner() {
    }

    static List<String> lines(Launch launch, IdentityStore.Loaded identity, Optional<String> linkId, InetSocketAddress http,
                              Dialect store, Optional<String> demoPassword, List<String> companionLines) {
        MeshbridgeConfig config = launch.config();
        String url = url(config.server().scheme(), http);
        List<String> lines = new ArrayList<>();
        lines.add("meshbridge " + BuildInfo.version());
        if (launch.isDemo()) {
            lines.add("DEMO: no config file given, so this is a demo on a SIMULATED mesh (no real radio):"
                    + " 2 repeaters and 3 companions chatting on the Public channel.");
            lines.add("DEMO: for a real radio use 'meshbridge run --config FILE' (see docs/configuration.md).");
        }
        lines.add("Node \"" + config.node().name() + "\", public key " + identity.identity().publicKey().hex()
                + (identity.created() ? " (new identity created in " : " (identity from ") + identity.file() + ")");
        List<String> summary = config.summary();
        lines.add(capitalise(summary.get(1)) + linkId.map(id -> ", link " + id).orElse(""));
        lines.add(capitalise(summary.get(2)));
        summary.stream().skip(SUMMARY_STORE_LINE).map(Banner::capitalise).forEach(lines::add);
        if (launch.isDemo()) {
            lines.add(demoRoom(config, store));
        }
        lines.add("Web app: open " + url + "/ in a browser (API: " + url + "/api/v1/openapi.json)");
        lines.add("HTTP listening on " + url + " (health: " + url + HealthEndpoint.PATH + ")");
        lines.add("Packets heard and sent: curl " + url + PacketsEndpoint.PATH + "?limit=10");
        demoPassword.ifPresent(password -> lines.add("DEMO: open " + url + "/ and sign in as \"" + AccountAssembly.DEMO_ACCOUNT
                + "\" with password \"" + password + "\" (new every run), or: curl -X POST " + url + AuthEndpoints.LOGIN
                + " -H 'Content-Type: application/json' -d '{\"username\":\"" + AccountAssembly.DEMO_ACCOUNT
                + "\",\"password\":\"" + password + "\"}'"));
        lines.addAll(companionLines);
        lines.add("Press Ctrl-C to stop.");
        return lines;
    }

    /** The demo's room line: who posts, and how to read the posts until the web app shows them. */
    private static String demoRoom(MeshbridgeConfig config, Dialect store) {
        String read = store == Dialect.SQLITE
                ? "sqlite3 " + config.node().dataDir().resolve(StorageSettings.DEFAULT_FILE_NAME)
                        + " \"select datetime(ts,'unixepoch'), author_name, body from post where room='" + DemoRoom.NAME
                        + "' order by ts\""
                : "the post table of " + config.storage().redactedUrl();
        return "DEMO: room \"" + DemoRoom.NAME + "\" (guest password " + DemoRoom.GUEST_PASSWORD + "): alice and carol"
                + " post to it every few minutes; it keeps every post. Read them in the web app, or: " + read;
    }

    private static String url(String scheme, InetSocketAddress bound) {
        String host = bound.getAddress().getHostAddress();
        return scheme + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort();
    }

    private static String capitalise(String line) {
        return Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }
}
