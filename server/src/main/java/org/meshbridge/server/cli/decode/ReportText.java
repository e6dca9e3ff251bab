package org.meshbridge.server.cli.decode;

/**
 * A {@link Report} as aligned lines for a terminal: {@code label  value}, sections as an indented
 * block under {@code label:}, every value in one column. Control characters in values (names and
 * messages come off the air) are shown escaped, so a packet cannot drive the terminal.
 */
public final class ReportText {

    private static final int INDENT = 2;
    private static final int GAP = 2;
    private static final int MAX_COLUMN = 30;
    private static final String NOTE = "note";

    private ReportText() {
    }

    /** The report as lines, each ending in {@code \n}. */
    public static String render(Report report) {
        int column = Math.min(MAX_COLUMN, width(report, 0) + GAP);
        StringBuilder out = new StringBuilder();
        render(report, 0, column, out);
        return out.toString();
    }

    private static void render(Report report, int indent, int column, StringBuilder out) {
        for (Report.Field field : report.fields()) {
            if (field.isSection()) {
                out.append(" ".repeat(indent)).append(field.label()).append(":\n");
                render((Report) field.json(), indent + INDENT, column, out);
            } else if (field.text() != null) {
                line(indent, field.label(), field.text(), column, out);
            }
        }
        for (String note : report.notes()) {
            line(indent, NOTE, note, column, out);
        }
    }

    private static void line(int indent, String label, String value, int column, StringBuilder out) {
        String start = " ".repeat(indent) + label;
        out.append(start).append(" ".repeat(Math.max(GAP, column - start.length()))).append(escapeControls(value)).append('\n');
    }

    private static int width(Report report, int indent) {
        int width = report.notes().isEmpty() ? 0 : indent + NOTE.length();
        for (Report.Field field : report.fields()) {
            if (field.isSection()) {
                width = Math.max(width, width((Report) field.json(), indent + INDENT));
            } else if (field.text() != null) {
                width = Math.max(width, indent + field.label().length());
            }
        }
        return width;
    }

    /** C0 and C1 controls and DEL as {@code \x1b}, {@code \n} as {@code \n}; everything else as is. */
    static String escapeControls(String value) {
        StringBuilder s = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
            if (control && s == null) {
                s = new StringBuilder(value.length() + 8).append(value, 0, i);
            }
            if (s != null) {
                if (!control) {
                    s.append(c);
                } else if (c == '\n') {
                    s.append("\\n");
                } else {
                    s.append(String.format("\\x%02x", (int) c));
                }
            }
        }
        return s == null ? value : s.toString();
    }
}
