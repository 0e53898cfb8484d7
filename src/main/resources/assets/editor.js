// Progressive enhancement for the article editor: a toolbar that wraps the selected text of the
// body in the allowed HTML. Without JavaScript the textarea works the same, by hand.
(function () {
    'use strict';
    document.querySelectorAll('.toolbar[data-for]').forEach(function (toolbar) {
        var area = document.getElementById(toolbar.getAttribute('data-for'));
        if (!area) {
            return;
        }
        toolbar.hidden = false;
        toolbar.addEventListener('click', function (event) {
            var button = event.target.closest('button[data-wrap]');
            if (!button) {
                return;
            }
            var tag = button.getAttribute('data-wrap');
            var start = area.selectionStart;
            var end = area.selectionEnd;
            var selected = area.value.substring(start, end);
            var open = '<' + tag + '>';
            var close = '</' + tag + '>';
            if (tag === 'a') {
                var href = window.prompt('Link address (https://…)', 'https://');
                if (!href) {
                    return;
                }
                open = '<a href="' + href.replace(/"/g, '&quot;') + '">';
            } else if (tag === 'blockquote') {
                open = '<blockquote><p>';
                close = '</p></blockquote>';
            } else if (tag === 'ul') {
                var items = selected.split(/\n+/).filter(function (line) { return line.trim() !== ''; });
                selected = items.map(function (line) { return '<li>' + line.trim() + '</li>'; }).join('');
            }
            area.setRangeText(open + selected + close, start, end, 'end');
            area.focus();
        });
    });
}());

// Edit lock heartbeats and autosave of unsaved work. Without JavaScript neither runs: the lock
// lapses by itself and the server's conflict page still protects every save.
//
// Autosave never reports work it has not saved. Every change raises a generation number; the form
// is clean only when the server answered 2xx with JSON for the latest generation, so a change made
// while a save is under way stays unsaved. When a save fails (offline, 4xx, 5xx, a lost session) it
// is tried again with growing pauses, and a warning says so until a save succeeds. All the while a
// copy of the form's text is kept in the browser's storage (per person and article), removed once
// the server has the text; after a reload or a new sign-in a copy that differs from the form is
// offered back, never put in by itself.
(function () {
    'use strict';
    var SENT = 'dateline.unsaved.sent';
    var storage = null;
    try {
        storage = window.localStorage;
    } catch (e) {
        storage = null;
    }

    // The form was sent with a save last time (see the submit listener below): when the server
    // accepted it (the page says what was done, in its flash message), the copy the browser kept of
    // it is no longer needed.
    try {
        var sent = JSON.parse(window.sessionStorage.getItem(SENT) || 'null');
        window.sessionStorage.removeItem(SENT);
        if (sent && storage && Date.now() - sent.at < 10 * 60 * 1000 && document.querySelector('.flash')) {
            var kept = JSON.parse(storage.getItem(sent.key) || 'null');
            if (kept && kept.at <= sent.at) {
                storage.removeItem(sent.key);
            }
        }
    } catch (e) {
        // no session storage: a kept copy stays until the next autosave or is offered back
    }

    var form = document.getElementById('article-form');
    if (!form || !window.fetch) {
        return;
    }
    var tokenField = form.querySelector('input[name=_csrf]');
    var token = tokenField.value;
    var lockUrl = form.getAttribute('data-lock-url');
    var autosaveUrl = form.getAttribute('data-autosave-url');
    var tokenUrl = form.getAttribute('data-token-url');
    var key = form.getAttribute('data-local-key');
    var status = document.getElementById('autosave-status');
    var warning = document.getElementById('autosave-warning');
    var offerBox = document.getElementById('local-copy');
    var versionField = form.querySelector('input[name=version]');
    var loadedVersion = versionField ? versionField.value : '';

    function format(pattern, values) {
        return (pattern || '').replace(/\{(\d)\}/g, function (all, n) {
            return values[Number(n)] === undefined ? all : String(values[Number(n)]);
        });
    }

    function post(url, body) {
        return fetch(url, {
            method: 'POST',
            credentials: 'same-origin',
            cache: 'no-store',
            headers: {'X-CSRF-Token': token, 'Accept': 'application/json',
                'Content-Type': 'application/x-www-form-urlencoded'},
            body: body || ''
        });
    }

    /** The session's token again, after its user signed in anew in another tab: true when it changed. */
    function refreshToken() {
        if (!tokenUrl) {
            return Promise.resolve(null);
        }
        return fetch(tokenUrl, {credentials: 'same-origin', cache: 'no-store', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                var json = /json/.test(response.headers.get('Content-Type') || '');
                return response.ok && json && !response.redirected ? response.json() : null;
            }).then(function (answer) {
                if (!answer || !answer.csrf) {
                    return null;
                }
                var changed = answer.csrf !== token;
                token = answer.csrf;
                // Every form of the page carries the new token, so that Save works again too.
                document.querySelectorAll('input[name=_csrf]').forEach(function (field) {
                    field.value = answer.csrf;
                });
                return changed;
            }).catch(function () { return null; });
    }

    if (lockUrl) {
        window.setInterval(function () {
            post(lockUrl).then(function (response) {
                return response.ok ? response.json() : null;
            }).then(function (lock) {
                var banner = document.getElementById('lock-lost');
                if (lock && !lock.held && lock.holder && !document.getElementById('lock-banner')) {
                    banner.textContent = format(banner.getAttribute('data-msg'), [lock.holder, lock.since]);
                    banner.hidden = false;
                }
            }).catch(function () { /* offline: the next heartbeat tries again */ });
        }, 20000);
    }

    // --- The copy in the browser ---------------------------------------------------------------

    var offered = null;     // a kept copy shown in the banner, not yet restored or discarded
    var copyKept = false;   // whether the browser holds the form's latest text
    var keepTimer = null;

    function isText(field) {
        if (!field.name || field.name === '_csrf' || field.disabled) {
            return false;
        }
        var type = (field.type || '').toLowerCase();
        return field.tagName === 'TEXTAREA' || field.tagName === 'SELECT' && !field.multiple
            || field.tagName === 'INPUT' && !/^(file|submit|button|reset|image|checkbox|radio|password)$/.test(type);
    }

    function values() {
        var all = {};
        Array.prototype.forEach.call(form.elements, function (field) {
            if (isText(field)) {
                all[field.name] = field.value;
            }
        });
        return all;
    }

    function keepCopy() {
        window.clearTimeout(keepTimer);
        keepTimer = null;
        if (!storage || !key || offered) {
            // An offered copy stays as it is until its owner chooses; the server's autosave has the rest.
            copyKept = false;
            return false;
        }
        try {
            storage.setItem(key, JSON.stringify({at: Date.now(), version: loadedVersion, fields: values()}));
            copyKept = true;
        } catch (e) {
            copyKept = false;
        }
        return copyKept;
    }

    function dropCopy() {
        window.clearTimeout(keepTimer);
        keepTimer = null;
        if (storage && key && !offered) {
            try {
                storage.removeItem(key);
            } catch (e) {
                // nothing to remove
            }
        }
    }

    // --- Dirty tracking and autosave -------------------------------------------------------------

    var generation = 0;     // raised by every change
    var savedGeneration = 0; // the generation the server has
    var inFlight = false;
    var failures = 0;
    var retryAt = 0;
    var lastAttempt = Date.now();
    var leaving = false;    // the form is being sent with a save

    function dirty() {
        return generation !== savedGeneration;
    }

    function intervalMillis() {
        var seconds = Number(form.getAttribute('data-autosave-seconds'));
        return (seconds > 0 ? seconds : 15) * 1000;
    }

    function changed(event) {
        if (event && event.target && (event.target.name === '_csrf' || event.target.type === 'file')) {
            return;
        }
        generation++;
        window.clearTimeout(keepTimer);
        keepTimer = window.setTimeout(keepCopy, 1000);
    }

    function showWarning(signedOut) {
        if (!warning) {
            return;
        }
        var name = (signedOut ? 'data-msg-signed-out' : 'data-msg-failed') + (copyKept ? '' : '-no-copy');
        var text = warning.getAttribute(name);
        if (warning.textContent !== text) {
            warning.textContent = text;
        }
        warning.hidden = false;
    }

    function succeeded(sentGeneration, savedAt) {
        savedGeneration = Math.max(savedGeneration, sentGeneration);
        failures = 0;
        retryAt = 0;
        if (warning) {
            warning.hidden = true;
            warning.textContent = '';
        }
        if (status) {
            status.textContent = format(status.getAttribute('data-msg-kept'), [savedAt]);
        }
        if (!dirty()) {
            dropCopy();
            copyKept = false;
        }
    }

    function failed(signedOut) {
        failures++;
        retryAt = Date.now() + Math.min(60000, 2000 * Math.pow(2, failures - 1));
        if (status) {
            status.textContent = '';
        }
        keepCopy();
        showWarning(signedOut);
    }

    function send() {
        var sentGeneration = generation;
        var data = new FormData(form);
        data.delete('photoFile');
        data.delete('_csrf');
        inFlight = true;
        lastAttempt = Date.now();
        return post(autosaveUrl, new URLSearchParams(data).toString()).then(function (response) {
            var json = /json/.test(response.headers.get('Content-Type') || '');
            if (response.ok && json && !response.redirected) {
                return response.json().then(function (saved) {
                    return saved && saved.savedAt ? {saved: saved} : {};
                });
            }
            return {signedOut: response.status === 401 || response.status === 403 || response.redirected};
        }).catch(function () {
            return {};
        }).then(function (outcome) {
            if (outcome.saved) {
                inFlight = false;
                succeeded(sentGeneration, outcome.saved.savedAt);
                return null;
            }
            if (!outcome.signedOut) {
                inFlight = false;
                failed(false);
                return null;
            }
            // Refused: the session ended, or a new one began elsewhere with another token.
            return refreshToken().then(function (tokenChanged) {
                inFlight = false;
                if (tokenChanged) {
                    return send();
                }
                failed(tokenChanged === null);
                return null;
            });
        });
    }

    function tick() {
        if (inFlight || leaving || !autosaveUrl || !dirty()) {
            return;
        }
        var now = Date.now();
        if (failures > 0 ? now >= retryAt : now - lastAttempt >= intervalMillis()) {
            send();
        }
    }

    function retryNow() {
        if (failures > 0) {
            retryAt = 0;
            tick();
        }
    }

    form.addEventListener('input', changed);
    form.addEventListener('change', changed);
    form.addEventListener('submit', function (event) {
        leaving = true;
        keepCopy();
        // A copy offered back and not yet chosen stays in the browser, whatever this save does.
        var mark = !offered;
        try {
            if (mark) {
                window.sessionStorage.setItem(SENT, JSON.stringify({key: key, at: Date.now()}));
            }
        } catch (e) {
            // the copy stays and is offered back if it differs from what the server shows
        }
        window.setTimeout(function () {
            if (event.defaultPrevented) {
                leaving = false;
                try {
                    if (mark) {
                        window.sessionStorage.removeItem(SENT);
                    }
                } catch (e) {
                    // nothing to undo
                }
            }
        }, 0);
    });
    window.addEventListener('pageshow', function (event) {
        if (event.persisted) {
            leaving = false;
        }
    });
    window.addEventListener('beforeunload', function (event) {
        if (!dirty() || leaving) {
            return undefined;
        }
        if (keepTimer) {
            keepCopy();
        }
        event.preventDefault();
        event.returnValue = '';
        return '';
    });
    window.addEventListener('online', retryNow);
    window.addEventListener('focus', retryNow);
    document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'visible') {
            retryNow();
        }
    });
    window.setInterval(tick, 1000);

    // --- Offering a kept copy back ----------------------------------------------------------------

    function differs(copy) {
        var shown = values();
        return Object.keys(copy.fields || {}).some(function (name) {
            var field = form.elements.namedItem(name);
            if (!field || !isText(field) || field.type === 'hidden' || shown[name] === undefined) {
                return false;
            }
            var mine = copy.fields[name];
            return mine !== shown[name] && !(name === 'body' && mine === field.datelineShownHtml);
        });
    }

    function restore(copy) {
        Object.keys(copy.fields || {}).forEach(function (name) {
            var field = form.elements.namedItem(name);
            if (!field || !isText(field) || field.value === copy.fields[name]) {
                return;
            }
            field.value = copy.fields[name];
            if (name === 'body' && field.datelineShownHtml !== undefined) {
                field.dispatchEvent(new CustomEvent('dateline:replace'));
            }
            field.dispatchEvent(new Event('input', {bubbles: true}));
        });
        changed();
    }

    function offer() {
        if (!offerBox || !storage || !key) {
            return;
        }
        var copy = null;
        try {
            copy = JSON.parse(storage.getItem(key) || 'null');
        } catch (e) {
            copy = null;
        }
        if (!copy || !copy.fields || !differs(copy)) {
            return;
        }
        offered = copy;
        var when = new Date(copy.at).toLocaleString(document.documentElement.lang || undefined);
        document.getElementById('local-copy-text').textContent = format(offerBox.getAttribute('data-msg-found'), [when]);
        offerBox.hidden = false;
        offerBox.addEventListener('click', function (event) {
            var button = event.target.closest('button[data-local-copy]');
            if (!button || !offered) {
                return;
            }
            var chosen = offered;
            offered = null;
            offerBox.hidden = true;
            if (button.getAttribute('data-local-copy') === 'restore') {
                restore(chosen);
                keepCopy();
                if (status) {
                    status.textContent = offerBox.getAttribute('data-msg-restored');
                }
                form.querySelector('input:not([type=hidden]), textarea').focus();
            } else if (dirty()) {
                keepCopy();
            } else {
                dropCopy();
            }
        });
    }

    // After the body editor (a module, run before DOMContentLoaded) has shown the body.
    var offeredOnce = false;
    function offerOnce() {
        if (!offeredOnce) {
            offeredOnce = true;
            offer();
        }
    }
    document.addEventListener('DOMContentLoaded', offerOnce);
    window.addEventListener('load', offerOnce);
}());
