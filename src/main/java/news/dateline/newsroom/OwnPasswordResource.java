package news.dateline.newsroom;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import news.dateline.account.AccountService;
import news.dateline.platform.FieldRefused;
import news.dateline.platform.FormInput;
import news.dateline.platform.PageRenderer;

/**
 * Every user changes their own password on their account page (the current one is required);
 * also after a reset. The same page sets their e-mail address ({@link OwnEmailResource}).
 */
@Path("/newsroom/account/password")
public class OwnPasswordResource {

    @Inject
    AccountService accounts;

    @Inject
    OwnAccountPage accountPage;

    @Inject
    SignedIn signedIn;

    @Inject
    NewsroomPages pages;

    @GET
    public Response form() {
        return accountPage.render(200, accounts.ownAccount(signedIn.editor()), null, Map.of());
    }

    @POST
    public Response change(@FormParam("current") String current, @FormParam("password") String password,
                           @FormParam("passwordAgain") String passwordAgain, @Context HttpServletRequest request) {
        AccountService.OwnAccount own = accounts.ownAccount(signedIn.editor());
        try {
            FormInput.requireUsable("current", current, "password", password, "passwordAgain", passwordAgain);
            if (password == null || !password.equals(passwordAgain)) {
                throw new FieldRefused("passwordAgain", "account.error.passwordsDiffer");
            }
            long version = accounts.changeOwnPassword(signedIn.editor(), current, password);
            NewsroomSession.confirmAccountVersion(request, version);
        } catch (FieldRefused refused) {
            return accountPage.render(400, own, null, Map.of(refused.field(),
                    PageRenderer.message(refused.messageKey(), refused.arguments())));
        }
        return pages.redirectWithFlash(OwnAccountPage.PATH, "flash.ownPasswordChanged");
    }
}
