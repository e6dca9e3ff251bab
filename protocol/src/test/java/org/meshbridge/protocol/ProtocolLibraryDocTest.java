package org.meshbridge.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/protocol-library.md} honest: each {@code ```java example=NAME} block must equal
 * the region between {@code // begin:NAME} and {@code // end:NAME} in
 * {@link ProtocolLibraryExamplesTest} (indentation removed), and every region must be in the doc.
 */
class ProtocolLibraryDocTest {

    private static final Pattern DOC_BLOCK = Pattern.compile("```java example=([\\w-]+)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern REGION = Pattern.compile("[ \\t]*// begin:([\\w-]+)\\n(.*?)[ \\t]*// end:\\1\\n", Pattern.DOTALL);

    @Test
    void everyDocExampleIsTheCompiledExampleVerbatimAndEveryExampleIsInTheDoc() throws IOException {
        Map<String, String> doc = blocks(DOC_BLOCK, Files.readString(repositoryRoot().resolve("docs/protocol-library.md")), false);
        Map<String, String> code = blocks(REGION, Files.readString(Path.of(
                "src/test/java/org/meshbridge/protocol/ProtocolLibraryExamplesTest.java")), true);
        assertThat(code).hasSizeGreaterThanOrEqualTo(10);
        assertThat(doc.keySet()).containsExactlyInAnyOrderElementsOf(code.keySet());
        doc.forEach((name, text) -> assertThat(text).as("doc example %s", name).isEqualTo(code.get(name)));
    }

    private static Map<String, String> blocks(Pattern pattern, String text, boolean dedent) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String body = dedent ? dedent(m.group(2)) : m.group(2);
            assertThat(out.put(m.group(1), body)).as("example %s appears twice", m.group(1)).isNull();
        }
        return out;
    }

    private static String dedent(String block) {
        List<String> lines = block.lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            sb.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return sb.toString();
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/protocol-library.md"))) {
                return dir;
            }
        }
        throw new AssertionError("docs/protocol-library.md not found above " + Path.of("").toAbsolutePath());
    }
}
