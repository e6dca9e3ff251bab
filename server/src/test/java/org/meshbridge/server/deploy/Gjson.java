package org.meshbridge.server.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The part of GJSON path syntax (github.com/tidwall/gjson, which Telegraf's json_v2 parser uses)
 * that our Telegraf config may use: keys separated by {@code .}, {@code \.} for a dot inside a
 * key, a number for an array element, {@code #} for an array's length, and {@code #.key} for a
 * key of every element. Anything else (wildcards, queries, modifiers) is refused, so the config
 * cannot drift into syntax this check does not understand.
 */
final class Gjson {

    private Gjson() {
    }

    /** The value at {@code path}, or empty when the path does not exist in {@code root}. */
    static Optional<JsonNode> get(JsonNode root, String path) {
        return get(root, components(path), 0);
    }

    private static Optional<JsonNode> get(JsonNode node, List<String> parts, int at) {
        if (at == parts.size()) {
            return Optional.of(node);
        }
        String part = parts.get(at);
        if (node.isArray()) {
            if (part.equals("#")) {
                if (at == parts.size() - 1) {
                    return Optional.of(IntNode.valueOf(node.size()));
                }
                ArrayNode all = JsonNodeFactory.instance.arrayNode();
                node.forEach(element -> get(element, parts, at + 1).ifPresent(all::add));
                return Optional.of(all);
            }
            if (part.chars().allMatch(Character::isDigit) && !part.isEmpty()) {
                int index = Integer.parseInt(part);
                return index < node.size() ? get(node.get(index), parts, at + 1) : Optional.empty();
            }
            return Optional.empty();
        }
        if (node.isObject() && node.has(part)) {
            return get(node.get(part), parts, at + 1);
        }
        return Optional.empty();
    }

    static List<String> components(String path) {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("an empty GJSON path");
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' && i + 1 < path.length()) {
                part.append(path.charAt(++i));
            } else if (c == '.') {
                parts.add(part.toString());
                part.setLength(0);
            } else if ("*?|@()=<>!%".indexOf(c) >= 0) {
                throw new IllegalArgumentException("GJSON syntax this check does not implement: '" + c + "' in " + path);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        if (parts.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("an empty key in GJSON path " + path);
        }
        return parts;
    }
}
