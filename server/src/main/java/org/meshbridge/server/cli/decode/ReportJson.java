package org.meshbridge.server.cli.decode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Report} as one JSON object on one line: the JSON fields in order, sections as nested
 * objects, notes as a {@code notes} array; numbers stay numbers.
 */
public final class ReportJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportJson() {
    }

    /** The report as one line of JSON, without a line end. */
    public static String render(Report report) {
        try {
            return JSON.writeValueAsString(tree(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report holds only strings, numbers, booleans, lists and sections", e);
        }
    }

    private static Map<String, Object> tree(Report report) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (Report.Field field : report.fields()) {
            if (field.json() != null) {
                object.put(field.key(), value(field.json()));
            }
        }
        if (!report.notes().isEmpty()) {
            object.put("notes", List.copyOf(report.notes()));
        }
        return object;
    }

    private static Object value(Object value) {
        if (value instanceof Report section) {
            return tree(section);
        }
        if (value == Report.JsonNull.INSTANCE) {
            return null;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                out.add(value(o));
            }
            return out;
        }
        return value;
    }
}
