package org.meshbridge.server.cli.decode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What {@code meshbridge decode} says about one packet: named fields in order, some of them
 * nested sections. Each field has a JSON value (a string, number, boolean, list or section) and
 * the text a person reads; the JSON key is snake_case and the human label is the key with spaces
 * unless one is given. A field may be JSON-only (e.g. the ISO time beside a timestamp that the
 * text already shows) or text-only.
 *
 * <p>Render with {@link ReportText} or {@link ReportJson}.
 */
public final class Report {

    /**
     * One field.
     *
     * @param key   the JSON key, snake_case
     * @param label the human label
     * @param json  the JSON value, or null when the field is text-only
     * @param text  the human text, or null when the field is JSON-only; unused for sections
     */
    record Field(String key, String label, Object json, String text) {

        Field {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
            if (json == null && text == null) {
                throw new IllegalArgumentException("field " + key + " has neither a JSON value nor text");
            }
        }

        boolean isSection() {
            return json instanceof Report;
        }
    }

    /** Prefix of the keys of text-only fields, so a label may repeat a JSON-only key. */
    private static final String TEXT_ONLY_KEY = "text:";

    private final List<Field> fields = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A field shown in both forms; the text is the value's default rendering. */
    public Report put(String key, Object value) {
        return put(key, value, defaultText(value));
    }

    /** A field shown in both forms with its own text. */
    public Report put(String key, Object value, String text) {
        return add(new Field(key, labelOf(key), Objects.requireNonNull(value, key), Objects.requireNonNull(text, key)));
    }

    /** A field with its own human label. */
    public Report putLabelled(String key, String label, Object value, String text) {
        return add(new Field(key, label, Objects.requireNonNull(value, key), Objects.requireNonNull(text, key)));
    }

    /** A field only in the JSON form; {@code value} may be null (JSON null). */
    public Report json(String key, Object value) {
        return add(new Field(key, labelOf(key), value == null ? JsonNull.INSTANCE : value, null));
    }

    /** A field only in the text form. */
    public Report text(String label, String text) {
        return add(new Field(TEXT_ONLY_KEY + label, label, null, Objects.requireNonNull(text, label)));
    }

    /** A remark shown last in this section: a {@code notes} list in JSON, {@code note} lines in text. */
    public Report note(String note) {
        notes.add(Objects.requireNonNull(note, "note"));
        return this;
    }

    /** A new nested section under {@code key}. */
    public Report section(String key) {
        Report child = new Report();
        add(new Field(key, labelOf(key), child, ""));
        return child;
    }

    List<Field> fields() {
        return Collections.unmodifiableList(fields);
    }

    List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    /** The JSON value of {@code key} in this section, or null (for tests and callers that branch on a field). */
    public Object value(String key) {
        for (Field f : fields) {
            if (f.key().equals(key) && f.json() != null) {
                return f.json() == JsonNull.INSTANCE ? null : f.json();
            }
        }
        return null;
    }

    private Report add(Field field) {
        for (Field f : fields) {
            if (f.key().equals(field.key())) {
                throw new IllegalArgumentException("field " + field.key() + " added twice");
            }
        }
        fields.add(field);
        return this;
    }

    private static String labelOf(String key) {
        return key.replace('_', ' ');
    }

    private static String defaultText(Object value) {
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return "none";
            }
            StringBuilder s = new StringBuilder();
            for (Object o : list) {
                s.append(s.length() == 0 ? "" : " ").append(defaultText(o));
            }
            return s.toString();
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof Double d) {
            return Formats.decimal(d);
        }
        return String.valueOf(value);
    }

    /** JSON null, for {@link #json(String, Object)}; the list and record types here never hold null. */
    enum JsonNull {
        INSTANCE
    }
}
