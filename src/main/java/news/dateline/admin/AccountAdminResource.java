package news.dateline.admin;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import news.dateline.account.Account;
import news.dateline.account.AccountService;
import news.dateline.account.Editor;
import news.dateline.account.PasswordHasher;
import news.dateline.account.Permission;
import news.dateline.account.Role;
import news.dateline.newsroom.NewsroomPages;
import news.dateline.newsroom.SignedIn;
import news.dateline.platform.FieldRefused;
import news.dateline.platform.PageRenderer;
import news.dateline.account.EmailAddress;

/**
 * Admins create newsroom accounts, give them a role and an e-mail address, disable them and reset
 * their passwords. Each
 * field is checked here, one rule at a time, so that a refusal names its field without reading the
 * text of an exception; the username taken at the same moment by another request shows as taken.
 */
@Path("/newsroom/accounts")
public class AccountAdminResource {

    private static final String PAGE = "/newsroom/accounts";
    private static final int MAX_DISPLAY_NAME = 120;

    /** An account as the page lists it. */
    public record Row(String username, String displayName, String role, boolean enabled, String email) {
    }

    /** A refusal: the field it concerns and what to show there. */
    private record Refusal(String field, String text) {
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
                           @FormParam("role") String role, @FormParam("password") String password,
                           @FormParam("email") String email) {
        Editor editor = signedIn.editor();
        editor.require(Permission.MANAGE_ACCOUNTS);
        Map<String, String> values = new HashMap<>();
        values.put("username", username == null ? "" : username);
        values.put("displayName", displayName == null ? "" : displayName);
        values.put("role", role == null ? "" : role);
        values.put("email", email == null ? "" : email);
        Optional<Refusal> refusal = checkNewAccount(username, displayName, role, password, email);
        if (refusal.isPresent()) {
            return page(400, values, Map.of(refusal.get().field(), refusal.get().text()));
        }
        String name = Account.normalizedUsername(username);
        try {
            accounts.create(editor, name, displayName, password, role(role).orElseThrow(), email);
        } catch (IllegalArgumentException | PersistenceException | TransactionalException taken) {
            return page(400, values, Map.of("username", PageRenderer.message("accounts.error.taken", name)));
        }
        return pages.redirectWithFlash(PAGE, "flash.accountAdded", name);
    }

    @POST
    @Path("{username}/role")
    public Response changeRole(@PathParam("username") String username, @FormParam("role") String role) {
        Optional<Role> chosen = role(role);
        if (chosen.isEmpty()) {
            signedIn.editor().require(Permission.MANAGE_ACCOUNTS);
            return page(400, Map.of(), Map.of("account", PageRenderer.message("accounts.error.role")));
        }
        return change(() -> {
            accounts.changeRole(signedIn.editor(), username, chosen.get());
            return pages.redirectWithFlash(PAGE, "flash.roleChanged", username,
                    PageRenderer.message("accounts.role." + chosen.get().name()));
        });
    }

    /**
     * Sets or (left empty) removes the address the account's notifications are e-mailed to. A
     * refused address is shown next to that account's field, as typed.
     */
    @POST
    @Path("{username}/email")
    public Response changeEmail(@PathParam("username") String username, @FormParam("email") String email) {
        signedIn.editor().require(Permission.MANAGE_ACCOUNTS);
        String field = "email-" + username;
        try {
            EmailAddress.parse(email);
        } catch (FieldRefused refused) {
            return page(400, Map.of(field, email == null ? "" : email),
                    Map.of(field, PageRenderer.message(refused.messageKey(), refused.arguments())));
        }
        return change(() -> {
            accounts.changeEmail(signedIn.editor(), username, email);
            return pages.redirectWithFlash(PAGE, EmailAddress.parse(email).isPresent() ? "flash.emailChanged"
                    : "flash.emailRemoved", username);
        });
    }

    @POST
    @Path("{username}/disable")
    public Response disable(@PathParam("username") String username) {
        return change(() -> {
            accounts.setEnabled(signedIn.editor(), username, false);
            return pages.redirectWithFlash(PAGE, "flash.accountDisabled", username);
        });
    }

    @POST
    @Path("{username}/enable")
    public Response enable(@PathParam("username") String username) {
        return change(() -> {
            accounts.setEnabled(signedIn.editor(), username, true);
            return pages.redirectWithFlash(PAGE, "flash.accountEnabled", username);
        });
    }

    @POST
    @Path("{username}/reset-password")
    public Response resetPassword(@PathParam("username") String username,
                                  @FormParam("temporaryPassword") String temporaryPassword) {
        signedIn.editor().require(Permission.MANAGE_ACCOUNTS);
        if (PasswordHasher.weakness(temporaryPassword) != null) {
            return page(400, Map.of(), Map.of("account", PageRenderer.message("accounts.error.password",
                    PasswordHasher.MIN_LENGTH, PasswordHasher.MAX_LENGTH)));
        }
        return change(() -> {
            accounts.resetPassword(signedIn.editor(), username, temporaryPassword);
            return pages.redirectWithFlash(PAGE, "flash.passwordReset", username);
        });
    }

    /**
     * One change to an existing account. The service refuses an unknown account and the last
     * administrator's demotion; its explanation is shown above the list.
     */
    private Response change(Supplier<Response> change) {
        signedIn.editor().require(Permission.MANAGE_ACCOUNTS);
        try {
            return change.get();
        } catch (IllegalArgumentException e) {
            return page(400, Map.of(), Map.of("account", e.getMessage()));
        }
    }

    private static Optional<Refusal> checkNewAccount(String username, String displayName, String role,
                                                     String password, String email) {
        try {
            Account.normalizedUsername(username);
        } catch (IllegalArgumentException e) {
            return Optional.of(new Refusal("username", PageRenderer.message("accounts.error.username")));
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > MAX_DISPLAY_NAME) {
            return Optional.of(new Refusal("displayName", PageRenderer.message("accounts.error.displayName",
                    MAX_DISPLAY_NAME)));
        }
        if (role(role).isEmpty()) {
            return Optional.of(new Refusal("role", PageRenderer.message("accounts.error.role")));
        }
        if (PasswordHasher.weakness(password) != null) {
            return Optional.of(new Refusal("password", PageRenderer.message("accounts.error.password",
                    PasswordHasher.MIN_LENGTH, PasswordHasher.MAX_LENGTH)));
        }
        try {
            EmailAddress.parse(email);
        } catch (FieldRefused refused) {
            return Optional.of(new Refusal(refused.field(), PageRenderer.message(refused.messageKey(),
                    refused.arguments())));
        }
        return Optional.empty();
    }

    private static Optional<Role> role(String role) {
        String wanted = role == null ? "" : role.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(wanted)).findFirst();
    }

    private Response page(int status, Map<String, String> values, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("rows", accounts.list().stream().map(a -> new Row(a.getUsername(), a.getDisplayName(),
                a.getRole().name(), a.isEnabled(), a.getEmail().orElse(""))).toList());
        model.put("roles", Role.values());
        model.put("values", values);
        model.put("errors", errors);
        return pages.page(status, "newsroom/accounts", model);
    }
}
