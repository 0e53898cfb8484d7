package news.dateline.newsroom;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import news.dateline.account.AccountService;

/**
 * Everything under {@code /newsroom} needs a signed-in, enabled account, checked on every request;
 * a disabled account's session ends at its next request. Sign-in and setup are open. Without a
 * session a page request is sent to sign in; a script asking for JSON gets 401.
 */
@WebFilter(filterName = "newsroom-guard", urlPatterns = "/newsroom/*")
public class NewsroomGuard extends HttpFilter {

    static final String EDITOR_ATTRIBUTE = "dateline.editor";
    private static final Set<String> OPEN_PATHS = Set.of("/newsroom/login", "/newsroom/setup");
    private static final Set<String> PASSWORD_PATHS = Set.of("/newsroom/account/password", "/newsroom/logout");

    @Inject
    AccountService accounts;

    @Inject
    news.dateline.platform.Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (OPEN_PATHS.contains(path)) {
            chain.doFilter(request, response);
            return;
        }
        long sessionVersion = NewsroomSession.accountVersion(request);
        Optional<AccountService.SessionAccount> account = NewsroomSession.accountId(request)
                .flatMap(id -> accounts.sessionAccount(id, sessionVersion));
        if (account.isPresent()) {
            if (account.get().mustChangePassword() && !PASSWORD_PATHS.contains(path)) {
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", request.getContextPath() + "/newsroom/account/password");
                return;
            }
            request.setAttribute(EDITOR_ATTRIBUTE, account.get().editor());
            // the account's choice; else the browser's (not a choice the session may still remember from before)
            news.dateline.platform.InterfaceLanguage.use(account.get().language().orElseGet(() ->
                    news.dateline.platform.Language.preferredBy(request.getHeader("Accept-Language"))
                            .orElseGet(settings::siteLanguage)));
            rememberLanguage(request, account.get().language());
            response.setHeader("Cache-Control", "private, no-store");
            chain.doFilter(request, response);
            return;
        }
        NewsroomSession.signOut(request);
        if (wantsJson(request)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"signed-out\",\"signIn\":\"/newsroom/login\"}");
            return;
        }
        String back = "GET".equals(request.getMethod()) ? path + (request.getQueryString() == null ? ""
                : "?" + request.getQueryString()) : "/newsroom";
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/newsroom/login?next="
                + URLEncoder.encode(back, StandardCharsets.UTF_8));
    }

    /** Keeps the account's language in the session (only when it changed), for the filters before this one. */
    private static void rememberLanguage(HttpServletRequest request,
                                         Optional<news.dateline.platform.Language> language) {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        String code = language.map(news.dateline.platform.Language::code).orElse(null);
        if (!java.util.Objects.equals(code, session.getAttribute(news.dateline.platform.InterfaceLanguage.SESSION_ATTRIBUTE))) {
            if (code == null) {
                session.removeAttribute(news.dateline.platform.InterfaceLanguage.SESSION_ATTRIBUTE);
            } else {
                session.setAttribute(news.dateline.platform.InterfaceLanguage.SESSION_ATTRIBUTE, code);
            }
        }
    }

    /**
     * Whether a script asks (Accept names JSON and not HTML): it cannot follow a redirect to the sign-in
     * page, so it gets 401 instead.
     */
    static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        String types = accept.toLowerCase(java.util.Locale.ROOT);
        return types.contains("application/json") && !types.contains("text/html");
    }
}
