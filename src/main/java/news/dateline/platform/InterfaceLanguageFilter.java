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
 * newsroom guard switches to the language their account chose.
 */
@WebFilter(filterName = "interface-language", urlPatterns = "/*")
public class InterfaceLanguageFilter extends HttpFilter {

    @Inject
    Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Language site = settings.siteLanguage();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Language language = path.equals("/newsroom") || path.startsWith("/newsroom/")
                ? Language.preferredBy(request.getHeader("Accept-Language")).orElse(site) : site;
        InterfaceLanguage.use(language);
        try {
            chain.doFilter(request, response);
        } finally {
            InterfaceLanguage.clear();
        }
    }
}
