package news.dateline.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import news.dateline.platform.FieldRefused;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void shouldTakeAPlainAddressStrippedWithTheDomainInLowerCase() {
        assertThat(EmailAddress.parse("  Anna.Petrova+desk@News.Example.ORG "))
                .contains("Anna.Petrova+desk@news.example.org");
        assertThat(EmailAddress.parse("o'brien@mail.example.co.uk")).contains("o'brien@mail.example.co.uk");
    }

    @Test
    void shouldMeanNoAddressWhenNothingIsTyped() {
        assertThat(EmailAddress.parse(null)).isEmpty();
        assertThat(EmailAddress.parse("   ")).isEmpty();
    }

    @Test
    void shouldRefuseAnythingButOnePlainAddressWithTheFieldAndAKey() {
        for (String refused : new String[] {"anna", "anna@", "@example.org", "anna@localhost", "anna@@example.org",
                "anna@example..org", "anna@-example.org", "anna@example.123", ".anna@example.org", "an..na@example.org",
                "anna@example.org\r\nBcc: victim@example.org", "anna@example.org, bo@example.org",
                "Anna <anna@example.org>", "\"anna\"@example.org", "anna petrova@example.org", "анна@example.org",
                "anna@exämple.org", "a\u0000@example.org", "x".repeat(65) + "@example.org",
                "anna@" + "d".repeat(250) + ".org"}) {
            assertThatThrownBy(() -> EmailAddress.parse(refused)).as(refused)
                    .isInstanceOfSatisfying(FieldRefused.class, e -> {
                        assertThat(e.field()).isEqualTo("email");
                        assertThat(e.messageKey()).isEqualTo("account.error.email");
                    });
        }
    }

    @Test
    void shouldSayWhyInWords() {
        FieldRefused refused = org.junit.jupiter.api.Assertions.assertThrows(FieldRefused.class,
                () -> EmailAddress.parse("not an address"));
        assertThat(news.dateline.platform.PageRenderer.message(refused.messageKey(), refused.arguments()))
                .isEqualTo("Write one e-mail address such as name@example.org (at most 254 characters),"
                        + " or leave the field empty.");
    }
}
