// A live story's page shows new updates without a reload: it asks for the story's updates every 15
// seconds while the page is in view (a 304 when nothing changed) and puts the new ones at the top of the
// list, saying how many came in to screen readers. Without JavaScript a reload shows them. Every text
// shown comes from the page or the server, none from this file.
(function () {
    'use strict';
    var section = document.querySelector('.live-updates[data-live-url]');
    if (!section || !window.fetch) {
        return;
    }
    var list = section.querySelector('.live-list');
    var status = section.querySelector('.live-status');
    var url = section.getAttribute('data-live-url');
    var every = 15000;

    function paragraph(text) {
        var p = document.createElement('p');
        p.textContent = text;
        return p;
    }

    function item(update) {
        var li = document.createElement('li');
        li.className = 'live-update live-new';
        li.id = update.anchor;
        var meta = document.createElement('p');
        meta.className = 'live-meta';
        var time = document.createElement('time');
        time.setAttribute('datetime', update.iso);
        time.textContent = update.display;
        var author = document.createElement('span');
        author.className = 'live-author';
        author.textContent = update.postedBy;
        meta.appendChild(time);
        meta.appendChild(document.createTextNode(' '));
        meta.appendChild(author);
        li.appendChild(meta);
        update.paragraphs.forEach(function (text) {
            li.appendChild(paragraph(text));
        });
        if (update.photo) {
            var picture = document.createElement('picture');
            picture.className = 'live-photo';
            var source = document.createElement('source');
            source.type = 'image/webp';
            source.srcset = update.photo.webpUrl + ' ' + update.photo.width + 'w';
            source.sizes = '(max-width: 42rem) 100vw, 40rem';
            var img = document.createElement('img');
            img.src = update.photo.url;
            img.srcset = update.photo.url + ' ' + update.photo.width + 'w';
            img.sizes = source.sizes;
            img.alt = update.photo.alt || '';
            img.width = 1200;
            img.height = 628;
            picture.appendChild(source);
            picture.appendChild(img);
            li.appendChild(picture);
        }
        return li;
    }

    function show(updates) {
        var added = 0;
        // Oldest new one first, each at the top: the newest ends up first.
        for (var i = updates.length - 1; i >= 0; i--) {
            if (!document.getElementById(updates[i].anchor)) {
                list.insertBefore(item(updates[i]), list.firstChild);
                added++;
            }
        }
        var current = {};
        updates.forEach(function (u) { current[u.anchor] = true; });
        Array.prototype.slice.call(list.children).forEach(function (li) {
            if (!current[li.id]) {
                list.removeChild(li);
            }
        });
        if (added > 0 && status) {
            status.textContent = (section.getAttribute('data-new-updates') || '{0}').replace('{0}', added);
        }
    }

    function poll() {
        if (document.visibilityState === 'hidden') {
            return;
        }
        fetch(url, {cache: 'no-cache', headers: {Accept: 'application/json'}, credentials: 'omit'})
            .then(function (response) {
                return response.ok ? response.json() : null;
            })
            .then(function (body) {
                if (body && body.updates) {
                    show(body.updates);
                }
            })
            .catch(function () {
                // Offline for a moment: the next poll tries again.
            });
    }

    window.setInterval(poll, every);
    document.addEventListener('visibilitychange', poll);
}());
