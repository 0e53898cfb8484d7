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
import news.dateline.account.InvalidAccountField;
import news.dateline.newsroom.NewsroomPages;
import news.dateline.newsroom.NewsroomSession;
import news.dateline.newsroom.SignedIn;

/** Every user changes their own password here (the current one is required); also after a reset. */
@Path("/newsroom/account/password")
public class OwnPasswordResource {

    @Inject
    AccountService accounts;

    @Inject
    NewsroomPages pages;

    @Inject
    SignedIn signedIn;

    @GET
    public Response form() {
        return pages.page("newsroom/password", Map.of("errors", Map.of(), "done", false));
    }

    @POST
    public Response change(@FormParam("current") String current, @FormParam("password") String password,
                           @FormParam("passwordAgain") String passwordAgain, @Context HttpServletRequest request) {
        if (password == null || !password.equals(passwordAgain)) {
            return pages.page(400, "newsroom/password", Map.of("errors",
                    Map.of("passwordAgain", "The two new passwords differ."), "done", false));
        }
        try {
            long version = accounts.changeOwnPassword(signedIn.editor(), current, password);
            NewsroomSession.confirmAccountVersion(request, version);
        } catch (InvalidAccountField e) {
            return pages.page(400, "newsroom/password", Map.of("errors", Map.of(e.field(), e.getMessage()),
                    "done", false));
        }
        return pages.page("newsroom/password", Map.of("errors", Map.of(), "done", true));
    }
}
