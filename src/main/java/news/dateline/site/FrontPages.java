package news.dateline.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.dateline.article.ArticleSummary;
import news.dateline.article.PublishedArticles;
import news.dateline.front.Arrangement;
import news.dateline.front.Block;
import news.dateline.front.BlockKind;
import news.dateline.front.FrontKey;
import news.dateline.front.Fronts;
import news.dateline.front.Slot;
import news.dateline.media.FocalPoint;
import news.dateline.media.ImageType;
import news.dateline.media.PhotoUrls;
import news.dateline.media.Shape;
import news.dateline.platform.CacheTag;
import news.dateline.platform.PageRenderer;
import news.dateline.platform.Permalinks;
import news.dateline.section.SectionLink;

/**
 * Builds a front from its arrangement: the stories placed (those on the site; one withdrawn or not yet
 * published leaves its place to the newest stories) and the newest stories that fill the top's empty places
 * and the self-filling blocks, no story twice. Two statements whatever the number of blocks: the
 * arrangement and every story it may show.
 */
@ApplicationScoped
class FrontPages {

    /** How many of a section's other stories its front lists under the arrangement. */
    static final int MORE_IN_SECTION = ListingPages.PAGE_SIZE;

    @Inject
    Fronts fronts;

    @Inject
    PublishedArticles articles;

    @Inject
    ListingPages listings;

    @Inject
    SitePages sitePages;

    @Inject
    Permalinks links;

    @Inject
    SiteGeneration generation;

    /** A front built, with what it shows (its cache tags) and its last change. */
    record Built(FrontPage page, Set<String> tags, Instant lastModified, List<Shown> shown) {
    }

    /** A story the front shows, in page order: its place ({@code lead}, {@code secondary-2}, {@code block-3-1}). */
    record Shown(String name, String block, ArticleSummary story, ListingItem item) {
    }

    /** The front readers see: its newest published version, or its default arrangement. */
    Built live(FrontKey key, String sectionName) {
        Optional<Fronts.Live> live = fronts.live(key);
        Arrangement arrangement = live.map(Fronts.Live::arrangement).orElseGet(() -> defaultArrangement(key));
        Built built = build(key, sectionName, arrangement, live.map(Fronts.Live::photos).orElse(Map.of()));
        Instant published = live.map(Fronts.Live::publishedAt).orElse(Instant.EPOCH);
        return new Built(built.page(), built.tags(),
                built.lastModified().isAfter(published) ? built.lastModified() : published, built.shown());
    }

    /** The front an editor is about to publish (the preview). */
    Built preview(FrontKey key, String sectionName, Arrangement arrangement) {
        Map<Long, Fronts.Photo> photos = new HashMap<>();
        // The preview is the newsroom's: one more statement for the photos chosen is of no account.
        Set<Long> ids = new HashSet<>();
        arrangement.blocks().forEach(b -> b.slots().stream().filter(s -> s.photoId() != null).forEach(s -> ids.add(s.photoId())));
        fronts.photos(ids).forEach(photo -> photos.put(photo.id(), photo));
        return build(key, sectionName, arrangement, photos);
    }

    private Arrangement defaultArrangement(FrontKey key) {
        return key.isHome() ? Arrangement.defaultHome(sitePages.navigation().stream().map(SectionLink::slug).toList())
                : Arrangement.defaultSection();
    }

    private Built build(FrontKey key, String sectionName, Arrangement arrangement, Map<Long, Fronts.Photo> photos) {
        int shownAtMost = arrangement.blocks().stream().mapToInt(Block::size).sum();
        List<Long> placedIds = arrangement.placedArticleIds();
        int newest = shownAtMost + placedIds.size() + (key.isHome() ? 0 : MORE_IN_SECTION + 1);
        List<ArticleSummary> candidates = articles.frontCandidates(placedIds, key.sectionSlug(), newest,
                arrangement.sectionSlugs(), shownAtMost + placedIds.size());
        Map<Long, ArticleSummary> byId = new HashMap<>();
        candidates.forEach(c -> byId.put(c.id(), c));
        List<ArticleSummary> scope = candidates.stream()
                .filter(c -> key.isHome() || c.sectionSlug().equals(key.sectionSlug())).toList();
        if (!key.isHome() && scope.isEmpty()) {
            // A section with nothing published is not public yet.
            throw new NotFoundException();
        }
        if (sectionName == null && !key.isHome()) {
            sectionName = scope.get(0).sectionName();
        }

        Set<String> tags = new HashSet<>();
        tags.add(CacheTag.front(key.path()));
        tags.add(key.isHome() ? CacheTag.ALL_NEWS : CacheTag.section(key.sectionSlug()));
        placedIds.forEach(id -> tags.add(CacheTag.article(id)));
        photos.keySet().forEach(id -> tags.add(CacheTag.photo(id)));

        // Placed stories first, so that no block fills itself with a story placed further down the page.
        Set<Long> shown = new HashSet<>();
        placedIds.stream().filter(byId::containsKey).forEach(shown::add);
        Map<Integer, List<ListingItem>> filled = new LinkedHashMap<>();
        Map<Integer, List<ArticleSummary>> filledStories = new HashMap<>();
        List<ArticleSummary> shownSummaries = new ArrayList<>();
        LeadCandidate lead = null;
        for (int b = 0; b < arrangement.blocks().size(); b++) {
            Block block = arrangement.blocks().get(b);
            List<ListingItem> items = new ArrayList<>();
            for (Slot slot : block.slots()) {
                ArticleSummary story = byId.get(slot.articleId());
                if (story != null && items.size() < block.size()) {
                    if (b == 0 && items.isEmpty()) {
                        lead = new LeadCandidate(story, slot, photos.get(slot.photoId()));
                    }
                    items.add(item(story, slot, photos.get(slot.photoId())));
                    shownSummaries.add(story);
                    filledStories.computeIfAbsent(b, x -> new ArrayList<>()).add(story);
                }
            }
            if (block.kind() != BlockKind.COLLECTION) {
                List<ArticleSummary> pool = block.kind() == BlockKind.SECTION
                        ? candidates.stream().filter(c -> c.sectionSlug().equals(block.sectionSlug())).toList()
                        : scope;
                if (block.kind() == BlockKind.SECTION) {
                    tags.add(CacheTag.section(block.sectionSlug() == null ? "" : block.sectionSlug()));
                }
                for (ArticleSummary story : pool) {
                    if (items.size() >= block.size()) {
                        break;
                    }
                    if (shown.add(story.id())) {
                        if (b == 0 && items.isEmpty()) {
                            lead = new LeadCandidate(story, null, null);
                        }
                        items.add(listings.item(story));
                        shownSummaries.add(story);
                        filledStories.computeIfAbsent(b, x -> new ArrayList<>()).add(story);
                    }
                }
            }
            filled.put(b, items);
        }

        List<Shown> shownInOrder = new ArrayList<>();
        for (Map.Entry<Integer, List<ListingItem>> entry : filled.entrySet()) {
            int b = entry.getKey();
            Block block = arrangement.blocks().get(b);
            if (block.kind() == BlockKind.SECTION && block.sectionSlug() == null) {
                continue;
            }
            String heading = b == 0 ? null : heading(block, candidates);
            for (int i = 0; i < entry.getValue().size(); i++) {
                String name = b == 0 ? (i == 0 ? "lead" : "secondary-" + i) : "block-" + b + "-" + (i + 1);
                shownInOrder.add(new Shown(name, heading, filledStories.get(b).get(i), entry.getValue().get(i)));
            }
        }
        List<ListingItem> top = filled.getOrDefault(0, List.of());
        FrontPage.LeadItem leadItem = lead == null ? null : leadItem(lead, top.get(0));
        List<ListingItem> secondary = top.size() > 1 ? top.subList(1, top.size()) : List.of();
        List<FrontPage.BlockView> blocks = new ArrayList<>();
        for (int b = 1; b < arrangement.blocks().size(); b++) {
            Block block = arrangement.blocks().get(b);
            List<ListingItem> items = filled.get(b);
            if (items.isEmpty() || (block.kind() == BlockKind.SECTION && block.sectionSlug() == null)) {
                continue;
            }
            blocks.add(new FrontPage.BlockView(heading(block, candidates), block.kind() == BlockKind.SECTION
                    ? links.section(block.sectionSlug()) : null, items));
        }

        List<ListingItem> more = List.of();
        String older = null;
        if (!key.isHome()) {
            List<ArticleSummary> rest = scope.stream().filter(c -> !shown.contains(c.id())).toList();
            List<ArticleSummary> listed = rest.size() > MORE_IN_SECTION ? rest.subList(0, MORE_IN_SECTION) : rest;
            more = listed.stream().map(listings::item).toList();
            shownSummaries.addAll(listed);
            if (rest.size() > MORE_IN_SECTION) {
                older = links.sectionOlderThan(key.sectionSlug(), listed.get(listed.size() - 1).pageKey());
            }
        }
        shownSummaries.forEach(s -> {
            tags.add(CacheTag.article(s.id()));
            if (s.photoId() != null) {
                tags.add(CacheTag.photo(s.photoId()));
            }
        });
        String title = key.isHome() ? PageRenderer.message("front.homeTitle") : sectionName;
        Instant lastModified = shownSummaries.stream().map(ArticleSummary::updatedAt).max(Comparator.naturalOrder())
                .orElse(generation.lastChange());
        return new Built(new FrontPage(title, key.isHome() ? PageRenderer.message("front.homeHeading") : sectionName,
                key.isHome(), leadItem, secondary, blocks,
                key.isHome() ? null : PageRenderer.message("front.moreIn", sectionName), more, older, links.allNews()),
                tags, lastModified, shownInOrder);
    }

    private record LeadCandidate(ArticleSummary story, Slot slot, Fronts.Photo photo) {
    }

    private String heading(Block block, List<ArticleSummary> candidates) {
        if (block.title() != null && !block.title().isBlank()) {
            return block.title();
        }
        if (block.kind() == BlockKind.SECTION) {
            return candidates.stream().filter(c -> c.sectionSlug().equals(block.sectionSlug())).findFirst()
                    .map(ArticleSummary::sectionName).orElse(block.sectionSlug());
        }
        return PageRenderer.message("front.latest");
    }

    /** A story as a front shows it: with the headline, lead and photo of its placement where they were given. */
    private ListingItem item(ArticleSummary story, Slot slot, Fronts.Photo photo) {
        ListingItem own = listings.item(story);
        String thumbnail = own.thumbnailUrl();
        String webp = own.thumbnailWebpUrl();
        String alt = own.thumbnailAlt();
        if (photo != null) {
            FocalPoint focus = focus(photo);
            thumbnail = PhotoUrls.crop(photo.id(), Shape.THUMBNAIL, focus,
                    PhotoUrls.fallback(ImageType.ofMimeType(photo.mimeType())));
            webp = PhotoUrls.crop(photo.id(), Shape.THUMBNAIL, focus, ImageType.WEBP);
            alt = photo.altText();
        }
        return new ListingItem(own.url(), slot.headline() != null ? slot.headline() : own.headline(),
                slot.lead() != null ? slot.lead() : own.lead(), own.sectionName(), own.sectionUrl(), own.publishedIso(),
                own.publishedDisplay(), thumbnail, alt, webp, own.language());
    }

    /** The lead's wide photo: the social crop (1.91:1), made up to 1,200 px wide. */
    private FrontPage.LeadItem leadItem(LeadCandidate lead, ListingItem item) {
        Long photoId = lead.photo() != null ? Long.valueOf(lead.photo().id()) : lead.story().photoId();
        if (photoId == null) {
            return new FrontPage.LeadItem(item, null, null, 0);
        }
        FocalPoint focus;
        ImageType type;
        int width;
        if (lead.photo() != null) {
            focus = focus(lead.photo());
            type = ImageType.ofMimeType(lead.photo().mimeType());
            width = Math.min(lead.photo().width(), Shape.SOCIAL.maxWidth());
        } else {
            ArticleSummary s = lead.story();
            focus = s.photoFocalX() == null ? FocalPoint.CENTRE : new FocalPoint(s.photoFocalX(), s.photoFocalY());
            type = ImageType.ofMimeType(s.photoMimeType());
            width = s.photoWidth() == null ? Shape.SOCIAL.maxWidth() : Math.min(s.photoWidth(), Shape.SOCIAL.maxWidth());
        }
        return new FrontPage.LeadItem(item, PhotoUrls.crop(photoId, Shape.SOCIAL, focus, PhotoUrls.fallback(type)),
                PhotoUrls.crop(photoId, Shape.SOCIAL, focus, ImageType.WEBP), width);
    }

    private static FocalPoint focus(Fronts.Photo photo) {
        return photo.focalX() == null ? FocalPoint.CENTRE : new FocalPoint(photo.focalX(), photo.focalY());
    }
}
