package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PublicUrlTest {

    @AfterEach
    void forget() {
        System.clearProperty("dateline.public-url");
        System.clearProperty("dateline.mode");
        System.clearProperty("dateline.allowed-hosts");
    }

    @Test
    void productionRefusesToRunWithoutAPublicUrl() {
        System.setProperty("dateline.mode", "production");

        assertThatThrownBy(() -> new Settings().publicUrl()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dateline.public-url");
    }

    @Test
    void demoModeDefaultsToLocalhost() {
        System.setProperty("dateline.mode", "demo");

        assertThat(new Settings().publicUrl()).isEqualTo("http://localhost:8080");
    }

    @Test
    void theConfiguredAddressIsAnOriginWithoutTrailingSlash() {
        System.setProperty("dateline.public-url", "https://News.Example/");
        System.setProperty("dateline.allowed-hosts", "health.internal, 10.0.0.5");

        assertThat(new Settings().publicUrl()).isEqualTo("https://news.example");
        assertThat(new Settings().allowedHosts()).containsExactlyInAnyOrder("news.example", "health.internal",
                "10.0.0.5");
    }

    @Test
    void anythingButAnHttpOriginIsRefused() {
        for (String bad : new String[] {"news.example", "ftp://news.example", "https://news.example/site",
                "https://news.example/?x=1", "https://user@news.example", "javascript:alert(1)"}) {
            System.setProperty("dateline.public-url", bad);
            assertThatThrownBy(() -> new Settings().publicUrl()).as(bad).isInstanceOf(IllegalStateException.class);
        }
    }
}
