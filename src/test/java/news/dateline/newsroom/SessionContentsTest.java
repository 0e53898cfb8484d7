package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sessions are replicated between the servers, so everything a newsroom session holds must survive
 * serialization: the account id and version, the CSRF token and the waiting flash message.
 */
class SessionContentsTest {

    @Test
    void aFlashMessageCrossesToAnotherServerIntact() throws Exception {
        NewsroomPages.Flash flash = new NewsroomPages.Flash("/newsroom/accounts", "flash.accountAdded",
                java.util.stream.Stream.of("anna").toList(), Instant.parse("2026-11-27T10:15:30Z"));

        assertThat(roundTrip(flash)).isEqualTo(flash);
    }

    @Test
    void theSignedInAccountAndItsTokenCrossToo() throws Exception {
        for (Serializable value : List.<Serializable>of(42L, 7L, "c3VwZXItc2VjcmV0LWNzcmYtdG9rZW4tMzItYnl0ZXM")) {
            assertThat(roundTrip(value)).isEqualTo(value);
        }
    }

    private static Object roundTrip(Serializable value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
