/**
 * Sections of the site (World, Politics, ...): their names, URL slugs and order in the navigation.
 */
package news.dateline.section;
