// Progressive enhancement for photos in the newsroom. Without JavaScript every control here is a
// plain form: the picker is a page that returns to the editor, the focal point is two numbers.
// With it: the picker is a dialog over the editor, and a click on the preview sets the focal point.
// Every text shown comes from the page (data attributes and a template), none from this file.
(function () {
    'use strict';
    if (!window.fetch) {
        return;
    }

    function csrfToken() {
        var field = document.querySelector('input[name=_csrf]');
        return field ? field.value : '';
    }

    function clampPercent(value) {
        return Math.max(0, Math.min(100, Math.round(value)));
    }

    // The focal point: a click on the preview, or the numbers and their button, sets it at once.
    document.querySelectorAll('.photo-preview[data-focal-url]').forEach(function (figure) {
        var url = figure.getAttribute('data-focal-url');
        var image = figure.querySelector('.focal-image');
        var across = document.getElementById('focalX');
        var down = document.getElementById('focalY');
        var button = document.querySelector('[data-focal-submit]');
        var status = document.querySelector('[data-focal-status]');
        if (!image || !across || !down || !button || !status) {
            return;
        }
        figure.classList.add('focal-clickable');

        function show(point) {
            figure.querySelectorAll('.focal-line[data-axis=x]').forEach(function (line) {
                line.setAttribute('x1', point.focalX);
                line.setAttribute('x2', point.focalX);
            });
            figure.querySelectorAll('.focal-line[data-axis=y]').forEach(function (line) {
                line.setAttribute('y1', point.focalY);
                line.setAttribute('y2', point.focalY);
            });
            (point.crops || []).forEach(function (crop) {
                var frame = figure.querySelector('.crop-frame[data-shape="' + crop.shape + '"]');
                if (frame) {
                    frame.setAttribute('x', crop.x);
                    frame.setAttribute('y', crop.y);
                    frame.setAttribute('width', crop.width);
                    frame.setAttribute('height', crop.height);
                }
            });
            var value = figure.querySelector('.focal-value');
            if (value && point.label) {
                value.textContent = point.label;
            }
        }

        function send() {
            status.textContent = status.getAttribute('data-saving');
            across.removeAttribute('aria-invalid');
            down.removeAttribute('aria-invalid');
            fetch(url, {
                method: 'POST',
                credentials: 'same-origin',
                headers: {
                    'Accept': 'application/json',
                    'X-CSRF-Token': csrfToken(),
                    'Content-Type': 'application/x-www-form-urlencoded'
                },
                body: 'focalX=' + encodeURIComponent(across.value) + '&focalY=' + encodeURIComponent(down.value)
            }).then(function (response) {
                return response.json().then(function (json) {
                    return {ok: response.ok, json: json};
                });
            }).then(function (result) {
                if (!result.ok) {
                    var field = document.getElementById(result.json.field);
                    if (field) {
                        field.setAttribute('aria-invalid', 'true');
                    }
                    status.textContent = result.json.message || status.getAttribute('data-failed');
                    return;
                }
                show(result.json);
                status.textContent = result.json.message;
            }).catch(function () {
                status.textContent = status.getAttribute('data-failed');
            });
        }

        image.addEventListener('click', function (event) {
            var box = image.getBoundingClientRect();
            across.value = clampPercent((event.clientX - box.left) / box.width * 100);
            down.value = clampPercent((event.clientY - box.top) / box.height * 100);
            show({focalX: across.value, focalY: down.value});
            send();
        });
        button.addEventListener('click', function (event) {
            event.preventDefault();
            show({focalX: clampPercent(Number(across.value) || 0), focalY: clampPercent(Number(down.value) || 0)});
            send();
        });
    });

    // The picker as a dialog: search the library, choose a thumbnail. The choice goes back through
    // the same form action as without JavaScript (the typed form is kept, the editor shows the photo).
    var open = document.querySelector('[data-picker-open]');
    var template = document.getElementById('photo-picker-template');
    var photoId = document.getElementById('photoId');
    if (!open || !template || !photoId || !window.HTMLDialogElement) {
        return;
    }
    var searchUrl = open.getAttribute('data-picker-url');

    function showPicker() {
        var dialog = template.content.firstElementChild.cloneNode(true);
        document.body.appendChild(dialog);
        var query = dialog.querySelector('[data-picker-query]');
        var results = dialog.querySelector('[data-picker-results]');
        var status = dialog.querySelector('[data-picker-status]');
        var more = dialog.querySelector('[data-picker-more]');
        var older = null;
        var shown = 0;

        function load(append) {
            status.textContent = status.getAttribute('data-loading');
            var url = searchUrl + '?q=' + encodeURIComponent(query.value)
                + (append && older ? '&before=' + encodeURIComponent(older) : '');
            fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error(String(response.status));
                    }
                    return response.json();
                })
                .then(function (json) {
                    if (!append) {
                        results.textContent = '';
                        shown = 0;
                    }
                    json.photos.forEach(function (photo) {
                        var item = document.createElement('li');
                        var choice = document.createElement('button');
                        choice.type = 'button';
                        choice.className = 'picker-choice';
                        var thumbnail = document.createElement('img');
                        thumbnail.src = photo.thumbnailUrl;
                        thumbnail.alt = photo.alt || photo.caption || ('#' + photo.id);
                        thumbnail.loading = 'lazy';
                        var caption = document.createElement('span');
                        caption.className = 'caption';
                        caption.textContent = photo.caption;
                        choice.appendChild(thumbnail);
                        choice.appendChild(caption);
                        choice.addEventListener('click', function () {
                            choose(photo.id);
                        });
                        item.appendChild(choice);
                        results.appendChild(item);
                        shown++;
                    });
                    older = json.older;
                    more.hidden = !older;
                    status.textContent = shown === 0 ? status.getAttribute('data-none')
                        : status.getAttribute('data-found').replace('{n}', String(shown));
                })
                .catch(function () {
                    status.textContent = status.getAttribute('data-none');
                });
        }

        function choose(id) {
            photoId.value = String(id);
            var keep = document.createElement('input');
            keep.type = 'hidden';
            keep.name = 'go';
            keep.value = 'show';
            var form = open.form;
            form.appendChild(keep);
            form.setAttribute('action', open.getAttribute('formaction'));
            form.noValidate = true;
            dialog.close();
            // requestSubmit: the form's submit listeners (the autosave's) learn that the page is left for a save.
            if (form.requestSubmit) {
                form.requestSubmit();
            } else {
                form.submit();
            }
        }

        query.addEventListener('keydown', function (event) {
            if (event.key === 'Enter') {
                event.preventDefault();
                load(false);
            }
        });
        dialog.querySelector('[data-picker-search]').addEventListener('click', function () {
            load(false);
        });
        more.addEventListener('click', function () {
            load(true);
        });
        dialog.querySelector('[data-picker-close]').addEventListener('click', function () {
            dialog.close();
        });
        dialog.addEventListener('close', function () {
            dialog.remove();
            open.focus();
        });
        dialog.showModal();
        query.focus();
        load(false);
    }

    open.addEventListener('click', function (event) {
        event.preventDefault();
        showPicker();
    });
}());
