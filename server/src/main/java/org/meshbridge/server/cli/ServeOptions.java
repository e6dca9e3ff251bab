package org.meshbridge.server.cli;

import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import org.meshbridge.server.app.DemoSettings;
import org.meshbridge.server.net.ListenAddress;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of every command that serves: where to listen, and the explicit insecure opt-in. */
final class ServeOptions {

    /** The default listen address: loopback only (secure by default). */
    static final String DEFAULT_LISTEN = "127.0.0.1:7070";

    @Option(names = "--listen", paramLabel = "HOST:PORT", defaultValue = DEFAULT_LISTEN,
            converter = ListenAddressConverter.class,
            description = "Address for HTTP (default: ${DEFAULT-VALUE}); an IPv6 host goes in brackets; port 0 picks a free port.")
    ListenAddress listen;

    @Option(names = "--insecure",
            description = "Allow a non-loopback --listen address without TLS (TLS is not implemented yet;"
                    + " put a TLS reverse proxy in front).")
    boolean insecure;

    /**
     * Resolves and checks the options.
     *
     * @throws InvalidInput (exit 2) if the host does not resolve, or is not loopback
     *     and {@code --insecure} is absent
     */
    DemoSettings demoSettings(CommandLine commandLine) {
        InetSocketAddress address;
        try {
            address = listen.resolve();
        } catch (UnknownHostException e) {
            throw new InvalidInput(commandLine,
                    "cannot resolve host '" + listen.host() + "' in --listen " + listen);
        }
        if (!address.getAddress().isLoopbackAddress() && !insecure) {
            throw new InvalidInput(commandLine, "refusing to listen on " + listen
                    + ": not a loopback address and TLS is not implemented yet;"
                    + " listen on 127.0.0.1 behind a TLS reverse proxy, or add --insecure");
        }
        return new DemoSettings(address, insecure);
    }
}
