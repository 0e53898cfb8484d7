package news.dateline.newsroom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.dateline.account.Editor;
import news.dateline.account.Permission;
import news.dateline.platform.CachedResponses;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.PageRenderer;
import news.dateline.platform.Settings;
import news.dateline.platform.StaticAssets;

/**
 * Renders newsroom pages in the newsroom layout, with the editor, the CSRF token, the menu and the
 * flash message: what the last action did, said once on the page the action redirected to.
 *
 * <p>The flash is kept in the signed-in user's session, not in a cookie: every newsroom action is
 * taken by a signed-in user, so the session is there already; nothing a browser sends can plant a
 * message (no secret to share between servers, no allow-list to keep in step with a cookie); and it
 * needs no JavaScript. Behind several servers the redirect's GET lands where the session lives, as
 * every signed-in request does (the newsroom needs sticky sessions anyway); should that server be
 * gone, the session is gone and the message with it, which loses nothing but the message. The flash
 * names a message key (only {@code flash.*} keys of {@code messages.properties}) and its arguments,
 * which templates show escaped. It is shown on the next GET of the page it was meant for, within a
 * few minutes, and then forgotten, so another tab or a later visit does not repeat it.
 */
@ApplicationScoped
public class NewsroomPages {

    @Inject
    UnreadNotifications unread;

    static final String FLASH = "dateline.flash";
    private static final Duration FLASH_LIFETIME = Duration.ofMinutes(5);

    /** An entry of the newsroom menu. */
    public record MenuItem(String label, String url) {
    }

    /** A message waiting for the page at {@code path}. */
    record Flash(String path, String key, List<String> arguments, Instant at) implements Serializable {
    }

    @Inject
    PageRenderer renderer;

    @Inject
    Settings settings;

    @Inject
    StaticAssets assets;

    @Inject
    SignedIn signedIn;

    @Inject
    HttpServletRequest request;

    @Inject
    NewsroomClock clock;

    public Response page(String template, Map<String, Object> model) {
        return page(Response.Status.OK.getStatusCode(), template, model);
    }

    public Response page(int status, String template, Map<String, Object> model) {
        Editor editor = signedIn.editor();
        Map<String, Object> all = new HashMap<>(model);
        all.put("editor", editor);
        all.put("menu", menu(editor));
        all.put("csrf", signedIn.csrfToken());
        all.put("flash", takeFlash());
        all.putIfAbsent("unread", unread.of(editor));
        return render(status, template, all);
    }

    /** For the pages before sign-in (login, first-admin setup). */
    public Response openPage(int status, String template, Map<String, Object> model, String csrfToken) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("csrf", csrfToken);
        all.put("menu", List.of());
        return render(status, template, all);
    }

    public static Response redirect(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    /**
     * Redirects (303) to a newsroom page that will say, once, what was done: the message {@code key}
     * of {@code messages.properties} with its arguments, e.g.
     * {@code pages.redirectWithFlash("/newsroom/accounts", "flash.accountAdded", username)}.
     *
     * @throws IllegalArgumentException when the key is not a {@code flash.*} message
     */
    public Response redirectWithFlash(String path, String key, Object... arguments) {
        List<String> texts = Arrays.stream(arguments).map(String::valueOf).toList();
        if (!key.startsWith("flash.")) {
            throw new IllegalArgumentException("Not a flash message: " + key);
        }
        PageRenderer.message(key, texts.toArray());
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(FLASH, new Flash(URI.create(path).getPath(), key, texts, clock.now()));
        }
        return redirect(path);
    }

    /** The waiting message for this page, as text, forgotten once taken; null when there is none. */
    private String takeFlash() {
        HttpSession session = request.getSession(false);
        Object waiting = session == null ? null : session.getAttribute(FLASH);
        if (!(waiting instanceof Flash flash)) {
            return null;
        }
        boolean stale = flash.at().plus(FLASH_LIFETIME).isBefore(clock.now());
        boolean here = "GET".equals(request.getMethod()) && flash.path().equals(currentPath());
        if (stale || here) {
            session.removeAttribute(FLASH);
        }
        return here && !stale ? PageRenderer.message(flash.key(), flash.arguments().toArray()) : null;
    }

    private String currentPath() {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private Response render(int status, String template, Map<String, Object> model) {
        model.put("siteName", settings.siteName());
        model.put("stylesheetUrl", assets.url("site.css"));
        model.put("newsroomStylesheetUrl", assets.url("newsroom.css"));
        model.put("editorScriptUrl", assets.url("editor.js"));
        model.put("bodyEditorScriptUrl", assets.url("body-editor.mjs"));
        return Response.status(status)
                .type(CachedResponses.HTML)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .entity(renderer.render(template, model))
                .build();
    }

    private static List<MenuItem> menu(Editor editor) {
        List<MenuItem> items = new ArrayList<>();
        items.add(new MenuItem(PageRenderer.message("menu.articles"), "/newsroom"));
        items.add(new MenuItem(PageRenderer.message("menu.newArticle"), "/newsroom/articles/new"));
        items.add(new MenuItem(PageRenderer.message("menu.media"), "/newsroom/media"));
        items.add(new MenuItem(PageRenderer.message("menu.password"), "/newsroom/account/password"));
        if (editor.may(Permission.PUBLISH_ARTICLE)) {
            items.add(new MenuItem(PageRenderer.message("menu.fronts"), "/newsroom/fronts"));
            items.add(new MenuItem(PageRenderer.message("menu.breaking"), "/newsroom/breaking"));
        }
        if (editor.may(Permission.MANAGE_CONTRIBUTORS)) {
            items.add(new MenuItem(PageRenderer.message("menu.contributors"), "/newsroom/contributors"));
        }
        if (editor.may(Permission.MANAGE_SECTIONS)) {
            items.add(new MenuItem(PageRenderer.message("menu.sections"), "/newsroom/sections"));
        }
        if (editor.may(Permission.MANAGE_ACCOUNTS)) {
            items.add(new MenuItem(PageRenderer.message("menu.accounts"), "/newsroom/accounts"));
        }
        if (editor.may(Permission.MANAGE_DATABASE)) {
            items.add(new MenuItem(PageRenderer.message("menu.database"), "/newsroom/admin/database"));
        }
        if (editor.may(Permission.READ_AUDIT_LOG)) {
            items.add(new MenuItem(PageRenderer.message("menu.audit"), "/newsroom/audit"));
        }
        return items;
    }
}
