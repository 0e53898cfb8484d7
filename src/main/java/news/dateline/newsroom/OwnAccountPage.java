package news.dateline.newsroom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import news.dateline.account.AccountService;
import news.dateline.platform.Settings;

/**
 * The user's own account page ({@code /newsroom/account/password}): the e-mail address their
 * notifications also go to ({@link OwnEmailResource}), the newsroom's language ({@link OwnLanguageResource})
 * and the password ({@link OwnPasswordResource}).
 */
@ApplicationScoped
public class OwnAccountPage {

    static final String PATH = "/newsroom/account/password";

    @Inject
    NewsroomPages pages;

    @Inject
    Settings settings;

    /**
     * The page with the stored address, or what was typed when it was refused; the e-mail form is
     * left out while a reset password must first be replaced.
     */
    Response render(int status, AccountService.OwnAccount own, String typedEmail, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("email", typedEmail == null ? own.email() : typedEmail);
        model.put("emailForm", !own.mustChangePassword());
        model.put("mailEnabled", settings.mailEnabled());
        model.put("language", own.language());
        model.put("languages", java.util.Arrays.stream(news.dateline.platform.Language.values())
                .map(news.dateline.platform.Language::code).toList());
        model.put("errors", errors);
        return pages.page(status, "newsroom/password", model);
    }
}
