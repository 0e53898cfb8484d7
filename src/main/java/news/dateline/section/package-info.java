/**
 * Sections of the site (World, Politics, ...): their names, URL slugs and unique order in the
 * navigation; retired sections, no longer offered for new stories, keep the stories they have.
 */
package news.dateline.section;
