package org.meshbridge.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The web app's files: every file in the resources is listed in assets.list, and each loads with a type. */
class StaticFilesTest {

    private static final Path SOURCES = Path.of("src/main/resources/web");

    @Test
    void everyWebFileIsListedAndServedWithItsTypeAndEtag() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            onDisk = files.filter(Files::isRegularFile).map(p -> "/" + SOURCES.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("/" + StaticFiles.LIST)).sorted().toList();
        }
        StaticFiles files = StaticFiles.load(getClass().getClassLoader(), "web/");

        assertThat(files.paths()).containsExactlyElementsOf(onDisk);
        assertThat(files.find("/")).get().satisfies(index -> {
            assertThat(index.path()).isEqualTo("/index.html");
            assertThat(index.contentType()).isEqualTo("text/html; charset=utf-8");
            assertThat(index.etag()).matches("\"[0-9a-f]{24}\"");
            assertThat(index.gzipEtag()).isNotEqualTo(index.etag());
        });
        assertThat(files.find("/js/app.js")).get().satisfies(js -> assertThat(js.gzip()).isPresent());
        assertThat(files.find("/nope.js")).isEmpty();
        assertThat(files.find("/../pom.xml")).isEmpty();
    }
}
