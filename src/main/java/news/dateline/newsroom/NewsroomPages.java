package news.dateline.newsroom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.dateline.account.Editor;
import news.dateline.account.Permission;
import news.dateline.platform.CachedResponses;
import news.dateline.platform.PageRenderer;
import news.dateline.platform.Settings;
import news.dateline.platform.StaticAssets;

/** Renders newsroom pages in the newsroom layout, with the editor, the CSRF token and the menu. */
@ApplicationScoped
public class NewsroomPages {

    /** An entry of the newsroom menu. */
    public record MenuItem(String label, String url) {
    }

    @Inject
    PageRenderer renderer;

    @Inject
    Settings settings;

    @Inject
    StaticAssets assets;

    @Inject
    SignedIn signedIn;

    public Response page(String template, Map<String, Object> model) {
        return page(Response.Status.OK.getStatusCode(), template, model);
    }

    public Response page(int status, String template, Map<String, Object> model) {
        Editor editor = signedIn.editor();
        Map<String, Object> all = new HashMap<>(model);
        all.put("editor", editor);
        all.put("menu", menu(editor));
        all.put("csrf", signedIn.csrfToken());
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

    private Response render(int status, String template, Map<String, Object> model) {
        model.put("siteName", settings.siteName());
        model.put("stylesheetUrl", assets.url("site.css"));
        model.put("newsroomStylesheetUrl", assets.url("newsroom.css"));
        model.put("editorScriptUrl", assets.url("editor.js"));
        return Response.status(status)
                .type(CachedResponses.HTML)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .entity(renderer.render(template, model))
                .build();
    }

    private static List<MenuItem> menu(Editor editor) {
        List<MenuItem> items = new ArrayList<>();
        items.add(new MenuItem("Articles", "/newsroom"));
        items.add(new MenuItem("New article", "/newsroom/articles/new"));
        items.add(new MenuItem("Media", "/newsroom/media"));
        items.add(new MenuItem("Password", "/newsroom/account/password"));
        if (editor.may(Permission.MANAGE_CONTRIBUTORS)) {
            items.add(new MenuItem("Contributors", "/newsroom/contributors"));
        }
        if (editor.may(Permission.MANAGE_SECTIONS)) {
            items.add(new MenuItem("Sections", "/newsroom/sections"));
        }
        if (editor.may(Permission.MANAGE_ACCOUNTS)) {
            items.add(new MenuItem("Accounts", "/newsroom/accounts"));
        }
        if (editor.may(Permission.MANAGE_DATABASE)) {
            items.add(new MenuItem("Database", "/newsroom/admin/database"));
        }
        if (editor.may(Permission.READ_AUDIT_LOG)) {
            items.add(new MenuItem("Audit log", "/newsroom/audit"));
        }
        return items;
    }
}
