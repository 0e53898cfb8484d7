vcl 4.1;

# Varnish in front of Dateline's public site.
#
# - Public pages are kept as long as Dateline's Cache-Control says; Dateline drops them by their cache
#   tags (the xkey header of every public response) as soon as what they show changes, with
#   "PURGE /" requests carrying the tags in "xkey-purge" (or "xkey-softpurge": stale, but kept for
#   grace). Purges are accepted only from the addresses of the "purgers" ACL.
# - The newsroom, health and metrics, anything asked with a session or sign-in cookie, and every
#   answer that sets a cookie or is private are passed to Dateline and never kept.
# - While Dateline does not answer (its health probe fails), the last copy of a page is served for up
#   to a day (grace); a refresh of an expired copy that Dateline answers with 5xx keeps the copy.
#
# What differs between deployments lives in site.vcl, found on varnishd's vcl_path: the backend
# (Dateline's balancer, or a single server) with its health probe on /health/ready, and the ACL
# "purgers" (the addresses of the Dateline servers). See docker/varnish/site.vcl.

import std;
import xkey;

include "site.vcl";

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (req.http.xkey-purge) {
            set req.http.n-gone = xkey.purge(req.http.xkey-purge);
        } elsif (req.http.xkey-softpurge) {
            set req.http.n-gone = xkey.softpurge(req.http.xkey-softpurge);
        } else {
            return (synth(400, "No keys: send them in xkey-purge or xkey-softpurge"));
        }
        return (synth(200, "Purged " + req.http.n-gone + " objects"));
    }
    unset req.http.xkey-purge;
    unset req.http.xkey-softpurge;

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(newsroom|health|metrics)([/?]|$)") {
        return (pass);
    }
    # A signed-in user (session) or one signing in (pre-session form cookie) always reaches Dateline:
    # they may see what readers may not (previews, photos before publication).
    if (req.http.Cookie ~ "(^|;)\s*(__Host-)?DATELINE_[A-Z]+=" || req.http.Authorization) {
        return (pass);
    }
    # Public pages read no cookie: other cookies (analytics and the like) must not split the cache.
    unset req.http.Cookie;

    # While Dateline is healthy, a page that expired a moment ago is served while a fresh copy is
    # fetched; while it is not, the last copy is served for as long as the object's grace lasts.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_backend_response {
    # A background fetch (a stale copy was served meanwhile) answered with a server error is dropped:
    # the copy stays and keeps being served in grace, instead of being replaced by the error in the
    # seconds before the health probe marks Dateline sick.
    if (bereq.is_bgfetch && beresp.status >= 500) {
        return (abandon);
    }
    # The last copy of a page outlives its freshness by a day, for when Dateline does not answer.
    set beresp.grace = 24h;
    if (bereq.url ~ "^/(newsroom|health|metrics)([/?]|$)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Falls through to the built-in rules: nothing that sets a cookie, says private, no-store or
    # no-cache, or varies on everything is kept.
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # The cache tags are for caches, not for readers.
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
}
