package news.dateline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailOutboxTest {

    @Test
    void shouldWaitLongerAfterEachFailureUpToAnHour() {
        assertThat(MailOutbox.wait(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailOutbox.wait(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(MailOutbox.wait(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(MailOutbox.wait(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(MailOutbox.wait(7)).isEqualTo(Duration.ofHours(1));
        assertThat(MailOutbox.wait(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void shouldDescribeAnErrorWithItsCausesOnOneBoundedLine() {
        Exception error = new IllegalStateException("could not connect\r\nto host",
                new java.net.ConnectException("Connection refused"));

        assertThat(MailOutbox.describe(error))
                .isEqualTo("IllegalStateException: could not connect to host <- ConnectException: Connection refused");
        assertThat(MailOutbox.describe(new RuntimeException("x".repeat(5000)))).hasSize(1000);
    }

    @Test
    void shouldQueueOneMailForEachNotificationWhoseAccountHasAnAddressInTheSameStatement() {
        String sql = MailOutbox.withMail("insert into notification (account_id) select a.id from account a");

        assertThat(sql).startsWith("with written as (insert into notification (account_id) select a.id from account a"
                + " returning id, account_id) insert into mail_outbox").contains("where a.email is not null");
    }
}
