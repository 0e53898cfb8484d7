package news.dateline.contributor;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import news.dateline.account.AccountService;
import news.dateline.account.Editor;
import news.dateline.account.Permission;
import news.dateline.media.MediaLibrary;
import news.dateline.newsroom.NewsroomPages;
import news.dateline.newsroom.SignedIn;

/** Editors and admins keep the contributor profiles that bylines are chosen from. */
@Path("/newsroom/contributors")
public class ContributorAdminResource {

    /** A profile as the page lists it. */
    public record Row(String name, String bio, String account) {
    }

    @Inject
    ContributorService contributors;

    @Inject
    AccountService accounts;

    @Inject
    MediaLibrary media;

    @Inject
    NewsroomPages pages;

    @Inject
    SignedIn signedIn;

    @GET
    public Response list() {
        signedIn.editor().require(Permission.MANAGE_CONTRIBUTORS);
        return page(200, Map.of(), Map.of());
    }

    @POST
    public Response create(@FormParam("name") String name, @FormParam("bio") String bio,
                           @FormParam("photoId") String photoId, @FormParam("accountId") String accountId) {
        Editor editor = signedIn.editor();
        editor.require(Permission.MANAGE_CONTRIBUTORS);
        Map<String, String> values = new HashMap<>();
        values.put("name", name == null ? "" : name);
        values.put("bio", bio == null ? "" : bio);
        values.put("photoId", photoId == null ? "" : photoId);
        values.put("accountId", accountId == null ? "" : accountId);
        Long photo = optionalId(photoId);
        if (photo != null && media.find(photo).isEmpty()) {
            return page(400, values, Map.of("photoId", "There is no photo with this number in the library."));
        }
        Long account = optionalId(accountId);
        if (account != null && accounts.activeEditor(account).isEmpty()) {
            return page(400, values, Map.of("accountId", "Choose one of the accounts."));
        }
        try {
            contributors.create(editor, name, bio, photo, account);
        } catch (IllegalArgumentException e) {
            return page(400, values, Map.of(e.getMessage().startsWith("A bio") ? "bio" : "name", e.getMessage()));
        }
        return NewsroomPages.redirect("/newsroom/contributors");
    }

    private Response page(int status, Map<String, String> values, Map<String, String> errors) {
        Map<Long, String> accountNames = new HashMap<>();
        accounts.list().forEach(a -> accountNames.put(a.getId(), a.getDisplayName() + " (" + a.getUsername() + ")"));
        Map<String, Object> model = new HashMap<>();
        model.put("rows", contributors.list().stream().map(c -> new Row(c.getName(), c.getBio(),
                c.getAccountId() == null ? "" : accountNames.getOrDefault(c.getAccountId(), ""))).toList());
        model.put("accounts", accountNames.entrySet().stream()
                .map(e -> Map.entry(e.getKey().toString(), e.getValue())).toList());
        model.put("values", values);
        model.put("errors", errors);
        return pages.page(status, "newsroom/contributors", model);
    }

    private static Long optionalId(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
