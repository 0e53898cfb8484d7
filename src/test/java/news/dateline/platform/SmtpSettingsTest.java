package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    private static final String[] NAMES = {"dateline.smtp-host", "dateline.smtp-port", "dateline.smtp-username",
        "dateline.smtp-password", "dateline.smtp-from", "dateline.smtp-starttls"};
    private final Settings settings = new Settings();

    @AfterEach
    void clear() {
        for (String name : NAMES) {
            System.clearProperty(name);
        }
    }

    @Test
    void shouldSendNoMailWithoutAHost() {
        System.setProperty("dateline.smtp-from", "newsroom@news.example");

        assertThat(settings.mailEnabled()).isFalse();
        assertThat(settings.smtp()).isEmpty();
    }

    @Test
    void shouldDefaultToTheSubmissionPortWithStartTlsRequired() {
        System.setProperty("dateline.smtp-host", "smtp.example.org");
        System.setProperty("dateline.smtp-from", "Dateline <newsroom@news.example>");

        assertThat(settings.mailEnabled()).isTrue();
        assertThat(settings.smtp()).contains(new Settings.Smtp("smtp.example.org", 587, Optional.empty(),
                Optional.empty(), "Dateline <newsroom@news.example>", true));
    }

    @Test
    void shouldReadEverySettingAndNeverShowThePassword() {
        System.setProperty("dateline.smtp-host", "127.0.0.1");
        System.setProperty("dateline.smtp-port", "2525");
        System.setProperty("dateline.smtp-username", "dateline");
        System.setProperty("dateline.smtp-password", "s3cret-password");
        System.setProperty("dateline.smtp-from", "newsroom@news.example");
        System.setProperty("dateline.smtp-starttls", "off");

        Settings.Smtp smtp = settings.smtp().orElseThrow();

        assertThat(smtp.port()).isEqualTo(2525);
        assertThat(smtp.username()).contains("dateline");
        assertThat(smtp.password()).contains("s3cret-password");
        assertThat(smtp.startTls()).isFalse();
        assertThat(smtp.toString()).contains("127.0.0.1:2525", "dateline").doesNotContain("s3cret");
    }

    @Test
    void shouldRefuseAHostWithoutASenderAndUnusableValues() {
        System.setProperty("dateline.smtp-host", "smtp.example.org");
        assertThatThrownBy(settings::smtp).isInstanceOf(IllegalStateException.class).hasMessageContaining("smtp-from");

        System.setProperty("dateline.smtp-from", "newsroom@news.example\r\nBcc: x@example.org");
        assertThatThrownBy(settings::smtp).isInstanceOf(IllegalStateException.class).hasMessageContaining("smtp-from");

        System.setProperty("dateline.smtp-from", "newsroom@news.example");
        System.setProperty("dateline.smtp-port", "70000");
        assertThatThrownBy(settings::smtp).isInstanceOf(IllegalStateException.class).hasMessageContaining("smtp-port");

        System.setProperty("dateline.smtp-port", "25");
        System.setProperty("dateline.smtp-starttls", "maybe");
        assertThatThrownBy(settings::smtp).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("smtp-starttls");

        System.setProperty("dateline.smtp-starttls", "false");
        System.setProperty("dateline.smtp-host", "smtp.example.org/evil");
        assertThatThrownBy(settings::smtp).isInstanceOf(IllegalStateException.class).hasMessageContaining("smtp-host");
    }
}
