package news.dateline.front;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import news.dateline.account.Permission;
import news.dateline.newsroom.NewsroomPages;
import news.dateline.newsroom.SignedIn;
import news.dateline.platform.FieldRefused;
import news.dateline.platform.FormInput;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.PageRenderer;
import news.dateline.platform.UsableText;
import news.dateline.section.Section;
import news.dateline.section.SectionService;

/**
 * The newsroom's fronts desk: the list of fronts, and for each the editor of its draft (find a story and
 * place it, make it the lead, move it, show it with other words or another photo, add and arrange blocks),
 * publishing and the history with rollback. Every change is a form that works without JavaScript and names
 * the revision of the front it was made on; editors and admins only.
 */
@Path("/newsroom/fronts")
public class FrontEditorResource {

    private static final String FRONT = "{front: home|section/[a-z0-9]+(?:-[a-z0-9]+)*}";
    private static final int STORIES_FOUND = 15;
    private static final int VERSIONS_SHOWN = 30;
    private static final int MAX_QUERY_LENGTH = 200;

    /** A front in the list of fronts. */
    public record FrontLink(String label, String url, String publicUrl) {
    }

    /** A story placed in a block, as the editor shows it. */
    public record SlotView(int block, int position, long articleId, String shownHeadline, String ownHeadline,
                           String headline, String lead, String photo, String role, String state, boolean onSite,
                           boolean first, boolean last, String formId) {
    }

    /** A block, as the editor shows it. */
    public record BlockView(int index, String kind, String label, String title, int size, boolean holdsStories,
                            boolean fixed, boolean first, boolean last, List<SlotView> slots, int filledByNewest,
                            String formId) {
    }

    /** A story found for placing. */
    public record StoryView(long id, String headline, String state, boolean placed) {
    }

    /** A block a found story can be added to. */
    public record Target(int index, String label) {
    }

    /** A version in the history, with what changed. */
    public record VersionView(int number, String when, String by, String note, Integer restoredFrom,
                              List<String> changes, boolean live) {
    }

    /** A choice of a select. */
    public record Choice(String value, String label) {
    }

    @Inject
    Fronts fronts;

    @Inject
    SectionService sections;

    @Inject
    NewsroomPages pages;

    @Inject
    SignedIn signedIn;

    @Inject
    NewsroomClock clock;

    @Inject
    news.dateline.platform.StaticAssets assets;

    @GET
    public Response list() {
        signedIn.editor().require(Permission.PUBLISH_ARTICLE);
        List<FrontLink> links = new ArrayList<>();
        links.add(new FrontLink(PageRenderer.message("front.home"), "/newsroom/fronts/home", "/"));
        for (Section section : sections.list()) {
            links.add(new FrontLink(section.getName(), "/newsroom/fronts/section/" + section.getSlug(),
                    "/section/" + section.getSlug()));
        }
        return pages.page("newsroom/fronts", Map.of("fronts", links));
    }

    @GET
    @Path(FRONT)
    public Response editor(@PathParam("front") String front, @QueryParam("q") String query) {
        signedIn.editor().require(Permission.PUBLISH_ARTICLE);
        FrontKey key = key(front);
        String words = query == null ? "" : query.strip();
        if (!UsableText.usable(words, false) || words.length() > MAX_QUERY_LENGTH) {
            Map<String, String> errors = Map.of("q", words.length() > MAX_QUERY_LENGTH
                    ? PageRenderer.message("front.error.queryTooLong", MAX_QUERY_LENGTH)
                    : PageRenderer.message(FormInput.UNUSABLE));
            return page(key, 400, "", "", "find", Map.of(), errors);
        }
        return page(key, 200, words, words, null, Map.of(), Map.of());
    }

    @GET
    @Path(FRONT + "/history")
    public Response history(@PathParam("front") String front) {
        signedIn.editor().require(Permission.PUBLISH_ARTICLE);
        FrontKey key = key(front);
        Fronts.Draft draft = fronts.draft(key);
        List<Fronts.Version> versions = fronts.history(key, VERSIONS_SHOWN);
        Set<Long> ids = new HashSet<>();
        versions.forEach(v -> v.changes().forEach(c -> {
            if (c.articleId() != null) {
                ids.add(c.articleId());
            }
        }));
        Map<Long, Fronts.Story> stories = fronts.stories(ids);
        List<VersionView> views = versions.stream().map(v -> new VersionView(v.number(), clock.display(v.publishedAt()),
                v.publishedBy(), v.note(), v.restoredFrom(), v.changes().stream()
                        .map(c -> describe(c, v.arrangement(), stories)).toList(),
                draft.liveNumber() != null && v.number() == draft.liveNumber())).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("front", frontTitle(key));
        model.put("path", key.path());
        model.put("revision", draft.seen());
        model.put("versions", views);
        model.put("errors", Map.of());
        return pages.page("newsroom/front-history", model);
    }

    @POST
    @Path(FRONT + "/place")
    public Response place(@PathParam("front") String front, @FormParam("seen") String seen,
                          @FormParam("article") String article, @FormParam("block") String block,
                          @FormParam("q") String query) {
        return change(front, seen, query, "find", Map.of(), arrangement -> arrangement.place(
                index(block, "block"), id(article)));
    }

    @POST
    @Path(FRONT + "/lead")
    public Response lead(@PathParam("front") String front, @FormParam("seen") String seen,
                         @FormParam("article") String article, @FormParam("q") String query) {
        return change(front, seen, query, "find", Map.of(), arrangement -> arrangement.makeLead(id(article)));
    }

    @POST
    @Path(FRONT + "/move")
    public Response move(@PathParam("front") String front, @FormParam("seen") String seen,
                         @FormParam("block") String block, @FormParam("position") String position,
                         @FormParam("direction") String direction, @FormParam("to") String to) {
        return change(front, seen, null, "block-" + block, Map.of(), arrangement -> to != null && !to.isBlank()
                ? arrangement.moveTo(index(block, "block"), index(position, "position"), index(to, "position"))
                : arrangement.move(index(block, "block"), index(position, "position"), direction(direction)));
    }

    @POST
    @Path(FRONT + "/remove")
    public Response remove(@PathParam("front") String front, @FormParam("seen") String seen,
                           @FormParam("block") String block, @FormParam("position") String position) {
        return change(front, seen, null, "block-" + block, Map.of(),
                arrangement -> arrangement.remove(index(block, "block"), index(position, "position")));
    }

    @POST
    @Path(FRONT + "/placement")
    public Response placement(@PathParam("front") String front, @FormParam("seen") String seen,
                              @FormParam("block") String block, @FormParam("position") String position,
                              @FormParam("headline") String headline, @FormParam("lead") String lead,
                              @FormParam("photo") String photo) {
        Map<String, String> typed = typed("headline", headline, "lead", lead, "photo", photo);
        return change(front, seen, null, "slot-" + block + "-" + position, typed, arrangement -> arrangement.override(
                index(block, "block"), index(position, "position"),
                Fronts.ownWords("headline", headline, Fronts.MAX_HEADLINE_LENGTH),
                Fronts.ownWords("lead", lead, Fronts.MAX_LEAD_LENGTH), photo(photo)));
    }

    @POST
    @Path(FRONT + "/add-block")
    public Response addBlock(@PathParam("front") String front, @FormParam("seen") String seen,
                             @FormParam("kind") String kind, @FormParam("title") String title,
                             @FormParam("section") String section, @FormParam("size") String size) {
        Map<String, String> typed = typed("kind", kind, "title", title, "section", section, "size", size);
        return change(front, seen, null, "add-block", typed, arrangement -> arrangement.addBlock(BlockKind.parse(kind),
                Fronts.ownWords("title", title, Fronts.MAX_TITLE_LENGTH), sectionSlug(section), size(size)));
    }

    @POST
    @Path(FRONT + "/edit-block")
    public Response editBlock(@PathParam("front") String front, @FormParam("seen") String seen,
                              @FormParam("block") String block, @FormParam("title") String title,
                              @FormParam("size") String size) {
        Map<String, String> typed = typed("title", title, "size", size);
        return change(front, seen, null, "block-" + block, typed, arrangement -> arrangement.editBlock(
                index(block, "block"), Fronts.ownWords("title", title, Fronts.MAX_TITLE_LENGTH), size(size)));
    }

    @POST
    @Path(FRONT + "/move-block")
    public Response moveBlock(@PathParam("front") String front, @FormParam("seen") String seen,
                              @FormParam("block") String block, @FormParam("direction") String direction) {
        return change(front, seen, null, "block-" + block, Map.of(),
                arrangement -> arrangement.moveBlock(index(block, "block"), direction(direction)));
    }

    @POST
    @Path(FRONT + "/remove-block")
    public Response removeBlock(@PathParam("front") String front, @FormParam("seen") String seen,
                                @FormParam("block") String block) {
        return change(front, seen, null, "block-" + block, Map.of(),
                arrangement -> arrangement.removeBlock(index(block, "block")));
    }

    @POST
    @Path(FRONT + "/publish")
    public Response publish(@PathParam("front") String front, @FormParam("seen") String seen,
                            @FormParam("note") String note) {
        signedIn.editor().require(Permission.PUBLISH_ARTICLE);
        FrontKey key = key(front);
        try {
            int number = fronts.publish(signedIn.editor(), key, seen, note);
            return pages.redirectWithFlash(editorUrl(key, ""), "flash.frontPublished", number);
        } catch (FieldRefused refused) {
            return refused(key, "", "publish", typed("note", note), refused);
        }
    }

    @POST
    @Path(FRONT + "/restore")
    public Response restore(@PathParam("front") String front, @FormParam("seen") String seen,
                            @FormParam("version") String version) {
        signedIn.editor().require(Permission.PUBLISH_ARTICLE);
        FrontKey key = key(front);
        try {
            int number = fronts.restore(signedIn.editor(), key, seen, version);
            return pages.redirectWithFlash(editorUrl(key, ""), "flash.frontRestored", version.strip(), number);
        } catch (FieldRefused refused) {
            return refused(key, "", "publish", Map.of(), refused);
        }
    }

    /** Runs one change of the draft; refused, the editor is shown again with the reason next to the form. */
    private Response change(String front, String seen, String query, String formId, Map<String, String> typed,
                            UnaryOperator<Arrangement> change) {
        signedIn.editor().require(Permission.PUBLISH_ARTICLE);
        FrontKey key = key(front);
        String words = query == null || !UsableText.usable(query, false) || query.length() > MAX_QUERY_LENGTH
                ? "" : query.strip();
        try {
            fronts.change(signedIn.editor(), key, seen, change);
            return pages.redirectWithFlash(editorUrl(key, words), "flash.frontChanged");
        } catch (FieldRefused refused) {
            return refused(key, words, formId, typed, refused);
        }
    }

    private Response refused(FrontKey key, String words, String formId, Map<String, String> typed, FieldRefused refused) {
        Map<String, String> errors = new HashMap<>();
        errors.put(refused.field(), PageRenderer.message(refused.messageKey(), refused.arguments()));
        return page(key, "front".equals(refused.field()) ? 409 : 400, words, words, formId, typed, errors);
    }

    private Response page(FrontKey key, int status, String query, String shownQuery, String failedForm,
                          Map<String, String> typed, Map<String, String> errors) {
        Fronts.Draft draft = fronts.draft(key);
        Arrangement arrangement = draft.arrangement();
        List<Fronts.Story> found = fronts.findStories(query, STORIES_FOUND);
        Set<Long> ids = new HashSet<>(arrangement.placedArticleIds());
        Map<Long, Fronts.Story> placed = fronts.stories(ids);
        Map<String, String> sectionNames = new LinkedHashMap<>();
        sections.list().forEach(s -> sectionNames.put(s.getSlug(), s.getName()));

        List<BlockView> blocks = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        for (int b = 0; b < arrangement.blocks().size(); b++) {
            Block block = arrangement.blocks().get(b);
            String label = label(block, sectionNames);
            List<SlotView> slots = new ArrayList<>();
            for (int s = 0; s < block.slots().size(); s++) {
                Slot slot = block.slots().get(s);
                Fronts.Story story = placed.get(slot.articleId());
                String own = story == null ? "#" + slot.articleId() : story.headline();
                String role = b == 0 ? PageRenderer.message(s == 0 ? "front.role.lead" : "front.role.secondary") : null;
                slots.add(new SlotView(b, s, slot.articleId(), slot.headline() != null ? slot.headline() : own, own,
                        value(slot.headline()), value(slot.lead()),
                        slot.photoId() == null ? "" : Long.toString(slot.photoId()), role, state(story),
                        story != null && "PUBLISHED".equals(story.status()), s == 0,
                        s == block.slots().size() - 1, "slot-" + b + "-" + s));
            }
            blocks.add(new BlockView(b, block.kind().name(), label, value(block.title()), block.size(),
                    block.kind().holdsPlacedStories(), block.kind() == BlockKind.TOP, b <= 1,
                    b == arrangement.blocks().size() - 1, slots,
                    block.kind() == BlockKind.TOP ? Math.max(0, block.size() - block.slots().size()) : 0, "block-" + b));
            if (block.kind().holdsPlacedStories()) {
                targets.add(new Target(b, label));
            }
        }
        List<StoryView> stories = found.stream().map(s -> new StoryView(s.id(), s.headline(), state(s),
                arrangement.find(s.id()) != null)).toList();

        Map<String, Object> model = new HashMap<>();
        model.put("front", frontTitle(key));
        model.put("path", key.path());
        model.put("publicUrl", key.isHome() ? "/" : "/section/" + key.sectionSlug());
        model.put("revision", draft.seen());
        model.put("liveNumber", draft.liveNumber());
        model.put("differsFromLive", draft.differsFromLive());
        model.put("changed", draft.changedAt() == null ? null
                : PageRenderer.message("front.changedBy", clock.display(draft.changedAt()), draft.changedBy()));
        model.put("blocks", blocks);
        model.put("targets", targets);
        model.put("stories", stories);
        model.put("query", shownQuery);
        model.put("failed", failedForm == null ? "" : failedForm);
        model.put("values", typed);
        model.put("errors", errors);
        model.put("sizes", java.util.stream.IntStream.rangeClosed(1, Block.MAX_SIZE).boxed().toList());
        model.put("kinds", List.of(new Choice("COLLECTION", PageRenderer.message("front.kind.COLLECTION")),
                new Choice("SECTION", PageRenderer.message("front.kind.SECTION")),
                new Choice("LATEST", PageRenderer.message("front.kind.LATEST"))));
        model.put("sections", sectionNames.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList());
        model.put("maxHeadline", Fronts.MAX_HEADLINE_LENGTH);
        model.put("maxLead", Fronts.MAX_LEAD_LENGTH);
        model.put("maxTitle", Fronts.MAX_TITLE_LENGTH);
        model.put("maxNote", Fronts.MAX_NOTE_LENGTH);
        model.put("frontsScriptUrl", assets.url("fronts.js"));
        return pages.page(status, "newsroom/front-editor", model);
    }

    private String describe(ArrangementChange change, Arrangement arrangement, Map<Long, Fronts.Story> stories) {
        if (change.kind() == ArrangementChange.Kind.BLOCKS) {
            return PageRenderer.message("front.change.BLOCKS");
        }
        Fronts.Story story = stories.get(change.articleId());
        String headline = story == null ? "#" + change.articleId() : story.headline();
        String where = change.kind() == ArrangementChange.Kind.REMOVED ? ""
                : change.block() == 0 ? PageRenderer.message(change.position() == 0 ? "front.role.lead" : "front.role.secondary")
                : PageRenderer.message("front.place", change.position() + 1, label(arrangement.blocks().get(change.block()),
                        Map.of()));
        return PageRenderer.message("front.change." + change.kind().name(), headline, where);
    }

    private String label(Block block, Map<String, String> sectionNames) {
        if (block.kind() == BlockKind.TOP) {
            return PageRenderer.message("front.kind.TOP");
        }
        if (block.title() != null && !block.title().isBlank()) {
            return block.title();
        }
        if (block.kind() == BlockKind.SECTION) {
            return block.sectionSlug() == null ? PageRenderer.message("front.sectionGone")
                    : sectionNames.getOrDefault(block.sectionSlug(), block.sectionSlug());
        }
        return PageRenderer.message("front.latest");
    }

    private String state(Fronts.Story story) {
        if (story == null || !(story.status().equals("PUBLISHED") || story.status().equals("SCHEDULED"))) {
            return PageRenderer.message("front.state.gone");
        }
        return story.status().equals("PUBLISHED") ? PageRenderer.message("front.state.published", clock.display(story.at()))
                : PageRenderer.message("front.state.scheduled", clock.display(story.at()));
    }

    private String frontTitle(FrontKey key) {
        return key.isHome() ? PageRenderer.message("front.home")
                : sections.findBySlug(key.sectionSlug()).map(Section::getName).orElseThrow(NotFoundException::new);
    }

    private FrontKey key(String front) {
        FrontKey key = FrontKey.ofPath(front);
        if (key == null || (!key.isHome() && sections.findBySlug(key.sectionSlug()).isEmpty())) {
            throw new NotFoundException();
        }
        return key;
    }

    private static String editorUrl(FrontKey key, String query) {
        return "/newsroom/fronts/" + key.path() + (query == null || query.isEmpty() ? ""
                : "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static Map<String, String> typed(String... namesAndValues) {
        Map<String, String> typed = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            typed.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return typed;
    }

    private static String value(String text) {
        return text == null ? "" : text;
    }

    private static int index(String value, String field) {
        String given = value == null ? "" : value.strip();
        if (!given.matches("\\d{1,4}")) {
            throw new FieldRefused(field, field.equals("block") ? "front.error.noSuchBlock" : "front.error.noSuchPlace");
        }
        return Integer.parseInt(given);
    }

    private static long id(String value) {
        String given = value == null ? "" : value.strip();
        if (!given.matches("\\d{1,18}")) {
            throw new FieldRefused("article", "front.error.chooseStory");
        }
        return Long.parseLong(given);
    }

    private static Long photo(String value) {
        String given = value == null ? "" : value.strip();
        if (given.isEmpty()) {
            return null;
        }
        if (!given.matches("\\d{1,18}")) {
            throw new FieldRefused("photo", "front.error.noSuchPhoto");
        }
        return Long.parseLong(given);
    }

    private static int size(String value) {
        String given = value == null ? "" : value.strip();
        if (!given.matches("\\d{1,3}")) {
            throw new FieldRefused("size", "front.error.size", Block.MAX_SIZE);
        }
        return Integer.parseInt(given);
    }

    private static String sectionSlug(String value) {
        String given = value == null ? "" : value.strip();
        if (given.isEmpty()) {
            return null;
        }
        if (given.length() > 200 || !given.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new FieldRefused("section", "front.error.chooseSection");
        }
        return given;
    }

    private static Arrangement.Direction direction(String value) {
        if ("up".equals(value)) {
            return Arrangement.Direction.UP;
        }
        if ("down".equals(value)) {
            return Arrangement.Direction.DOWN;
        }
        throw new FieldRefused("position", "front.error.cannotMove");
    }
}
