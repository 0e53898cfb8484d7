package news.dateline.desk;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import news.dateline.account.AccountService;
import news.dateline.account.Role;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.testing.Await;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.TestContent;
import news.dateline.testing.TestContent.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notification e-mails delivered to a real SMTP server (GreenMail) that the test runs inside the
 * test server, on 3025 plus the run's port offset. Each test gives its accounts addresses in a
 * domain of its own and reads only that domain's mail, so what earlier tests queued does not count.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationMailIT {

    private static final String[] SETTINGS = {"dateline.smtp-host", "dateline.smtp-port", "dateline.smtp-from",
        "dateline.smtp-starttls"};

    @Deployment
    static WebArchive deployment() {
        return Deployments.withLibrariesOf(Deployments.withTests(NotificationMailIT.class), GreenMail.class);
    }

    @Inject
    TestContent content;

    @Inject
    ArticleService articles;

    @Inject
    AccountService accounts;

    @Inject
    MailDelivery delivery;

    @Inject
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    private GreenMail smtp;
    private String domain;

    @BeforeEach
    void anSmtpServerAndADomainOfItsOwn() {
        smtp = startedSmtpServer();
        System.setProperty("dateline.smtp-host", "127.0.0.1");
        System.setProperty("dateline.smtp-port", String.valueOf(smtpPort()));
        System.setProperty("dateline.smtp-from", "Dateline newsroom <newsroom@news.example.test>");
        System.setProperty("dateline.smtp-starttls", "false");
        domain = "t" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
    }

    @AfterEach
    void noSmtpServer() throws Exception {
        for (String name : SETTINGS) {
            System.clearProperty(name);
        }
        if (smtp != null) {
            smtp.stop();
        }
        transaction.begin();
        em.createNativeQuery("update mail_outbox set failed_at = now(), last_error = 'left by a test'"
                + " where sent_at is null and failed_at is null").executeUpdate();
        em.createNativeQuery("update account set email = null where email like :domain")
                .setParameter("domain", "%@" + domain).executeUpdate();
        transaction.commit();
    }

    @Test
    void aSubmittedStoryIsMailedToEachEditorWithAnAddressAndToNobodyElse() throws Exception {
        Login writer = content.newAccount(Role.WRITER, address("writer"));
        content.newAccount(Role.EDITOR, address("first-editor"));
        content.newAccount(Role.EDITOR, address("second-editor"));
        Login admin = content.newAccount(Role.ADMIN, address("admin"));
        content.newAccount(Role.WRITER, address("other-writer"));
        content.newAccount(Role.EDITOR);
        Login disabled = content.newAccount(Role.EDITOR, address("disabled-editor"));
        accounts.setEnabled(content.editorOf(admin), disabled.username(), false);

        Article story = submittedStoryBy(writer, anArticle());
        delivery.deliverPending();

        List<MimeMessage> mails = mailsForStory(story, 3);
        assertThat(recipients(mails)).containsExactlyInAnyOrder(address("first-editor"), address("second-editor"),
                address("admin"));
        MimeMessage mail = mails.get(0);
        String displayName = "Test " + writer.username();
        assertThat(mail.getSubject()).isEqualTo(displayName + " submitted “" + story.getHeadline() + "” for review");
        assertThat(mail.getFrom()).extracting(Object::toString)
                .containsExactly("Dateline newsroom <newsroom@news.example.test>");
        assertThat(text(mail)).contains("https://news.example.test/newsroom/articles/" + story.getId())
                .contains("(Europe/Moscow)")
                .contains("https://news.example.test/newsroom/account/password");
        assertThat(mailsTo(address("writer"))).as("not the submitter").isEmpty();
        await(() -> outboxRows(story).equals("3 sent of 3"));
    }

    @Test
    void aReturnedStoryIsMailedToItsWriterWithTheNoteAndAMentionToTheColleague() throws Exception {
        Login writer = content.newAccount(Role.WRITER, address("writer"));
        Login colleague = content.newAccount(Role.EDITOR, address("colleague"));
        Login editorLogin = content.newAccount(Role.EDITOR);
        Article story = submittedStoryBy(writer, anArticle());
        NewsroomClient editor = signedIn(editorLogin);
        Document page = editor.page("/newsroom/articles/" + story.getId());

        HttpResponse<String> returned = editor.post("/newsroom/articles/" + story.getId() + "/send-back",
                Map.of("version", page.selectFirst("form.send-back input[name=version]").val(),
                        "note", "Check the ferry figures.\n@" + colleague.username() + " knows the port."));
        delivery.deliverPending();

        assertThat(returned.statusCode()).isEqualTo(303);
        MimeMessage toWriter = awaitOne(address("writer"));
        assertThat(toWriter.getSubject())
                .isEqualTo("Test " + editorLogin.username() + " returned “" + story.getHeadline() + "” with a note");
        assertThat(text(toWriter)).contains("> Check the ferry figures.", "> @" + colleague.username());
        List<MimeMessage> toColleague = awaitMails(address("colleague"), 2);
        assertThat(toColleague).extracting(MimeMessage::getSubject).contains(
                "Test " + editorLogin.username() + " mentioned you in a note on “" + story.getHeadline() + "”");
    }

    @Test
    void eachMailIsWrittenInTheLanguageItsRecipientReadsTheNewsroomIn() throws Exception {
        Login writer = content.newAccount(Role.WRITER, address("writer"));
        Login moscow = content.newAccount(Role.EDITOR, address("moscow"));
        Login london = content.newAccount(Role.EDITOR, address("london"));
        transaction.begin();
        em.createNativeQuery("update account set interface_language = 'ru' where id = :id")
                .setParameter("id", moscow.accountId()).executeUpdate();
        transaction.commit();

        Article story = submittedStoryBy(writer, anArticle());
        delivery.deliverPending();

        String who = "Test " + writer.username();
        assertThat(awaitOne(address("moscow")).getSubject())
                .isEqualTo("Пользователь " + who + " отправил на проверку материал «" + story.getHeadline() + "»");
        assertThat(text(awaitOne(address("moscow")))).contains("Открыть материал").doesNotContain("Open the story");
        assertThat(awaitOne(address("london")).getSubject())
                .isEqualTo(who + " submitted “" + story.getHeadline() + "” for review");
    }

    @Test
    void aScheduledStoryAndACorrectionAreMailedToTheirWriterAndNotToTheEditorWhoDidIt() throws Exception {
        Login writer = content.newAccount(Role.WRITER, address("writer"));
        Login editorLogin = content.newAccount(Role.EDITOR, address("editor"));
        news.dateline.account.Editor editor = content.editorOf(editorLogin);
        String section = content.newSection();
        Article planned = submittedStoryBy(writer, anArticle().inSection(section).withHeadline("Planned " + domain));
        articles.schedule(editor, planned.getId(), versionOf(planned.getId()), java.time.Instant.now()
                .plus(java.time.Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES), null);
        Article story = submittedStoryBy(writer, anArticle().inSection(section).withHeadline("Corrected " + domain));
        Article published = articles.publish(editor, story.getId(), versionOf(story.getId()));
        articles.update(editor, published.getId(), published.getVersion(), anArticle().inSection(section)
                .withHeadline(published.getHeadline()).withLead("The figure is 4%, not 40%.").draft(),
                "An earlier version gave the figure as 40%.");
        delivery.deliverPending();

        String by = "Test " + editorLogin.username();
        assertThat(awaitMails(address("writer"), 3)).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                by + " scheduled “" + planned.getHeadline() + "”",
                by + " published “" + story.getHeadline() + "”",
                by + " published a correction of “" + story.getHeadline() + "”");
        assertThat(awaitMails(address("editor"), 2)).extracting(MimeMessage::getSubject)
                .as("the editor hears of the submissions only").allMatch(subject -> subject.endsWith("for review"));
    }

    @Test
    void anAccountDisabledOrWithoutItsAddressByTheTimeTheMailGoesGetsNone() throws Exception {
        Login writer = content.newAccount(Role.WRITER);
        Login admin = content.newAccount(Role.ADMIN);
        Login leaving = content.newAccount(Role.EDITOR, address("leaving"));
        Login unsubscribing = content.newAccount(Role.EDITOR, address("unsubscribing"));
        Login moving = content.newAccount(Role.EDITOR, address("moving"));

        transaction.begin();
        Article story = submittedStoryBy(writer, anArticle());
        accounts.setEnabled(content.editorOf(admin), leaving.username(), false);
        accounts.changeOwnEmail(content.editorOf(unsubscribing), "");
        accounts.changeOwnEmail(content.editorOf(moving), address("moved"));
        transaction.commit();
        delivery.deliverPending();

        await(() -> "3".equals(scalar("select count(*) from mail_outbox o join notification n"
                + " on n.id = o.notification_id where n.article_id = " + story.getId() + " and o.failed_at is not null"
                + " and o.last_error like 'Not sent: the account was disabled%'").toString()));
        assertThat(outboxRows(story)).isEqualTo("0 sent of 3");
        assertThat(smtp.getReceivedMessagesForDomain(domain)).isEmpty();
    }

    @Test
    void aRolledBackActionQueuesNothingAndSendsNothing() throws Exception {
        Login writer = content.newAccount(Role.WRITER, address("writer"));
        content.newAccount(Role.EDITOR, address("editor"));
        Article draft = content.draftBy(writer, anArticle().inSection(content.newSection()));

        transaction.begin();
        articles.submit(content.editorOf(writer), draft.getId(), versionOf(draft.getId()));
        String queuedInside = outboxRows(draft);
        transaction.rollback();
        delivery.deliverPending();

        assertThat(queuedInside).as("queued with the action, in its transaction").isEqualTo("0 sent of 1");
        assertThat(outboxRows(draft)).isEqualTo("0 sent of 0");
        assertThat(scalar("select status from article where id = " + draft.getId())).isEqualTo("DRAFT");
        assertThat(smtp.getReceivedMessagesForDomain(domain)).isEmpty();
    }

    @Test
    void twoDeliveryRunsAtOnceSendEachMailExactlyOnce() throws Exception {
        Login writer = content.newAccount(Role.WRITER);
        List<String> editors = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            editors.add(address("editor" + i));
            content.newAccount(Role.EDITOR, editors.get(i));
        }
        transaction.begin();
        List<Article> stories = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            stories.add(submittedStoryBy(writer, anArticle()));
        }
        em.createNativeQuery("update mail_outbox set next_attempt_at = now() + interval '1 hour'"
                + " where sent_at is null and failed_at is null").executeUpdate();
        transaction.commit();
        int queued = stories.stream().mapToInt(story -> Integer.parseInt(outboxRows(story).split(" of ")[1])).sum();
        assertThat(queued).isGreaterThanOrEqualTo(stories.size() * editors.size());

        transaction.begin();
        em.createNativeQuery("update mail_outbox set next_attempt_at = now() - interval '1 second'"
                + " where sent_at is null and failed_at is null").executeUpdate();
        transaction.commit();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return delivery.deliverPending();
                }));
            }
            for (Future<Integer> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        for (Article story : stories) {
            await(() -> outboxRows(story).matches("(\\d+) sent of \\1"));
        }
        List<MimeMessage> received = awaitMails(domain, stories.size() * editors.size());
        List<String> deliveries = new ArrayList<>();
        for (MimeMessage mail : received) {
            deliveries.add(recipients(List.of(mail)).get(0) + " " + mail.getMessageID());
        }
        assertThat(deliveries).hasSize(stories.size() * editors.size()).doesNotHaveDuplicates();
        assertThat(scalar("select count(*) from mail_outbox o join notification n on n.id = o.notification_id"
                + " where o.recipient like '%@" + domain + "' and o.attempts <> 1").toString())
                .as("no row was tried twice").isEqualTo("0");
    }

    @Test
    void withoutAnSmtpServerConfiguredNothingIsQueuedOrSent() throws Exception {
        System.clearProperty("dateline.smtp-host");
        Login writer = content.newAccount(Role.WRITER, address("writer"));
        Login editor = content.newAccount(Role.EDITOR, address("editor"));

        Article story = submittedStoryBy(writer, anArticle());
        int sent = delivery.deliverPending();

        assertThat(scalar("select count(*) from notification where article_id = " + story.getId()
                + " and account_id = " + editor.accountId()).toString()).as("the notification itself").isEqualTo("1");
        assertThat(outboxRows(story)).isEqualTo("0 sent of 0");
        assertThat(sent).isZero();
        assertThat(smtp.getReceivedMessagesForDomain(domain)).isEmpty();
    }

    @Test
    void lineBreaksInAHeadlineOrANameAddNoHeaderAndNoRecipient() throws Exception {
        Login eve = content.newAccount(Role.WRITER);
        content.newAccount(Role.EDITOR, address("editor"));
        String hostile = "Harbour reopens\r\nBcc: " + address("victim") + "\r\nX-Injected: yes\r\n\r\nforged body";
        renameAccount(eve, "Eve\r\nBcc: " + address("victim-two") + "\r\nX-Injected-Name: yes");

        Article story = submittedStoryBy(eve, anArticle().withHeadline(hostile));
        delivery.deliverPending();

        MimeMessage mail = awaitOne(address("editor"));
        assertThat(mail.getSubject()).isEqualTo("Eve Bcc: " + address("victim-two") + " X-Injected-Name: yes submitted"
                + " “Harbour reopens Bcc: " + address("victim") + " X-Injected: yes forged body” for review");
        List<String> headerNames = new ArrayList<>();
        for (Header header : Collections.list(mail.getAllHeaders())) {
            headerNames.add(header.getName().toLowerCase(Locale.ROOT));
        }
        assertThat(headerNames).doesNotContain("bcc", "x-injected", "x-injected-name");
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(address("editor"));
        await(() -> outboxRows(story).equals("1 sent of 1"));
        assertThat(smtp.getReceivedMessagesForDomain(domain)).as("nobody else got it").hasSize(1);
    }

    @Test
    void whenTheSmtpServerIsDownTheActionGoesThroughAndTheMailIsSentOnceItIsBack() throws Exception {
        smtp.stop();
        Login writerLogin = content.newAccount(Role.WRITER);
        content.newAccount(Role.EDITOR, address("editor"));
        String section = content.newSection();
        Article draft = content.draftBy(writerLogin, anArticle().inSection(section));
        NewsroomClient writer = signedIn(writerLogin);
        String editUrl = "/newsroom/articles/" + draft.getId();
        Document form = writer.page(editUrl);

        long began = System.nanoTime();
        HttpResponse<String> submitted = writer.postMultipart(editUrl, Map.of("headline", draft.getHeadline(),
                "section", section, "body", "New times.", "version", form.selectFirst("input[name=version]").val(),
                "action", "submit"), null, null, null);
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
        delivery.deliverPending();

        assertThat(submitted.statusCode()).isEqualTo(303);
        assertThat(tookMillis).as("the action does not wait for the mail").isLessThan(5_000);
        assertThat(scalar("select status from article where id = " + draft.getId())).isEqualTo("SUBMITTED");
        await(() -> !"0".equals(row(draft, "attempts")));
        assertThat(row(draft, "sent_at")).isEqualTo("null");
        assertThat(row(draft, "failed_at")).isEqualTo("null");
        assertThat(row(draft, "last_error")).contains("Exception");
        assertThat(row(draft, "next_attempt_at > now()")).as("waits before the next attempt").isEqualTo("true");
        String attempts = row(draft, "attempts");

        smtp = startedSmtpServer();
        assertThat(delivery.deliverPending()).as("not before its time").isZero();
        assertThat(row(draft, "attempts")).isEqualTo(attempts);
        transaction.begin();
        em.createNativeQuery("update mail_outbox o set next_attempt_at = now() from notification n"
                + " where n.id = o.notification_id and n.article_id = " + draft.getId()
                + " and o.recipient like '%@" + domain + "'").executeUpdate();
        transaction.commit();
        delivery.deliverPending();

        MimeMessage mail = awaitOne(address("editor"));
        assertThat(mail.getSubject()).contains(draft.getHeadline());
        await(() -> !"null".equals(row(draft, "sent_at")));
        assertThat(row(draft, "attempts")).isEqualTo(String.valueOf(Integer.parseInt(attempts) + 1));
        assertThat(row(draft, "last_error")).isEqualTo("null");
        delivery.deliverPending();
        assertThat(mailsTo(address("editor"))).as("sent once").hasSize(1);
    }

    @Test
    void aMailThatFailsItsLastAttemptIsGivenUpAndKept() throws Exception {
        smtp.stop();
        Login writer = content.newAccount(Role.WRITER);
        content.newAccount(Role.EDITOR, address("editor"));
        transaction.begin();
        Article story = submittedStoryBy(writer, anArticle());
        em.createNativeQuery("update mail_outbox o set attempts = " + (MailOutbox.MAX_ATTEMPTS - 1)
                + " from notification n where n.id = o.notification_id and n.article_id = " + story.getId()
                + " and o.recipient like '%@" + domain + "'").executeUpdate();
        transaction.commit();

        delivery.deliverPending();
        await(() -> !"null".equals(row(story, "failed_at")));
        smtp = startedSmtpServer();
        transaction.begin();
        em.createNativeQuery("update mail_outbox o set next_attempt_at = now() from notification n"
                + " where n.id = o.notification_id and n.article_id = " + story.getId()
                + " and o.recipient like '%@" + domain + "'").executeUpdate();
        transaction.commit();
        delivery.deliverPending();

        assertThat(row(story, "attempts")).isEqualTo(String.valueOf(MailOutbox.MAX_ATTEMPTS));
        assertThat(row(story, "sent_at")).isEqualTo("null");
        assertThat(row(story, "last_error")).isNotEqualTo("null");
        assertThat(smtp.getReceivedMessagesForDomain(domain)).as("given up for good").isEmpty();
    }

    private String address(String name) {
        return name + "@" + domain;
    }

    private static int smtpPort() {
        return 3025 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    }

    private static GreenMail startedSmtpServer() {
        GreenMail server = new GreenMail(new ServerSetup(smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private Article submittedStoryBy(Login writer, news.dateline.testing.ArticleBuilder article) {
        Article draft = content.draftBy(writer, article.inSection(content.newSection()));
        return articles.submit(content.editorOf(writer), draft.getId(), versionOf(draft.getId()));
    }

    private void renameAccount(Login login, String displayName) throws Exception {
        transaction.begin();
        em.createNativeQuery("update account set display_name = :name where id = :id")
                .setParameter("name", displayName).setParameter("id", login.accountId()).executeUpdate();
        transaction.commit();
    }

    /** "n sent of m": the story's outbox rows to this test's domain. */
    private String outboxRows(Article story) {
        return scalar("select count(o.sent_at) || ' sent of ' || count(o.id) from mail_outbox o"
                + " join notification n on n.id = o.notification_id where n.article_id = " + story.getId()
                + " and o.recipient like '%@" + domain + "'").toString();
    }

    /** A column (or expression) of the story's one outbox row, as text ("null" for none). */
    private String row(Article story, String column) {
        return scalar("select coalesce((" + column + ")::text, 'null') from mail_outbox o"
                + " join notification n on n.id = o.notification_id where n.article_id = " + story.getId()
                + " and o.recipient like '%@" + domain + "'").toString();
    }

    private List<MimeMessage> mailsForStory(Article story, int expected) throws MessagingException {
        List<MimeMessage> about = new ArrayList<>();
        for (MimeMessage mail : awaitMails(domain, expected)) {
            if (mail.getSubject().contains(story.getHeadline())) {
                about.add(mail);
            }
        }
        return about;
    }

    private List<MimeMessage> mailsTo(String address) throws MessagingException {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessagesForDomain(domain)) {
            if (recipients(List.of(mail)).contains(address)) {
                to.add(mail);
            }
        }
        return to;
    }

    private MimeMessage awaitOne(String address) throws MessagingException {
        List<MimeMessage> mails = awaitMails(address, 1);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    /** The mails to the address (or to anyone in the domain), once at least {@code count} have arrived. */
    private List<MimeMessage> awaitMails(String addressOrDomain, int count) throws MessagingException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            List<MimeMessage> mails = addressOrDomain.contains("@") ? mailsTo(addressOrDomain)
                    : List.of(smtp.getReceivedMessagesForDomain(domain));
            if (mails.size() >= count || System.nanoTime() > deadline) {
                return mails;
            }
            Await.pause();
        }
    }

    private static List<String> recipients(List<MimeMessage> mails) throws MessagingException {
        List<String> recipients = new ArrayList<>();
        for (MimeMessage mail : mails) {
            for (var recipient : mail.getAllRecipients()) {
                recipients.add(recipient.toString());
            }
        }
        return recipients;
    }

    private static String text(MimeMessage mail) throws IOException, MessagingException {
        return (String) mail.getContent();
    }

    private static void await(BooleanSupplier condition) {
        Await.until("the mail outbox", Duration.ofSeconds(20), condition);
    }

    private long versionOf(long articleId) {
        return ((Number) scalar("select version from article where id = " + articleId)).longValue();
    }

    private Object scalar(String sql) {
        return em.createNativeQuery(sql).getSingleResult();
    }

    private static NewsroomClient signedIn(Login login) {
        NewsroomClient client = new NewsroomClient();
        assertThat(client.signIn(login.username(), login.password()).statusCode()).isEqualTo(303);
        return client;
    }
}
