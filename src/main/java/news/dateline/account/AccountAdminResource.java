package news.dateline.account;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import news.dateline.newsroom.NewsroomPages;
import news.dateline.newsroom.SignedIn;

/** Admins create newsroom accounts and give them a role. */
@Path("/newsroom/accounts")
public class AccountAdminResource {

    /** An account as the page lists it. */
    public record Row(String username, String displayName, String role, boolean enabled) {
    }

    @Inject
    AccountService accounts;

    @Inject
    NewsroomPages pages;

    @Inject
    SignedIn signedIn;

    @GET
    public Response list() {
        signedIn.editor().require(Permission.MANAGE_ACCOUNTS);
        return page(200, Map.of(), Map.of());
    }

    @POST
    public Response create(@FormParam("username") String username, @FormParam("displayName") String displayName,
                           @FormParam("role") String role, @FormParam("password") String password) {
        Editor editor = signedIn.editor();
        editor.require(Permission.MANAGE_ACCOUNTS);
        Map<String, String> values = new HashMap<>();
        values.put("username", username == null ? "" : username);
        values.put("displayName", displayName == null ? "" : displayName);
        values.put("role", role == null ? "" : role);
        Role chosen;
        try {
            chosen = Role.valueOf(role == null ? "" : role.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return page(400, values, Map.of("role", "Choose a role."));
        }
        try {
            accounts.create(editor, username, displayName, password, chosen);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            String field = message.startsWith("A password") ? "password"
                    : message.startsWith("A display") ? "displayName" : "username";
            return page(400, values, Map.of(field, message));
        }
        return NewsroomPages.redirect("/newsroom/accounts");
    }

    @POST
    @jakarta.ws.rs.Path("{username}/role")
    public Response changeRole(@jakarta.ws.rs.PathParam("username") String username, @FormParam("role") String role) {
        return change(() -> accounts.changeRole(signedIn.editor(), username, Role.valueOf(
                role == null ? "" : role.toUpperCase(Locale.ROOT))));
    }

    @POST
    @jakarta.ws.rs.Path("{username}/disable")
    public Response disable(@jakarta.ws.rs.PathParam("username") String username) {
        return change(() -> accounts.setEnabled(signedIn.editor(), username, false));
    }

    @POST
    @jakarta.ws.rs.Path("{username}/enable")
    public Response enable(@jakarta.ws.rs.PathParam("username") String username) {
        return change(() -> accounts.setEnabled(signedIn.editor(), username, true));
    }

    @POST
    @jakarta.ws.rs.Path("{username}/reset-password")
    public Response resetPassword(@jakarta.ws.rs.PathParam("username") String username,
                                  @FormParam("temporaryPassword") String temporaryPassword) {
        return change(() -> accounts.resetPassword(signedIn.editor(), username, temporaryPassword));
    }

    private Response change(Runnable change) {
        signedIn.editor().require(Permission.MANAGE_ACCOUNTS);
        try {
            change.run();
        } catch (IllegalArgumentException e) {
            return page(400, Map.of(), Map.of("account", e.getMessage()));
        }
        return NewsroomPages.redirect("/newsroom/accounts");
    }

    private Response page(int status, Map<String, String> values, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("rows", accounts.list().stream().map(a -> new Row(a.getUsername(), a.getDisplayName(),
                a.getRole().name(), a.isEnabled())).toList());
        model.put("roles", Role.values());
        model.put("values", values);
        model.put("errors", errors);
        return pages.page(status, "newsroom/accounts", model);
    }
}
