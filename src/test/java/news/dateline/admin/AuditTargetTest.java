package news.dateline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import news.dateline.audit.AuditAction;
import org.junit.jupiter.api.Test;

class AuditTargetTest {

    @Test
    void shouldLinkEachKindOfTargetToItsNewsroomPage() {
        assertThat(AuditTarget.of("article 12 (harbour-reopens)").url()).isEqualTo("/newsroom/articles/12");
        assertThat(AuditTarget.of("contributor 3 (Anna Petrova)").url()).isEqualTo("/newsroom/contributors/3");
        assertThat(AuditTarget.of("photo 7").url()).isEqualTo("/newsroom/media/7");
        assertThat(AuditTarget.of("account anna.p").url()).isEqualTo("/newsroom/accounts#account-anna.p");
        assertThat(AuditTarget.of("section world-news").url()).isEqualTo("/newsroom/sections#section-world-news");
        assertThat(AuditTarget.of("schema").url()).isEqualTo("/newsroom/admin/database");
    }

    @Test
    void shouldLeaveTargetsThatDoNotReadAsAKindAndAKeyUnlinked() {
        assertThat(AuditTarget.of("account <script>x</script>").url()).isNull();
        assertThat(AuditTarget.of("article -1").url()).isNull();
        assertThat(AuditTarget.of("section World/../x").url()).isNull();
        assertThat(AuditTarget.of("something else").url()).isNull();
        assertThat(AuditTarget.of(null).text()).isEmpty();
        assertThat(AuditTarget.of("something else").text()).isEqualTo("something else");
    }

    @Test
    void shouldNameEveryActionInWords() {
        for (AuditAction action : AuditAction.values()) {
            assertThat(AuditLogResource.words(action.name())).as(action.name()).isNotEqualTo(action.name());
        }
        assertThat(AuditLogResource.words("NO_LONGER_KNOWN")).isEqualTo("NO_LONGER_KNOWN");
    }
}
