package org.meshbridge.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One mapping of the config tree and its dotted key path, with typed reads that fail with the
 * key path and the reason. An absent key reads as empty (the caller applies the default); a key
 * present with the wrong type or out of range is a {@link ConfigException}.
 */
final class ConfigNode {

    /** {@code 90s}, {@code 30m}, {@code 1h}, {@code 1d}: a whole number and one unit. */
    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d{1,9})\\s*([smhd])");

    private final String path;
    private final JsonNode node;

    private ConfigNode(String path, JsonNode node) {
        this.path = path;
        this.node = node;
    }

    /** The top of the file; an empty file is an empty mapping. */
    static ConfigNode root(JsonNode tree) throws ConfigException {
        JsonNode top = tree == null || tree.isNull() || tree.isMissingNode() ? MissingNode.getInstance() : tree;
        if (!top.isMissingNode() && !top.isObject()) {
            throw new ConfigException("", "the file must be a YAML mapping of sections (node:, radio:, ...), was " + describe(top));
        }
        return new ConfigNode("", top);
    }

    /** The dotted path of {@code key} under this mapping. */
    String keyPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The keys of this mapping, in file order. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    boolean has(String key) {
        return node.has(key);
    }

    /**
     * The mappings of the list at {@code key}, each with the key path {@code key[i]}; empty when
     * the key is missing or empty.
     */
    List<ConfigNode> list(String key) throws ConfigException {
        JsonNode child = node.path(key);
        if (child.isMissingNode() || child.isNull()) {
            return List.of();
        }
        if (!child.isArray()) {
            throw new ConfigException(keyPath(key), "must be a list (one \"- \" entry each), was " + describe(child));
        }
        List<ConfigNode> items = new ArrayList<>();
        for (int i = 0; i < child.size(); i++) {
            String itemPath = keyPath(key) + "[" + i + "]";
            if (!child.get(i).isObject()) {
                throw new ConfigException(itemPath, "must be a mapping of keys, was " + describe(child.get(i)));
            }
            items.add(new ConfigNode(itemPath, child.get(i)));
        }
        return items;
    }

    /** The key path of this mapping itself. */
    String path() {
        return path;
    }

    /** Fails on the first key (in file order) that is not in {@code known}, listing the known ones. */
    void refuseUnknown(Set<String> known, String knownList) throws ConfigException {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new ConfigException(keyPath(name), "unknown key; " + (path.isEmpty() ? "sections" : "keys under " + path)
                        + " are " + knownList);
            }
        }
    }

    /** The mapping under {@code key}; an empty one when the key is absent or empty. */
    ConfigNode section(String key) throws ConfigException {
        JsonNode child = node.path(key);
        if (child.isMissingNode() || child.isNull()) {
            return new ConfigNode(keyPath(key), MissingNode.getInstance());
        }
        if (!child.isObject()) {
            throw new ConfigException(keyPath(key), "must be a mapping (key: value), was " + describe(child));
        }
        return new ConfigNode(keyPath(key), child);
    }

    /** The list of mappings under {@code key}, each with its index in its key path ({@code radio.gateways[0]}); empty when absent. */
    List<ConfigNode> mappings(String key) throws ConfigException {
        JsonNode child = node.path(key);
        if (child.isMissingNode() || child.isNull()) {
            return List.of();
        }
        if (!child.isArray()) {
            throw new ConfigException(keyPath(key), "must be a list of mappings, was " + describe(child));
        }
        List<ConfigNode> items = new ArrayList<>();
        for (int i = 0; i < child.size(); i++) {
            String itemPath = keyPath(key) + "[" + i + "]";
            if (!child.get(i).isObject()) {
                throw new ConfigException(itemPath, "must be a mapping (key: value), was " + describe(child.get(i)));
            }
            items.add(new ConfigNode(itemPath, child.get(i)));
        }
        return items;
    }

    /** The list of non-empty texts at {@code key} (at most {@code max}); empty when absent. */
    List<String> strings(String key, int max) throws ConfigException {
        JsonNode child = node.path(key);
        if (child.isMissingNode() || child.isNull()) {
            return List.of();
        }
        if (!child.isArray()) {
            throw new ConfigException(keyPath(key), "must be a list (one \"- \" entry each), was " + describe(child));
        }
        if (child.size() > max) {
            throw new ConfigException(keyPath(key), "must have at most " + max + " entries, has " + child.size());
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < child.size(); i++) {
            JsonNode item = child.get(i);
            if (!item.isValueNode() || item.isNull() || item.asText().isBlank()) {
                throw new ConfigException(keyPath(key) + "[" + i + "]", "must be a non-empty text, was " + describe(item));
            }
            texts.add(item.asText().strip());
        }
        return texts;
    }

    /** The raw value under {@code key} (a missing node when absent), for shapes the typed readers do not cover. */
    JsonNode raw(String key) {
        return node.path(key);
    }

    /** A scalar read as text, stripped; empty text is refused. */
    Optional<String> text(String key) throws ConfigException {
        JsonNode value = node.path(key);
        if (value.isMissingNode()) {
            return Optional.empty();
        }
        if (!value.isValueNode() || value.isNull() || value.asText().isBlank()) {
            throw new ConfigException(keyPath(key), "must be a non-empty text, was " + describe(value));
        }
        return Optional.of(value.asText().strip());
    }

    /** A whole number in {@code min..max}. */
    OptionalLong whole(String key, long min, long max) throws ConfigException {
        JsonNode value = node.path(key);
        if (value.isMissingNode()) {
            return OptionalLong.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new ConfigException(keyPath(key), "must be a whole number " + min + ".." + max + ", was " + describe(value));
        }
        long v = value.asLong();
        if (v < min || v > max) {
            throw new ConfigException(keyPath(key), "must be " + min + ".." + max + ", was " + v);
        }
        return OptionalLong.of(v);
    }

    /** A number greater than {@code above} (or equal to it when {@code inclusive}) and at most {@code max}. */
    OptionalDouble number(String key, double above, boolean inclusive, double max, String range) throws ConfigException {
        JsonNode value = node.path(key);
        if (value.isMissingNode()) {
            return OptionalDouble.empty();
        }
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw new ConfigException(keyPath(key), "must be a number " + range + ", was " + describe(value));
        }
        double v = value.asDouble();
        if (v < above || (!inclusive && v == above) || v > max) {
            throw new ConfigException(keyPath(key), "must be " + range + ", was " + value.asText());
        }
        return OptionalDouble.of(v);
    }

    /** {@code true} or {@code false}. */
    Optional<Boolean> bool(String key) throws ConfigException {
        JsonNode value = node.path(key);
        if (value.isMissingNode()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw new ConfigException(keyPath(key), "must be true or false, was " + describe(value));
        }
        return Optional.of(value.asBoolean());
    }

    /** {@code 90s}, {@code 30m}, {@code 1h}, {@code 1d} or ISO-8601 ({@code PT1H}), within {@code min..max}. */
    Optional<Duration> duration(String key, Duration min, Duration max, String range) throws ConfigException {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Duration value = parseDuration(text.get()).orElseThrow(() -> new ConfigException(keyPath(key),
                "must be a duration such as 30m, 1h or 1d, was \"" + text.get() + "\""));
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new ConfigException(keyPath(key), "must be " + range + ", was " + text.get());
        }
        return Optional.of(value);
    }

    private static Optional<Duration> parseDuration(String text) {
        Matcher simple = SIMPLE_DURATION.matcher(text);
        if (simple.matches()) {
            long amount = Long.parseLong(simple.group(1));
            return Optional.of(switch (simple.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            });
        }
        try {
            return Optional.of(Duration.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** How a value reads in an error: quoted text, the number, or its kind. */
    static String describe(JsonNode value) {
        Objects.requireNonNull(value, "value");
        if (value.isNull() || value.isMissingNode()) {
            return "empty";
        }
        if (value.isTextual()) {
            return "\"" + value.asText() + "\"";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        return value.asText();
    }
}
