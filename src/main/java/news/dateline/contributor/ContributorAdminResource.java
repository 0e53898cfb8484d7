package news.dateline.contributor;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import news.dateline.account.AccountService;
import news.dateline.account.Permission;
import news.dateline.media.MediaLibrary;
import news.dateline.newsroom.NewsroomPages;
import news.dateline.newsroom.SignedIn;
import news.dateline.platform.FieldRefused;
import news.dateline.platform.FormInput;
import news.dateline.platform.PageRenderer;

/** Editors and admins keep the contributor profiles that bylines are chosen from. */
@Path("/newsroom/contributors")
public class ContributorAdminResource {

    private static final String LIST = "/newsroom/contributors";
    private static final String ID = "{id:\\d{1,18}}";

    /** A profile as the pages show it. */
    public record Row(long id, String name, String bio, String account, boolean retired, String editUrl) {
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
        return listPage(200, Map.of(), Map.of());
    }

    @POST
    public Response create(@FormParam("name") String name, @FormParam("bio") String bio,
                           @FormParam("photoId") String photoId, @FormParam("accountId") String accountId) {
        Map<String, String> values = values(name, bio, photoId, accountId);
        return change(values, null, () -> {
            FormInput.requireUsable(values);
            Contributor added = contributors.create(signedIn.editor(), name, bio, photo(photoId), account(accountId));
            return pages.redirectWithFlash(LIST, "flash.contributorAdded", added.getName());
        });
    }

    @GET
    @Path(ID)
    public Response edit(@PathParam("id") long id) {
        signedIn.editor().require(Permission.MANAGE_CONTRIBUTORS);
        Contributor contributor = contributors.find(id).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        return editPage(200, contributor, values(contributor.getName(), contributor.getBio(),
                text(contributor.getPhotoId()), text(contributor.getAccountId())), Map.of());
    }

    @POST
    @Path(ID)
    public Response save(@PathParam("id") long id, @FormParam("name") String name, @FormParam("bio") String bio,
                         @FormParam("photoId") String photoId, @FormParam("accountId") String accountId) {
        Map<String, String> values = values(name, bio, photoId, accountId);
        return change(values, id, () -> {
            FormInput.requireUsable(values);
            return pages.redirectWithFlash(LIST + "/" + id, "flash.contributorEdited", contributors.update(
                    signedIn.editor(), id, name, bio, photo(photoId), account(accountId)).getName());
        });
    }

    @POST
    @Path(ID + "/retire")
    public Response retire(@PathParam("id") long id) {
        return change(null, id, () -> pages.redirectWithFlash(LIST + "/" + id, "flash.contributorRetired",
                contributors.retire(signedIn.editor(), id).getName()));
    }

    @POST
    @Path(ID + "/restore")
    public Response restore(@PathParam("id") long id) {
        return change(null, id, () -> pages.redirectWithFlash(LIST + "/" + id, "flash.contributorRestored",
                contributors.restore(signedIn.editor(), id).getName()));
    }

    @POST
    @Path(ID + "/delete")
    public Response delete(@PathParam("id") long id) {
        return change(null, id, () -> pages.redirectWithFlash(LIST, "flash.contributorDeleted",
                contributors.delete(signedIn.editor(), id)));
    }

    /**
     * Runs one change; a refusal shows the form again (the list's, or the profile's when
     * {@code id} is given) with what was typed and the reason next to its field.
     */
    private Response change(Map<String, String> typed, Long id, Supplier<Response> change) {
        signedIn.editor().require(Permission.MANAGE_CONTRIBUTORS);
        try {
            return change.get();
        } catch (FieldRefused refused) {
            Map<String, String> errors = Map.of(refused.field(),
                    PageRenderer.message(refused.messageKey(), refused.arguments()));
            int status = refused instanceof ContributorRefused contributor && contributor.unknownContributor()
                    ? 404 : 400;
            Contributor contributor = id == null ? null : contributors.find(id).orElse(null);
            if (contributor == null) {
                return listPage(status, typed == null || id != null ? Map.of() : typed, errors);
            }
            return editPage(status, contributor, typed != null ? typed : values(contributor.getName(),
                    contributor.getBio(), text(contributor.getPhotoId()), text(contributor.getAccountId())), errors);
        }
    }

    private Response listPage(int status, Map<String, String> values, Map<String, String> errors) {
        Map<Long, String> accountNames = accountNames();
        Map<String, Object> model = new HashMap<>();
        model.put("rows", contributors.list().stream().map(c -> row(c, accountNames)).toList());
        model.put("accounts", choices(accountNames));
        model.put("values", values);
        model.put("errors", errors);
        return pages.page(status, "newsroom/contributors", model);
    }

    private Response editPage(int status, Contributor contributor, Map<String, String> values,
                              Map<String, String> errors) {
        Map<Long, String> accountNames = accountNames();
        Map<String, Object> model = new HashMap<>();
        model.put("contributor", row(contributor, accountNames));
        model.put("authorUrl", "/author/" + contributor.getSlug());
        model.put("accounts", choices(accountNames));
        model.put("values", values);
        model.put("errors", errors);
        return pages.page(status, "newsroom/contributor-edit", model);
    }

    private Map<Long, String> accountNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        accounts.list().forEach(a -> names.put(a.getId(), a.getDisplayName() + " (" + a.getUsername() + ")"));
        return names;
    }

    private static List<Map.Entry<String, String>> choices(Map<Long, String> accountNames) {
        return accountNames.entrySet().stream().map(e -> Map.entry(e.getKey().toString(), e.getValue())).toList();
    }

    private static Row row(Contributor c, Map<Long, String> accountNames) {
        return new Row(c.getId(), c.getName(), c.getBio(), c.getAccountId() == null ? ""
                : accountNames.getOrDefault(c.getAccountId(), ""), c.isRetired(), LIST + "/" + c.getId());
    }

    /** An optional photo: empty, or the number of a photo in the library. */
    private Long photo(String raw) {
        Long id = optionalId(raw, "photoId", "contributors.error.photo");
        if (id != null && media.find(id).isEmpty()) {
            throw new ContributorRefused("photoId", "contributors.error.photo");
        }
        return id;
    }

    /** An optional account: empty, or one of the enabled accounts. */
    private Long account(String raw) {
        Long id = optionalId(raw, "accountId", "contributors.error.account");
        if (id != null && accounts.activeEditor(id).isEmpty()) {
            throw new ContributorRefused("accountId", "contributors.error.account");
        }
        return id;
    }

    private static Long optionalId(String raw, String field, String messageKey) {
        String given = raw == null ? "" : raw.strip();
        if (given.isEmpty()) {
            return null;
        }
        if (!given.matches("\\d{1,18}")) {
            throw new ContributorRefused(field, messageKey);
        }
        return Long.valueOf(given);
    }

    private static Map<String, String> values(String name, String bio, String photoId, String accountId) {
        return Map.of("name", text(name), "bio", text(bio), "photoId", text(photoId), "accountId", text(accountId));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
