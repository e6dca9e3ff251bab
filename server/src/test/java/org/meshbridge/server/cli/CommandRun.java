package org.meshbridge.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;

/**
 * One run of the command tree through {@link CommandLine#execute} with stdin given and stdout and
 * stderr captured. The demo launcher refuses to run: the tools never start a server.
 */
record CommandRun(int exit, String out, String err) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static CommandRun execute(String... args) {
        return withStdin("", args);
    }

    static CommandRun withStdin(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine((settings, o, e) -> {
            throw new AssertionError("a tool command started the demo");
        }, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new CommandRun(exit, out.toString().replace(System.lineSeparator(), "\n"),
                err.toString().replace(System.lineSeparator(), "\n"));
    }

    /** stderr, which must be exactly one line. */
    String oneErrorLine() {
        assertThat(err).endsWith("\n");
        assertThat(err.lines()).hasSize(1);
        return err.strip();
    }

    /** stdout as JSON, which must be one object on one line. */
    JsonNode json() {
        assertThat(out.lines()).hasSize(1);
        return parse(out);
    }

    /** stdout as one JSON object per line. */
    List<JsonNode> jsonLines() {
        return out.lines().map(CommandRun::parse).toList();
    }

    /** The value printed after {@code label} on the first text line that starts with it (after indentation). */
    String field(String label) {
        return out.lines()
                .map(String::strip)
                .filter(l -> l.startsWith(label + "  "))
                .map(l -> l.substring(label.length()).strip())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line '" + label + "' in:\n" + out));
    }

    private static JsonNode parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            assertThat(node.isObject()).as("a JSON object: %s", line).isTrue();
            return node;
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
