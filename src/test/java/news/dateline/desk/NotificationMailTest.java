package news.dateline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class NotificationMailTest {

    private static final Instant AT = Instant.parse("2016-06-07T14:45:00Z");
    private final NotificationMail mail = new NotificationMail("Dateline", "https://news.example",
            ZoneId.of("Europe/Moscow"));

    @Test
    void shouldSayInWordsWhoReturnedWhichStoryWithTheNoteALinkAndTheNewsroomTime() {
        NotificationMail.Letter letter = mail.letter(new PendingMail(7, "writer@example.org", NotificationKind.RETURNED,
                42, "Harbour reopens", "Anna Petrova", "Check the ferry figures.\nAnd the quote.", AT, 0));

        assertThat(letter.subject()).isEqualTo("Anna Petrova returned “Harbour reopens” with a note");
        assertThat(letter.text()).startsWith("Anna Petrova returned “Harbour reopens” with a note.\n\n")
                .contains("The note:\n> Check the ferry figures.\n> And the quote.\n")
                .contains("Open the story in the newsroom:\nhttps://news.example/newsroom/articles/42\n")
                .contains("When: June 7, 2016, 17:45 (Europe/Moscow)")
                .contains("https://news.example/newsroom/account/password");
    }

    @Test
    void shouldNameTheNewsroomWhenNobodyDidIt() {
        NotificationMail.Letter letter = mail.letter(new PendingMail(7, "writer@example.org",
                NotificationKind.PUBLISHED, 42, "Harbour reopens", null, null, AT, 0));

        assertThat(letter.subject()).isEqualTo("The Dateline newsroom published “Harbour reopens”");
        assertThat(letter.text()).doesNotContain("The note:");
    }

    @Test
    void shouldHaveASubjectForEveryKind() {
        for (NotificationKind kind : NotificationKind.values()) {
            NotificationMail.Letter letter = mail.letter(new PendingMail(1, "a@example.org", kind, 1, "Headline",
                    "Anna", null, AT, 0));
            assertThat(letter.subject()).as(kind.name()).startsWith("Anna ").contains("“Headline”");
        }
    }

    @Test
    void shouldKeepHeadlinesAndNamesOnOneLineSoThatNoHeaderCanBeAdded() throws Exception {
        PendingMail hostile = new PendingMail(9, "editor@example.org", NotificationKind.SUBMITTED, 42,
                "Harbour\r\nBcc: victim@example.org\r\n\r\nforged body", "Eve\nX-Injected: yes", null, AT, 0);

        MimeMessage message = mail.message(Session.getInstance(new Properties()), "Dateline <newsroom@news.example>",
                hostile, AT);
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        message.writeTo(wire);
        MimeMessage received = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(wire.toByteArray()));

        assertThat(received.getSubject())
                .isEqualTo("Eve X-Injected: yes submitted “Harbour Bcc: victim@example.org forged body” for review");
        assertThat(received.getHeader("Bcc")).isNull();
        assertThat(received.getHeader("X-Injected")).isNull();
        assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly("editor@example.org");
        assertThat(received.getRecipients(Message.RecipientType.BCC)).isNull();
    }

    @Test
    void shouldSendPlainUtf8TextWithAStableMessageIdAndNoAutoReplies() throws Exception {
        PendingMail pending = new PendingMail(31, "editor@example.org", NotificationKind.MENTIONED, 42,
                "Порт открыт", "Анна", "@editor посмотри цифры", AT, 2);

        MimeMessage message = mail.message(Session.getInstance(new Properties()), "newsroom@news.example", pending, AT);
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        message.writeTo(wire);
        String raw = wire.toString(StandardCharsets.US_ASCII);
        MimeMessage received = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(wire.toByteArray()));

        assertThat(received.getSubject()).isEqualTo("Анна mentioned you in a note on “Порт открыт”");
        assertThat(received.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat((String) received.getContent()).contains("> @editor посмотри цифры");
        assertThat(received.getMessageID()).isEqualTo("<dateline.31@news.example>");
        assertThat(received.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(raw.chars().allMatch(c -> c < 128)).as("only ASCII on the wire").isTrue();
    }

    @Test
    void shouldMakeAnyValueOneLine() {
        assertThat(NotificationMail.oneLine("a\r\nb\u2028c\u0085d\te  f")).isEqualTo("a b c d e f");
        assertThat(NotificationMail.oneLine(null)).isEmpty();
    }
}
