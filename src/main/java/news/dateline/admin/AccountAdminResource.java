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
import news.dateline.platform.FormInput;
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
        String name;
        try {
            FormInput.requireUsable("username", username, "displayName", displayName, "role", role,
                    "password", password, "email", email);
            checkNewAccount(username, displayName, role, password, email);
            name = Account.normalizedUsername(username);
            accounts.create(editor, name, displayName, password, role(role).orElseThrow(), email);
        } catch (FieldRefused refused) {
            return page(400, values, errorAt(refused.field(), refused));
        } catch (PersistenceException | TransactionalException taken) {
            return page(400, values, Map.of("username", PageRenderer.message("accounts.error.taken",
                    Account.normalizedUsername(username))));
        }
        return pages.redirectWithFlash(PAGE, "flash.accountAdded", name);
    }

    @POST
    @Path("{username}/role")
    public Response changeRole(@PathParam("username") String username, @FormParam("role") String role) {
        return change("role-" + username, () -> {
            FormInput.requireUsable("role", role);
            Role chosen = role(role).orElseThrow(() -> new FieldRefused("role", "accounts.error.role"));
            accounts.changeRole(signedIn.editor(), username, chosen);
            return pages.redirectWithFlash(PAGE, "flash.roleChanged", username,
                    PageRenderer.message("accounts.role." + chosen.name()));
        });
    }

    /**
     * Sets or (left empty) removes the address the account's notifications are e-mailed to. A
     * refused address is shown next to that account's field, as typed.
     */
    @POST
    @Path("{username}/email")
    public Response changeEmail(@PathParam("username") String username, @FormParam("email") String email) {
        String field = "email-" + username;
        return change(field, Map.of(field, email == null ? "" : email), () -> {
            FormInput.requireUsable("email", email);
            boolean set = EmailAddress.parse(email).isPresent();
            accounts.changeEmail(signedIn.editor(), username, email);
            return pages.redirectWithFlash(PAGE, set ? "flash.emailChanged" : "flash.emailRemoved", username);
        });
    }

    @POST
    @Path("{username}/disable")
    public Response disable(@PathParam("username") String username) {
        return change("account", () -> {
            accounts.setEnabled(signedIn.editor(), username, false);
            return pages.redirectWithFlash(PAGE, "flash.accountDisabled", username);
        });
    }

    @POST
    @Path("{username}/enable")
    public Response enable(@PathParam("username") String username) {
        return change("account", () -> {
            accounts.setEnabled(signedIn.editor(), username, true);
            return pages.redirectWithFlash(PAGE, "flash.accountEnabled", username);
        });
    }

    @POST
    @Path("{username}/reset-password")
    public Response resetPassword(@PathParam("username") String username,
                                  @FormParam("temporaryPassword") String temporaryPassword) {
        return change("temp-" + username, () -> {
            FormInput.requireUsable("temporaryPassword", temporaryPassword);
            if (PasswordHasher.weak(temporaryPassword)) {
                throw new FieldRefused("temporaryPassword", "accounts.error.password", PasswordHasher.MIN_LENGTH,
                        PasswordHasher.MAX_LENGTH);
            }
            accounts.resetPassword(signedIn.editor(), username, temporaryPassword);
            return pages.redirectWithFlash(PAGE, "flash.passwordReset", username);
        });
    }

    private Response change(String field, Supplier<Response> change) {
        return change(field, Map.of(), change);
    }

    /**
     * One change to an existing account, from a form in that account's row. Whatever is refused
     * (a value, an unknown account, the last administrator's demotion) is shown next to the row's
     * field that was sent ({@code field}), with what was typed there ({@code typed}).
     */
    private Response change(String field, Map<String, String> typed, Supplier<Response> change) {
        signedIn.editor().require(Permission.MANAGE_ACCOUNTS);
        try {
            return change.get();
        } catch (FieldRefused refused) {
            return page(400, typed, errorAt(field, refused));
        }
    }

    private static Map<String, String> errorAt(String field, FieldRefused refused) {
        return Map.of(field, PageRenderer.message(refused.messageKey(), refused.arguments()));
    }

    /** @throws FieldRefused on the first field whose value cannot make an account */
    private static void checkNewAccount(String username, String displayName, String role, String password,
                                        String email) {
        Account.normalizedUsername(username);
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > MAX_DISPLAY_NAME) {
            throw new FieldRefused("displayName", "accounts.error.displayName", MAX_DISPLAY_NAME);
        }
        if (role(role).isEmpty()) {
            throw new FieldRefused("role", "accounts.error.role");
        }
        if (PasswordHasher.weak(password)) {
            throw new FieldRefused("password", "accounts.error.password", PasswordHasher.MIN_LENGTH,
                    PasswordHasher.MAX_LENGTH);
        }
        EmailAddress.parse(email);
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
