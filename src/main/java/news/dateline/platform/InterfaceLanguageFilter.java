package news.dateline.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sets the language each request is answered in ({@link InterfaceLanguage}): the public site speaks the
 * site's language ({@code dateline.site-language}) to everyone, whatever their browser asks, so that one
 * cached page serves all readers. The newsroom speaks the language a browser asks for first
 * ({@code Accept-Language}) among English and Russian, else the site's; once someone has signed in, the
 * language their account chose (the newsroom guard reads it from the account on every request and keeps it in
 * the session for the filters that answer before the guard).
 */
@WebFilter(filterName = "interface-language", urlPatterns = "/*")
public class InterfaceLanguageFilter extends HttpFilter {

    @Inject
    Settings settings;

    /** Checks the site's language when the application starts: a wrong setting stops it there, not on each request. */
    @Override
    public void init() throws ServletException {
        try {
            settings.siteLanguage();
        } catch (IllegalStateException e) {
            throw new ServletException(e.getMessage(), e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Language site = settings.siteLanguage();
        Language language = RequestPath.newsroom(request) ? chosen(request)
                .or(() -> Language.preferredBy(request.getHeader("Accept-Language"))).orElse(site) : site;
        InterfaceLanguage.use(language);
        try {
            chain.doFilter(request, response);
        } finally {
            InterfaceLanguage.clear();
        }
    }

    /**
     * The language a signed-in user chose, as their session remembers it, so that the pages answered before the
     * newsroom guard looks at the account (an expired form, a refused upload) speak it too.
     */
    private static java.util.Optional<Language> chosen(HttpServletRequest request) {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        Object code = session == null ? null : session.getAttribute(InterfaceLanguage.SESSION_ATTRIBUTE);
        return code instanceof String text ? Language.of(text) : java.util.Optional.empty();
    }
}
