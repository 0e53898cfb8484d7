package news.dateline.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PermissionTest {

    @Test
    void shouldNeverLetAWriterPublishWithdrawOrAdminister() {
        assertThat(Arrays.stream(Permission.values()).filter(p -> p.grantedTo(Role.WRITER)))
                .containsExactlyInAnyOrder(Permission.WRITE_ARTICLE, Permission.SUBMIT_ARTICLE,
                        Permission.PREVIEW_ARTICLE, Permission.UPLOAD_MEDIA);
    }

    @Test
    void shouldKeepAccountsForAdminsAndLetEditorsManageSectionsAndContributors() {
        assertThat(Permission.MANAGE_ACCOUNTS.grantedTo(Role.EDITOR)).isFalse();
        assertThat(Permission.MANAGE_SECTIONS.grantedTo(Role.EDITOR)).isTrue();
        assertThat(Permission.MANAGE_CONTRIBUTORS.grantedTo(Role.EDITOR)).isTrue();
        assertThat(Arrays.stream(Permission.values()).allMatch(p -> p.grantedTo(Role.ADMIN))).isTrue();
    }

    @Test
    void shouldRefuseWithAnExceptionWhenRequired() {
        Editor writer = new Editor(1, "w", "Writer", Role.WRITER);

        assertThatThrownBy(() -> writer.require(Permission.PUBLISH_ARTICLE)).isInstanceOf(AccessDeniedException.class);
    }
}
