package org.meshbridge.server.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.server.cli.decode.NamedChannel;
import org.meshbridge.server.cli.decode.NamedRegion;
import org.meshbridge.server.cli.decode.PacketDescriber;
import org.meshbridge.server.cli.decode.Report;
import org.meshbridge.server.cli.decode.ReportJson;
import org.meshbridge.server.cli.decode.ReportText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code meshbridge decode HEX... [--channel-secret S]... [--region NAME]... [--json]}: every field
 * of each on-air packet. An invalid packet is one line on stderr; the others are still printed,
 * and the exit code is then 2.
 */
@Command(name = "decode", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Print every field of MeshCore on-air packets given in hex.",
            "Header, transport codes, path, packet hash and payload; channel messages are decrypted with the"
                    + " Public channel and any --channel-secret; advert signatures are verified."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every packet decoded",
            "2:an invalid packet or bad hex (reported on stderr; the other packets are still printed), or a bad option"},
        footer = {"%nExamples:",
            "  meshbridge decode 0D04B891647EBB40BA70",
            "  meshbridge decode --channel-secret '#bot' --region ottawa --json HEX",
            "  meshbridge decode - < capture.txt"})
final class DecodeCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "HEX",
            description = {"A packet in hex, either case; spaces are ignored (quote them). Several packets may follow.",
                "'-' reads packets from stdin, one per line (blank lines and # comments skipped)."})
    private List<String> packets;

    @Option(names = "--channel-secret", paramLabel = "SECRET",
            description = {"A channel to decrypt with: #name (hashtag channel), 32 or 64 hex digits, or base64"
                    + " (the apps' form). Repeatable; the Public channel is always tried."})
    private List<String> channelSecrets = new ArrayList<>();

    @Option(names = "--region", paramLabel = "NAME",
            description = "A hashtag region (e.g. ottawa or #ottawa): says whether it made a packet's transport code. Repeatable.")
    private List<String> regionNames = new ArrayList<>();

    @Option(names = "--json", description = "One JSON object per packet, one per line, instead of text.")
    private boolean json;

    /** One packet to decode and where it came from. */
    private record Input(String source, String hex) {
    }

    @Override
    public Integer call() {
        PacketDescriber describer = new PacketDescriber(channels(), regions());
        List<Input> inputs = inputs();
        if (inputs.isEmpty()) {
            throw new InvalidInput(spec.commandLine(), "no packets on stdin: give one hex packet per line");
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean several = inputs.size() > 1;
        int exit = ExitCodes.OK;
        boolean first = true;
        for (Input input : inputs) {
            Report report = describe(describer, input, several);
            if (report == null) {
                exit = ExitCodes.USAGE;
                continue;
            }
            if (json) {
                out.println(ReportJson.render(report));
            } else {
                out.print((first ? "" : System.lineSeparator()) + ReportText.render(report).replace("\n", System.lineSeparator()));
            }
            first = false;
        }
        out.flush();
        return exit;
    }

    /** The report, or null after printing why the input is not a packet. */
    private Report describe(PacketDescriber describer, Input input, boolean several) {
        String where = several ? " at " + input.source() : "";
        Bytes frame;
        try {
            frame = Bytes.fromHex(input.hex());
        } catch (IllegalArgumentException e) {
            error("invalid hex" + where + ": " + e.getMessage());
            return null;
        }
        try {
            return describer.describe(frame, several ? input.source() : null);
        } catch (MalformedFrameException e) {
            error("invalid packet" + where + ": " + e.getMessage());
            return null;
        }
    }

    private List<Input> inputs() {
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < packets.size(); i++) {
            if (packets.get(i).equals("-")) {
                readStdin(inputs);
            } else {
                inputs.add(new Input("argument " + (i + 1), packets.get(i)));
            }
        }
        return inputs;
    }

    private void readStdin(List<Input> inputs) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(main.stdin(), StandardCharsets.UTF_8));
        try {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String hex = line.strip();
                if (!hex.isEmpty() && !hex.startsWith("#")) {
                    inputs.add(new Input("stdin line " + lineNumber, hex));
                }
            }
        } catch (IOException e) {
            throw new InvalidInput(spec.commandLine(), "cannot read stdin: " + e.getMessage());
        }
    }

    private List<NamedChannel> channels() {
        List<NamedChannel> channels = new ArrayList<>(channelSecrets.size());
        for (int i = 0; i < channelSecrets.size(); i++) {
            try {
                channels.add(NamedChannel.parse(channelSecrets.get(i), i + 1));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput(spec.commandLine(), "--channel-secret number " + (i + 1) + " " + e.getMessage());
            }
        }
        return channels;
    }

    private List<NamedRegion> regions() {
        List<NamedRegion> regions = new ArrayList<>(regionNames.size());
        for (String name : regionNames) {
            try {
                regions.add(NamedRegion.parse(name));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput(spec.commandLine(), "--region '" + name + "': " + e.getMessage());
            }
        }
        return regions;
    }

    private void error(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": " + message);
        err.flush();
    }
}
