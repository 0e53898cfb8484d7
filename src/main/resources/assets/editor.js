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
(function () {
    'use strict';
    var form = document.getElementById('article-form');
    if (!form || !window.fetch) {
        return;
    }
    var token = form.querySelector('input[name=_csrf]').value;
    var lockUrl = form.getAttribute('data-lock-url');
    var autosaveUrl = form.getAttribute('data-autosave-url');
    var status = document.getElementById('autosave-status');
    var changed = false;

    function post(url, body) {
        return fetch(url, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'X-CSRF-Token': token, 'Content-Type': 'application/x-www-form-urlencoded'},
            body: body || ''
        });
    }

    if (lockUrl) {
        window.setInterval(function () {
            post(lockUrl).then(function (response) {
                return response.ok ? response.json() : null;
            }).then(function (lock) {
                var banner = document.getElementById('lock-lost');
                if (lock && !lock.held && lock.holder && !document.getElementById('lock-banner')) {
                    banner.textContent = lock.holder + ' took over editing at ' + lock.since
                        + '. Your next save will show both versions rather than overwrite theirs.';
                    banner.hidden = false;
                }
            }).catch(function () { /* offline: the next heartbeat tries again */ });
        }, 20000);
    }

    form.addEventListener('input', function () { changed = true; });
    form.addEventListener('submit', function () { changed = false; });
    window.setInterval(function () {
        if (!changed || !autosaveUrl) {
            return;
        }
        changed = false;
        var data = new FormData(form);
        data.delete('photoFile');
        data.delete('_csrf');
        post(autosaveUrl, new URLSearchParams(data).toString()).then(function (response) {
            return response.ok ? response.json() : null;
        }).then(function (saved) {
            if (saved && status) {
                status.textContent = 'Unsaved work kept at ' + saved.savedAt;
            }
        }).catch(function () { changed = true; });
    }, 15000);
}());
