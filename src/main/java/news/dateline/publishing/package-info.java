/**
 * Publishing on time: the server-side timer that publishes scheduled articles when they are due,
 * exactly once across any number of servers, and catches up after downtime.
 */
package news.dateline.publishing;
