package news.dateline.newsroom;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import news.dateline.account.AccountService;
import news.dateline.account.Editor;
import news.dateline.platform.FieldRefused;
import news.dateline.platform.FormInput;
import news.dateline.platform.PageRenderer;

/**
 * Everyone sets, changes or removes the address their own notifications are e-mailed to. The form
 * has that one field; the account is the signed-in one, never one named in the request.
 */
@Path("/newsroom/account/email")
public class OwnEmailResource {

    @Inject
    AccountService accounts;

    @Inject
    NewsroomPages pages;

    @Inject
    SignedIn signedIn;

    @Inject
    OwnAccountPage accountPage;

    /** The form lives on the own account page. */
    @GET
    public Response form() {
        return NewsroomPages.redirect(OwnAccountPage.PATH);
    }

    @POST
    public Response change(@FormParam("email") String email) {
        Editor editor = signedIn.editor();
        try {
            FormInput.requireUsable("email", email);
            accounts.changeOwnEmail(editor, email);
        } catch (FieldRefused refused) {
            return accountPage.render(400, accounts.ownAccount(editor), email == null ? "" : email,
                    Map.of(refused.field(), PageRenderer.message(refused.messageKey(), refused.arguments())));
        }
        return pages.redirectWithFlash(OwnAccountPage.PATH,
                accounts.ownAccount(editor).email().isEmpty() ? "flash.ownEmailRemoved" : "flash.ownEmailChanged");
    }
}
