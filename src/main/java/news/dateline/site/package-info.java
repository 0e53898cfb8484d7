/**
 * The public site: All news, section pages, article pages, their URLs and error pages.
 * Readers need no session; every page is cacheable and conditional.
 */
package news.dateline.site;
