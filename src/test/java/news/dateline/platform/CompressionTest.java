package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class CompressionTest {

    @Test
    void textIsGzippedAndComesBackTheSame() throws IOException {
        byte[] html = "<p>Water prices rose again.</p>\n".repeat(100).getBytes(StandardCharsets.UTF_8);

        byte[] gzipped = Compression.gzipped("text/html;charset=UTF-8", html);

        assertThat(gzipped).isNotNull().hasSizeLessThan(html.length / 5);
        assertThat(new GZIPInputStream(new ByteArrayInputStream(gzipped)).readAllBytes()).isEqualTo(html);
    }

    @Test
    void photosAndTinyBodiesAreLeftAlone() {
        assertThat(Compression.gzipped("image/jpeg", new byte[4096])).isNull();
        assertThat(Compression.gzipped("text/html", new byte[100])).isNull();
        assertThat(Compression.compressible("application/rss+xml;charset=UTF-8")).isTrue();
        assertThat(Compression.compressible("application/json")).isTrue();
    }
}
