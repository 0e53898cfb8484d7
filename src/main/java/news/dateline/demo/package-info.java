/**
 * Demo content for a new, empty database in dev/demo mode: the reference wire story with its
 * photo, and generated articles across four sections.
 */
package news.dateline.demo;
