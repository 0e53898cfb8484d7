package news.dateline.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import news.dateline.platform.NewsroomClock;

/**
 * The outbox of notification e-mails (table {@code mail_outbox}). Rows are written with the
 * notifications, in the action's transaction ({@link #withMail}); each is then claimed, sent and
 * marked in a short transaction of its own ({@link #deliverNext}), with the row locked
 * {@code FOR UPDATE SKIP LOCKED}, so two servers (or two runs) never send the same row. A failed
 * attempt is counted and the row waits longer each time (1, 2, 4 … minutes, at most an hour); after
 * {@value #MAX_ATTEMPTS} attempts it is given up and kept with its last error. A row whose account
 * was disabled, or whose address was changed or removed, before it went out is not sent.
 */
@ApplicationScoped
public class MailOutbox {

    static final int MAX_ATTEMPTS = 8;
    private static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final int MAX_ERROR = 1000;
    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    /** What one delivery attempt came to. */
    public enum Outcome {
        /** No row is due (or every due row is being sent by someone else). */
        NOTHING_DUE,
        SENT,
        /** Not sent and not to be: the account was disabled, or its address changed, since it was queued. */
        DROPPED,
        /** The attempt failed; the row waits, or was given up after its last attempt. */
        FAILED
    }

    /** Sends one claimed e-mail; an exception is a failed attempt. */
    @FunctionalInterface
    public interface Courier {
        void send(PendingMail mail) throws Exception;
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    NewsroomClock clock;

    @Inject
    news.dateline.platform.Settings settings;

    /**
     * Wraps a statement that writes notification rows ({@code insert into notification … select …})
     * so that it also writes one outbox row for each of them whose account has an e-mail address,
     * in the same statement and so the same transaction. The statement gains the parameter
     * {@code :queued}, the time the rows fall due. Its update count is the number of e-mails queued.
     */
    static String withMail(String insertNotifications) {
        return "with written as (" + insertNotifications + " returning id, account_id)"
                + " insert into mail_outbox (notification_id, recipient, created_at, next_attempt_at)"
                + " select w.id, a.email, :queued, :queued from written w join account a on a.id = w.account_id"
                + " where a.email is not null";
    }

    /**
     * Claims the e-mail that has been due longest, hands it to the courier while the row is locked,
     * and records the outcome, all in one transaction of its own (never the caller's).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome deliverNext(Courier courier) {
        Instant now = clock.now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select o.id, o.recipient, n.kind, n.article_id, n.headline,"
                        + " ac.display_name, nb.body, n.at, o.attempts, r.enabled and r.email = o.recipient,"
                        + " r.interface_language"
                        + " from mail_outbox o join notification n on n.id = o.notification_id"
                        + " join account r on r.id = n.account_id"
                        + " left join account ac on ac.id = n.actor_id left join article_note nb on nb.id = n.note_id"
                        + " where o.sent_at is null and o.failed_at is null and o.next_attempt_at <= :now"
                        + " order by o.next_attempt_at, o.id limit 1 for update of o skip locked")
                .setParameter("now", Timestamp.from(now))
                .getResultList();
        if (rows.isEmpty()) {
            return Outcome.NOTHING_DUE;
        }
        Object[] row = rows.get(0);
        PendingMail mail = new PendingMail(((Number) row[0]).longValue(), (String) row[1],
                NotificationKind.valueOf((String) row[2]), ((Number) row[3]).longValue(), (String) row[4],
                (String) row[5], (String) row[6], instant(row[7]), ((Number) row[8]).intValue());
        if (!Boolean.TRUE.equals(row[9])) {
            em.createNativeQuery("update mail_outbox set failed_at = :now, last_error = :why where id = :id")
                    .setParameter("now", Timestamp.from(now))
                    .setParameter("why", "Not sent: the account was disabled, or its address changed,"
                            + " after it was queued")
                    .setParameter("id", mail.outboxId())
                    .executeUpdate();
            return Outcome.DROPPED;
        }
        // written in the language the recipient reads the newsroom in
        news.dateline.platform.Language language = news.dateline.platform.Language.of((String) row[10])
                .orElseGet(settings::siteLanguage);
        try {
            news.dateline.platform.InterfaceLanguage.during(language, () -> {
                try {
                    courier.send(mail);
                    return null;
                } catch (Exception e) {
                    throw new MailNotSent(e);
                }
            });
        } catch (MailNotSent notSent) {
            failed(mail, notSent.getCause() instanceof Exception e ? e : notSent, now);
            return Outcome.FAILED;
        } catch (Exception e) {
            failed(mail, e, now);
            return Outcome.FAILED;
        }
        em.createNativeQuery("update mail_outbox set sent_at = :now, attempts = attempts + 1, last_error = null"
                        + " where id = :id")
                .setParameter("now", Timestamp.from(now))
                .setParameter("id", mail.outboxId())
                .executeUpdate();
        return Outcome.SENT;
    }

    /** Carries the courier's failure out of the work done in the recipient's language. */
    private static final class MailNotSent extends RuntimeException {
        MailNotSent(Exception cause) {
            super(cause);
        }
    }

    private void failed(PendingMail mail, Exception e, Instant now) {
        int attempts = mail.attempts() + 1;
        boolean givenUp = attempts >= MAX_ATTEMPTS;
        em.createNativeQuery("update mail_outbox set attempts = :attempts, last_error = :error,"
                        + " next_attempt_at = :next, failed_at = case when :givenUp then cast(:now as timestamptz) end"
                        + " where id = :id")
                .setParameter("attempts", attempts)
                .setParameter("error", describe(e))
                .setParameter("next", Timestamp.from(givenUp ? now : now.plus(wait(attempts))))
                .setParameter("givenUp", givenUp)
                .setParameter("now", Timestamp.from(now))
                .setParameter("id", mail.outboxId())
                .executeUpdate();
        if (givenUp) {
            LOG.log(Level.SEVERE, "Notification e-mail " + mail.outboxId() + " given up after " + attempts
                    + " attempts: " + describe(e));
        } else {
            LOG.warning(() -> "Notification e-mail " + mail.outboxId() + " not sent (attempt " + attempts + " of "
                    + MAX_ATTEMPTS + "), trying again in " + wait(attempts).toMinutes() + " min: " + describe(e));
        }
    }

    /** How long a row waits after its n-th failed attempt: 1, 2, 4, 8 … minutes, at most an hour. */
    static Duration wait(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** The error and its causes in one line, for the row and the log. */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null && text.length() < MAX_ERROR; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
        }
        String line = NotificationMail.oneLine(text.toString());
        return line.length() > MAX_ERROR ? line.substring(0, MAX_ERROR) : line;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
