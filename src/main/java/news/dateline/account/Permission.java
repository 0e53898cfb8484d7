package news.dateline.account;

import java.util.EnumSet;
import java.util.Set;

/** The permission matrix: every newsroom action and the roles allowed to perform it. */
public enum Permission {
    WRITE_ARTICLE(Role.WRITER, Role.EDITOR, Role.ADMIN),
    EDIT_ANY_ARTICLE(Role.EDITOR, Role.ADMIN),
    SUBMIT_ARTICLE(Role.WRITER, Role.EDITOR, Role.ADMIN),
    PUBLISH_ARTICLE(Role.EDITOR, Role.ADMIN),
    WITHDRAW_ARTICLE(Role.EDITOR, Role.ADMIN),
    RETURN_ARTICLE_TO_DRAFT(Role.EDITOR, Role.ADMIN),
    PREVIEW_ARTICLE(Role.WRITER, Role.EDITOR, Role.ADMIN),
    UPLOAD_MEDIA(Role.WRITER, Role.EDITOR, Role.ADMIN),
    EDIT_MEDIA(Role.EDITOR, Role.ADMIN),
    MANAGE_CONTRIBUTORS(Role.EDITOR, Role.ADMIN),
    MANAGE_SECTIONS(Role.EDITOR, Role.ADMIN),
    MANAGE_ACCOUNTS(Role.ADMIN),
    READ_AUDIT_LOG(Role.ADMIN),
    MANAGE_DATABASE(Role.ADMIN);

    private final Set<Role> roles;

    Permission(Role first, Role... more) {
        this.roles = EnumSet.of(first, more);
    }

    public boolean grantedTo(Role role) {
        return roles.contains(role);
    }
}
