package news.dateline.desk;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.PageRenderer;
import news.dateline.platform.PublicUrl;

/**
 * Writes a notification e-mail: subject and plain text from {@code messages.properties} (e.g. "Anna
 * Petrova returned “Harbour reopens” with a note"), the link to the story built from the configured
 * public address (never from a request), the time in the newsroom's zone. Everything that came from
 * people (headline, name, note) is made one line where it goes into a header, so no value can add a
 * header or a recipient; the subject is encoded as UTF-8 by Jakarta Mail.
 */
public final class NotificationMail {

    /** Subject and plain-text body. */
    public record Letter(String subject, String text) {
    }

    static final String ACCOUNT_PAGE = "/newsroom/account/password";
    private static final int MAX_SUBJECT = 250;

    private final String siteName;
    private final String publicUrl;
    private final ZoneId zone;

    /**
     * @param publicUrl the site's configured public address, e.g. {@code https://news.example}
     * @param zone      the newsroom's time zone
     */
    public NotificationMail(String siteName, String publicUrl, ZoneId zone) {
        this.siteName = siteName;
        this.publicUrl = PublicUrl.parse(publicUrl).toString();
        this.zone = zone;
    }

    public Letter letter(PendingMail mail) {
        String who = oneLine(mail.actor() == null ? PageRenderer.message("mail.actor.none", siteName) : mail.actor());
        String headline = oneLine(mail.headline());
        String what = PageRenderer.message(mail.kind().mailSubjectKey(), who, headline);
        StringBuilder text = new StringBuilder(what).append(".\n\n");
        if (mail.note() != null && !mail.note().isBlank()) {
            text.append(PageRenderer.message("mail.body.note")).append('\n');
            plainText(mail.note()).lines().forEach(line -> text.append("> ").append(line).append('\n'));
            text.append('\n');
        }
        text.append(PageRenderer.message("mail.body.open")).append('\n')
                .append(storyUrl(mail.articleId())).append("\n\n")
                .append(PageRenderer.message("mail.body.when", NewsroomClock.display(mail.at(), zone, news.dateline.platform.InterfaceLanguage.current()), zone.getId()))
                .append("\n\n-- \n")
                .append(PageRenderer.message("mail.body.why", oneLine(siteName))).append('\n')
                .append(publicUrl).append(ACCOUNT_PAGE).append('\n');
        String subject = what.length() > MAX_SUBJECT ? what.substring(0, MAX_SUBJECT - 1) + "…" : what;
        return new Letter(subject, text.toString());
    }

    /**
     * The message as it is sent: from the configured sender to the one recipient, with a Message-ID
     * that stays the same however often the row is tried (so a receiver can drop a repeat), and
     * {@code Auto-Submitted} so that out-of-office replies are not sent back.
     *
     * @throws MessagingException when the sender or the recipient is not an address
     */
    public MimeMessage message(Session session, String from, PendingMail mail, Instant sentAt)
            throws MessagingException {
        Letter letter = letter(mail);
        String messageId = "<dateline." + mail.outboxId() + "@" + PublicUrl.parse(publicUrl).host() + ">";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from, true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(sentAt));
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setText(letter.text(), StandardCharsets.UTF_8.name());
        message.saveChanges();
        return message;
    }

    /** The story in the newsroom, at the configured public address. */
    String storyUrl(long articleId) {
        return publicUrl + "/newsroom/articles/" + articleId;
    }

    /** Line breaks and every other control or separator character become spaces; runs of spaces one. */
    static String oneLine(String value) {
        if (value == null) {
            return "";
        }
        return value.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}\\uFEFF]", " ").replaceAll(" {2,}", " ").strip();
    }

    /** Lines as in the note, without control characters other than line breaks and tabs. */
    private static String plainText(String value) {
        return value.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cc}&&[^\\n\\t]]", "");
    }
}
