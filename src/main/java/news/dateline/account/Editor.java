package news.dateline.account;

import news.dateline.audit.Actor;

/**
 * Who is acting: the signed-in account, as services see it. Services check permissions on it,
 * so a crafted request cannot do more than the account's role allows.
 */
public record Editor(long accountId, String username, String displayName, Role role) implements Actor {

    public boolean may(Permission permission) {
        return permission.grantedTo(role);
    }

    /** @throws AccessDeniedException when the role does not grant the permission */
    public void require(Permission permission) {
        if (!may(permission)) {
            throw new AccessDeniedException(displayName + " (" + role + ") may not " + permission);
        }
    }
}
