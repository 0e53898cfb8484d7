/**
 * The public site: All news, section, tag and author pages, article pages and their newsroom
 * preview, feeds, sitemaps, search, and the page cache. Readers need no session; every page is
 * cacheable and conditional.
 */
package news.dateline.site;
