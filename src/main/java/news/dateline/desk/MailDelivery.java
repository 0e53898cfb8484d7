package news.dateline.desk;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import news.dateline.platform.ApplicationStarted;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.Settings;

/**
 * Sends the notification e-mails of the outbox, on a thread of its own: never in an editor's
 * request or transaction, and never competing with the publication scheduler. A run starts right
 * after an action that queued e-mail commits, and every {@value #INTERVAL_SECONDS} seconds in any
 * case (for retries, for rows another server queued, after a restart). A run sends the due rows one
 * by one, each in its own short transaction with the row locked (see {@link MailOutbox}), and stops
 * at the first failure, so that a server that is down costs one attempt per run, not one per row.
 * Without a configured SMTP host nothing is done.
 */
@ApplicationScoped
public class MailDelivery {

    static final int INTERVAL_SECONDS = 15;
    /** The most a run sends; the next run carries on. */
    static final int MOST_PER_RUN = 500;
    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ThreadFactory threads;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    MailOutbox outbox;

    @Inject
    Settings settings;

    @Inject
    NewsroomClock clock;

    private final AtomicBoolean runRequested = new AtomicBoolean();
    private ScheduledThreadPoolExecutor worker;

    /** Starts the timer once, however often the application reports that it started. */
    synchronized void start(@Observes ApplicationStarted started) {
        if (worker != null) {
            return;
        }
        worker = new ScheduledThreadPoolExecutor(1, threads);
        worker.scheduleWithFixedDelay(this::runSafely, 1, INTERVAL_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Asks for a run as soon as the current transaction commits (nothing when it rolls back). Only
     * hands work to the mail thread: the action that queued the e-mail does not wait for it.
     */
    void afterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    requestRun();
                }
            }
        });
    }

    private void requestRun() {
        ScheduledThreadPoolExecutor running = worker;
        if (running == null || !runRequested.compareAndSet(false, true)) {
            return;
        }
        try {
            running.execute(() -> {
                runRequested.set(false);
                runSafely();
            });
        } catch (RejectedExecutionException e) {
            runRequested.set(false);
        }
    }

    /**
     * Sends what is due now, until nothing is due, an attempt fails, or {@value #MOST_PER_RUN} rows
     * are handled. Safe to call from several threads and servers at once: each row goes out once.
     *
     * @return how many e-mails this run sent
     */
    public int deliverPending() {
        Optional<Settings.Smtp> smtp = settings.smtp();
        if (smtp.isEmpty()) {
            return 0;
        }
        NotificationMail mail = new NotificationMail(settings.siteName(), settings.publicUrl(), clock.zone());
        int sent = 0;
        try (MailServer server = new MailServer(smtp.get())) {
            for (int tried = 0; tried < MOST_PER_RUN; tried++) {
                MailOutbox.Outcome outcome = outbox.deliverNext(pending ->
                        server.send(mail.message(server.session(), server.from(), pending, clock.now())));
                if (outcome == MailOutbox.Outcome.SENT) {
                    sent++;
                } else if (outcome != MailOutbox.Outcome.DROPPED) {
                    break;
                }
            }
        }
        return sent;
    }

    private void runSafely() {
        try {
            int sent = deliverPending();
            if (sent > 0) {
                LOG.fine(() -> "Sent " + sent + " notification e-mail(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The notification e-mail run failed; the next run retries", e);
        }
    }

    @PreDestroy
    void stop() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }
}
