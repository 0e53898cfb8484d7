/**
 * Contributor profiles: the people bylines name, with a short bio, an optional photo and an
 * optional link to their newsroom account.
 */
package news.dateline.contributor;
