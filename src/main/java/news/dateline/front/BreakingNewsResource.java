package news.dateline.front;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import news.dateline.account.Permission;
import news.dateline.newsroom.NewsroomPages;
import news.dateline.newsroom.SignedIn;
import news.dateline.platform.FieldRefused;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.PageRenderer;
import news.dateline.platform.Permalinks;

/**
 * The newsroom's breaking-news desk: what the banner shows now, switching it off, and putting a story in it
 * (also reached from a published story's editor, with that story chosen). Editors and admins only.
 */
@Path("/newsroom/breaking")
public class BreakingNewsResource {

    private static final String PAGE = "/newsroom/breaking";
    private static final int STORIES_OFFERED = 40;

    /** The live banner as the desk shows it. */
    public record LiveView(String shown, String url, String until, String startedBy) {
    }

    /** A story offered for the banner. */
    public record StoryChoice(String id, String label, boolean chosen) {
    }

    @Inject
    BreakingNews breaking;

    @Inject
    NewsroomPages pages;

    @Inject
    SignedIn signedIn;

    @Inject
    NewsroomClock clock;

    @Inject
    Permalinks links;

    @GET
    public Response desk(@QueryParam("article") String article) {
        signedIn.editor().require(Permission.PUBLISH_ARTICLE);
        return page(200, Map.of("article", article == null ? "" : article), Map.of());
    }

    @POST
    public Response switchOn(@FormParam("article") String article, @FormParam("text") String text,
                             @FormParam("hours") String hours, @FormParam("seen") String seen) {
        Map<String, String> typed = new HashMap<>();
        typed.put("article", article == null ? "" : article);
        typed.put("text", text == null ? "" : text);
        typed.put("hours", hours == null ? "" : hours);
        return change(typed, () -> pages.redirectWithFlash(PAGE, "flash.breakingOn",
                breaking.switchOn(signedIn.editor(), article, text, hours, seen).shown()));
    }

    @POST
    @Path("off")
    public Response switchOff(@FormParam("seen") String seen) {
        return change(Map.of(), () -> breaking.switchOff(signedIn.editor(), seen)
                ? pages.redirectWithFlash(PAGE, "flash.breakingOff") : NewsroomPages.redirect(PAGE));
    }

    /** Runs one change; a refusal shows the desk again with what was typed and the reason next to its field. */
    private Response change(Map<String, String> typed, Supplier<Response> change) {
        signedIn.editor().require(Permission.PUBLISH_ARTICLE);
        try {
            return change.get();
        } catch (FieldRefused refused) {
            return page("banner".equals(refused.field()) ? 409 : 400, typed,
                    Map.of(refused.field(), PageRenderer.message(refused.messageKey(), refused.arguments())));
        }
    }

    private Response page(int status, Map<String, String> typed, Map<String, String> errors) {
        Optional<BreakingNews.Banner> live = breaking.live();
        String chosen = typed.getOrDefault("article", "");
        Map<String, Object> model = new HashMap<>();
        model.put("live", live.map(b -> new LiveView(b.shown(),
                links.article(b.publishedAt(), b.slug()), clock.display(b.expiresAt()), b.startedBy())).orElse(null));
        model.put("seen", live.map(b -> Long.toString(b.id())).orElse(""));
        List<BreakingNews.Story> offered = new ArrayList<>(breaking.recentStories(STORIES_OFFERED));
        // A story chosen from its editor is offered even when it is older than the newest ones.
        if (chosen.matches("\\d{1,18}") && offered.stream().noneMatch(s -> Long.toString(s.id()).equals(chosen))) {
            breaking.publishedStory(Long.parseLong(chosen)).ifPresent(story -> offered.add(0, story));
        }
        model.put("stories", offered.stream()
                .map(s -> new StoryChoice(Long.toString(s.id()), s.headline() + " — " + clock.display(s.publishedAt()),
                        Long.toString(s.id()).equals(chosen))).toList());
        model.put("hours", BreakingNews.HOURS);
        model.put("chosenHours", typed.getOrDefault("hours", "").isBlank()
                ? Integer.toString(BreakingNews.DEFAULT_HOURS) : typed.get("hours"));
        model.put("values", typed);
        model.put("errors", errors);
        model.put("maxText", BreakingNews.MAX_TEXT_LENGTH);
        return pages.page(status, "newsroom/breaking", model);
    }
}
