package news.dateline.media;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import news.dateline.platform.ApplicationStarted;
import news.dateline.platform.Settings;

/**
 * Makes renditions off the request thread, one photo at a time, on a bounded queue. An upload takes
 * one of {@value #PLACES} places before its image is decoded and keeps it until its renditions are
 * stored (or gives it back at once when it needs none, or when its transaction rolls back). When
 * every place is taken the upload is refused with {@link PhotoBusyException} and nothing is stored.
 * The renditions of a photo are queued only once its upload has committed; so are its crops once a
 * new focal point has committed. Photos left without renditions or crops (the server stopped first)
 * are made at start-up.
 */
@ApplicationScoped
public class RenditionQueue {

    static final int PLACES = 8;
    private static final int WORKERS = 1;
    private static final Logger LOG = Logger.getLogger(RenditionQueue.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ThreadFactory threads;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    PhotoRenditions renditions;

    @Inject
    Settings settings;

    private final Semaphore places = new Semaphore(PLACES);
    private final AtomicBoolean catchingUp = new AtomicBoolean();
    private ThreadPoolExecutor workers;

    /** One upload's place in the queue. */
    public final class Place {

        private final AtomicBoolean held = new AtomicBoolean(true);

        /** Queues the photo's renditions once the current transaction commits; gives the place back otherwise. */
        void renditionsAfterCommit(long assetId) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        submit(Place.this, () -> make(assetId));
                    } else {
                        release();
                    }
                }
            });
        }

        void release() {
            if (held.compareAndSet(true, false)) {
                places.release();
            }
        }
    }

    @PostConstruct
    void start() {
        workers = new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(PLACES),
                threads);
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
        try {
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warning("Rendition workers did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Takes a place for one upload.
     *
     * @throws PhotoBusyException when every place is taken
     */
    public Place reserve() {
        if (!places.tryAcquire()) {
            throw new PhotoBusyException();
        }
        return new Place();
    }

    void catchUp(@Observes ApplicationStarted started) {
        if (!places.tryAcquire()) {
            return;
        }
        Place place = new Place();
        if (!catchingUp.compareAndSet(false, true)) {
            place.release();
            return;
        }
        submit(place, () -> {
            try {
                for (long assetId : renditions.missing(maxPixels())) {
                    try {
                        make(assetId);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Renditions of photo " + assetId + " could not be made", e);
                    }
                }
            } finally {
                catchingUp.set(false);
            }
        });
    }

    private void submit(Place place, Runnable work) {
        try {
            workers.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Renditions could not be made; they are tried again at the next start", e);
                } finally {
                    place.release();
                }
            });
        } catch (RejectedExecutionException e) {
            place.release();
            LOG.info("Renditions not queued: the application is stopping; they are made at the next start");
        }
    }

    private void make(long assetId) {
        if (Thread.currentThread().isInterrupted()) {
            return;
        }
        renditions.original(assetId).ifPresent(original -> {
            InspectedImage image = original.image();
            if (image.pixels() > maxPixels()) {
                return;
            }
            var decoded = ImageInspector.decode(original.bytes(), image, Resizer.DECODE_WIDTH);
            renditions.store(assetId, original.focus(), Resizer.renditions(image, decoded, original.focus()));
        });
    }

    private long maxPixels() {
        return settings.maxPhotoMegapixels() * 1_000_000L;
    }
}
