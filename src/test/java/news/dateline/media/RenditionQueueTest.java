package news.dateline.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RenditionQueueTest {

    private final RenditionQueue queue = new RenditionQueue();

    @BeforeEach
    void start() {
        queue.threads = Executors.defaultThreadFactory();
        queue.start();
    }

    @AfterEach
    void stop() {
        queue.stop();
    }

    @Test
    void shouldRefuseAnUploadAsBusyOnceEveryPlaceIsTakenAndTakeItAgainWhenOneIsFreed() {
        List<RenditionQueue.Place> taken = new ArrayList<>();
        for (int i = 0; i < RenditionQueue.PLACES; i++) {
            taken.add(queue.reserve());
        }

        assertThatThrownBy(queue::reserve).isInstanceOfSatisfying(PhotoBusyException.class, e -> assertThat(
                e.getMessage()).isEqualTo("Photos are being processed right now; try again in a moment."));

        taken.get(0).release();
        taken.get(0).release();
        assertThat(queue.reserve()).isNotNull();
        assertThatThrownBy(queue::reserve).isInstanceOf(PhotoBusyException.class);
    }
}
