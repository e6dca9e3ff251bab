package org.meshbridge.server.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The JSON samples in {@code docs/mqtt.md}: each fenced {@code ```json topic=T} block with its topic. */
final class MqttSamples {

    /** One sample message. */
    record Sample(String topic, String json) {
    }

    private MqttSamples() {
    }

    static List<Sample> read(Path markdown) throws IOException {
        List<Sample> samples = new ArrayList<>();
        String topic = null;
        StringBuilder json = new StringBuilder();
        for (String line : Files.readAllLines(markdown)) {
            if (topic == null && line.startsWith("```json topic=")) {
                topic = line.substring("```json topic=".length()).strip();
                json.setLength(0);
            } else if (topic != null && line.startsWith("```")) {
                samples.add(new Sample(topic, json.toString()));
                topic = null;
            } else if (topic != null) {
                json.append(line).append('\n');
            }
        }
        return samples;
    }

    /** Whether {@code topic} matches the MQTT subscription {@code filter} ({@code +} and {@code #}). */
    static boolean matches(String filter, String topic) {
        String[] f = filter.split("/", -1);
        String[] t = topic.split("/", -1);
        for (int i = 0; i < f.length; i++) {
            if (f[i].equals("#")) {
                return true;
            }
            if (i >= t.length || !f[i].equals("+") && !f[i].equals(t[i])) {
                return false;
            }
        }
        return f.length == t.length;
    }

    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/monitoring")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root (deploy/monitoring) above " + Path.of("").toAbsolutePath());
    }
}
