package news.dateline.newsroom;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import news.dateline.account.AccountService;
import news.dateline.account.SignInResult;
import news.dateline.audit.AuditAction;
import news.dateline.audit.AuditLog;
import news.dateline.platform.ClientAddress;
import news.dateline.platform.FieldRefused;
import news.dateline.platform.FormInput;
import news.dateline.platform.PageRenderer;
import news.dateline.platform.Settings;
import news.dateline.platform.UsableText;

/**
 * Sign-in, sign-out and the one-time creation of the first admin. The sign-in and setup forms make
 * no session: they carry the pre-session token, and the session begins with a successful sign-in.
 */
@Path("/newsroom")
public class SignInResource {

    static final String FAILED = "signin.failed";
    static final String LOCKED = "signin.locked";

    @Inject
    AccountService accounts;

    @Inject
    NewsroomPages pages;

    @Inject
    Settings settings;

    @Inject
    AuditLog audit;

    @Inject
    ClientAddress clientAddress;

    @GET
    @Path("login")
    public Response loginForm(@QueryParam("next") String next, @Context HttpServletRequest request) {
        if (!accounts.hasAccounts()) {
            return NewsroomPages.redirect("/newsroom/setup");
        }
        return loginPage(200, "", safeNext(next), null, Map.of(), request);
    }

    @POST
    @Path("login")
    public Response login(@FormParam("username") String username, @FormParam("password") String password,
                          @FormParam("next") String next, @Context HttpServletRequest request) {
        try {
            FormInput.requireUsable("username", username, "password", password);
        } catch (FieldRefused refused) {
            return loginPage(400, username, safeNext(next), null, Map.of(refused.field(),
                    PageRenderer.message(refused.messageKey(), refused.arguments())), request);
        }
        SignInResult result = accounts.signIn(username, password, clientAddress.of(request));
        if (!result.succeeded()) {
            return loginPage(result.locked() ? 429 : 401, username, safeNext(next), result.locked() ? LOCKED : FAILED,
                    Map.of(), request);
        }
        NewsroomSession.signIn(request, result.editor(), accounts.versionOf(result.editor().accountId()),
                settings.sessionIdleMinutes());
        return NewsroomPages.redirect(safeNext(next));
    }

    @POST
    @Path("logout")
    public Response logout(@Context HttpServletRequest request) {
        NewsroomSession.accountId(request).flatMap(accounts::activeEditor)
                .ifPresent(editor -> audit.record(AuditAction.SIGN_OUT, editor, "account " + editor.username(), null));
        NewsroomSession.signOut(request);
        return NewsroomPages.redirect("/newsroom/login");
    }

    @GET
    @Path("setup")
    public Response setupForm(@Context HttpServletRequest request) {
        if (accounts.hasAccounts()) {
            return NewsroomPages.redirect("/newsroom/login");
        }
        return setupPage(200, Map.of(), Map.of(), request);
    }

    @POST
    @Path("setup")
    public Response setup(@FormParam("username") String username, @FormParam("displayName") String displayName,
                          @FormParam("password") String password, @FormParam("passwordAgain") String passwordAgain,
                          @Context HttpServletRequest request) {
        if (accounts.hasAccounts()) {
            return NewsroomPages.redirect("/newsroom/login");
        }
        Map<String, String> values = new HashMap<>();
        values.put("username", username == null ? "" : username);
        values.put("displayName", displayName == null ? "" : displayName);
        try {
            FormInput.requireUsable("username", username, "displayName", displayName, "password", password,
                    "passwordAgain", passwordAgain);
            if (password == null || !password.equals(passwordAgain)) {
                throw new FieldRefused("passwordAgain", "account.error.passwordsDiffer");
            }
            accounts.createFirstAdmin(username, displayName, password);
        } catch (FieldRefused refused) {
            return setupPage(400, values, Map.of(refused.field(),
                    PageRenderer.message(refused.messageKey(), refused.arguments())), request);
        } catch (IllegalStateException e) {
            return NewsroomPages.redirect("/newsroom/login");
        }
        return NewsroomPages.redirect("/newsroom/login");
    }

    private Response loginPage(int status, String username, String next, String error, Map<String, String> errors,
                               HttpServletRequest request) {
        Map<String, Object> model = new HashMap<>();
        model.put("username", username == null ? "" : username);
        model.put("errors", errors);
        model.put("next", next);
        model.put("error", error);
        return preSessionPage(status, "newsroom/login", model, request);
    }

    private Response setupPage(int status, Map<String, String> values, Map<String, String> errors,
                               HttpServletRequest request) {
        return preSessionPage(status, "newsroom/setup", Map.of("values", values, "errors", errors), request);
    }

    private Response preSessionPage(int status, String template, Map<String, Object> model,
                                    HttpServletRequest request) {
        String token = NewsroomSession.formToken(request);
        return Response.fromResponse(pages.openPage(status, template, model, token))
                .header(HttpHeaders.SET_COOKIE, NewsroomSession.formCookieHeader(token, request))
                .build();
    }

    /** Only a path inside the newsroom; never another site (no open redirect). */
    static String safeNext(String next) {
        if (next != null && next.startsWith("/newsroom") && !next.startsWith("//") && !next.contains("\\")
                && UsableText.usable(next, false)) {
            return next;
        }
        return "/newsroom";
    }
}
