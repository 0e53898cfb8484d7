package news.dateline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.Map;
import news.dateline.account.Role;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.TestContent;
import news.dateline.testing.TestContent.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class AuditLogIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(AuditLogIT.class);
    }

    @Inject
    TestContent content;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Test
    void theApplicationsDatabaseRoleCannotChangeOrRemoveAuditLines() throws Exception {
        content.newAccount(Role.ADMIN);
        NewsroomClient client = new NewsroomClient();
        client.get("/newsroom/login");
        client.post("/newsroom/login", Map.of("username", "nobody-at-all", "password", "wrong password"));

        for (String sql : new String[] {"update audit_event set detail = 'rewritten'", "delete from audit_event",
            "truncate audit_event"}) {
            transaction.begin();
            try {
                assertThatThrownBy(() -> em.createNativeQuery(sql).executeUpdate()).as(sql)
                        .hasStackTraceContaining("append-only");
            } finally {
                transaction.rollback();
            }
        }
        Number lines = (Number) em.createNativeQuery("select count(*) from audit_event where action = 'SIGN_IN_FAILED'"
                + " and actor_name = 'nobody-at-all'").getSingleResult();
        assertThat(lines.longValue()).isEqualTo(1);
    }

    @Test
    void adminsReadAndFilterTheLogAndOthersMayNot() {
        Login admin = content.newAccount(Role.ADMIN);
        Login editor = content.newAccount(Role.EDITOR);
        NewsroomClient adminClient = new NewsroomClient();
        adminClient.signIn(admin.username(), admin.password());
        NewsroomClient editorClient = new NewsroomClient();
        editorClient.signIn(editor.username(), editor.password());

        Document signIns = adminClient.page("/newsroom/audit?action=SIGN_IN&actor=" + editor.username());
        Document everything = adminClient.page("/newsroom/audit");

        assertThat(signIns.select("tbody tr")).hasSize(1);
        assertThat(signIns.selectFirst("tbody tr").text()).contains("Signed in", editor.username(), "127.0.0.1");
        assertThat(everything.select("tbody tr td:nth-child(2)").eachText()).contains("Signed in");
        assertThat(editorClient.get("/newsroom/audit").statusCode()).isEqualTo(403);
    }
}
