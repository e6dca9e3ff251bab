package org.meshbridge.server.alert;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.meshbridge.core.nodes.Alert;

/** Alerts as text for people: the log line and the mesh direct message. */
public final class AlertText {

    /** The most UTF-8 bytes a MeshCore text message carries ({@code MAX_TEXT_LEN}). */
    public static final int MAX_MESH_TEXT_BYTES = 160;

    private AlertText() {
    }

    /**
     * One logfmt line: {@code alert kind=node_silent subject=<id> name="Hill" at=... reason="..."};
     * values with spaces, quotes or control characters are quoted and escaped, so one alert is one line.
     */
    public static String logLine(Alert alert) {
        StringBuilder line = new StringBuilder("alert");
        field(line, "kind", alert.kind().key());
        field(line, "subject", alert.subject());
        alert.node().ifPresent(node -> field(line, "name", node.name()));
        field(line, "at", alert.at().toString());
        alert.node().ifPresent(node -> {
            field(line, "role", node.role().key());
            field(line, "state", node.state().key());
            field(line, "last_heard", node.lastHeard().toString());
        });
        field(line, "reason", alert.reason());
        return line.toString();
    }

    /**
     * The direct message to an admin, e.g. {@code "meshbridge: SILENT Hill rpt (a1b2c3d4): not heard for 2h 10m"},
     * cut to {@value #MAX_MESH_TEXT_BYTES} UTF-8 bytes on a character boundary.
     */
    public static String meshMessage(Alert alert) {
        String what = alert.kind().key().replace("node_", "").replace('_', ' ').toUpperCase(Locale.ROOT);
        String prefix = alert.subject().substring(0, Math.min(8, alert.subject().length()));
        String who = alert.kind().isBridge() ? "bridge " + alert.subject()
                : alert.node().map(n -> n.name() + " (" + prefix + ")").orElse(prefix);
        return truncate("meshbridge: " + what + " " + who + ": " + alert.reason(), MAX_MESH_TEXT_BYTES);
    }

    /** {@code text} cut to at most {@code maxBytes} UTF-8 bytes, never inside a character. */
    static String truncate(String text, int maxBytes) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer out = ByteBuffer.allocate(maxBytes);
        CharBuffer in = CharBuffer.wrap(text);
        encoder.encode(in, out, true);
        return text.substring(0, in.position());
    }

    private static void field(StringBuilder line, String key, String value) {
        line.append(' ').append(key).append('=');
        boolean plain = !value.isEmpty() && value.chars().allMatch(c -> c > ' ' && c != '"' && c != '=' && c != '\\'
                && c < 0x7f);
        if (plain) {
            line.append(value);
            return;
        }
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (c < ' ' || c == 0x7f) {
                        line.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        line.append('"');
    }
}
