package news.dateline.newsroom;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import news.dateline.account.AccountService;
import news.dateline.account.Editor;
import news.dateline.platform.FieldRefused;
import news.dateline.platform.FormInput;
import news.dateline.platform.Language;
import news.dateline.platform.PageRenderer;

/**
 * Everyone chooses the language the newsroom speaks to them, or lets it follow their browser. The form has
 * that one field; the account is the signed-in one.
 */
@Path("/newsroom/account/language")
public class OwnLanguageResource {

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

    /** @param language {@code en}, {@code ru}, or empty to follow the browser */
    @POST
    public Response change(@FormParam("language") String language) {
        Editor editor = signedIn.editor();
        Language chosen;
        try {
            FormInput.requireUsable("language", language);
            String code = language == null ? "" : language.strip();
            Optional<Language> known = Language.of(code);
            if (!code.isEmpty() && known.isEmpty()) {
                throw new FieldRefused("language", "ownAccount.error.language");
            }
            chosen = known.orElse(null);
        } catch (FieldRefused refused) {
            return accountPage.render(400, accounts.ownAccount(editor), null,
                    Map.of(refused.field(), PageRenderer.message(refused.messageKey(), refused.arguments())));
        }
        accounts.changeOwnLanguage(editor, chosen);
        // the page the redirect leads to, and its message, speak the new language
        return pages.redirectWithFlash(OwnAccountPage.PATH, "flash.ownLanguageChanged");
    }
}
