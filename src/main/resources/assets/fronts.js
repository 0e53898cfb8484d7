// Progressive enhancement for the fronts editor. Without JavaScript every move is a form (Up, Down,
// Make lead). With it, a story can also be dragged within its block, by mouse, pen or finger: dropping
// it submits the same kind of form with the place it was dropped at, so the server decides as always
// (and refuses it when another editor changed the front meanwhile). Keyboard users keep the buttons.
// Every text shown comes from the page (data attributes), none from this file.
(function () {
    'use strict';
    var editor = document.querySelector('.front-editor[data-front][data-revision]');
    var token = document.querySelector('input[name=_csrf]');
    if (!editor || !token || !window.PointerEvent) {
        return;
    }

    function submitMove(block, from, to) {
        var form = document.createElement('form');
        form.method = 'post';
        form.action = '/newsroom/fronts/' + editor.getAttribute('data-front') + '/move';
        var fields = {_csrf: token.value, seen: editor.getAttribute('data-revision'), block: block,
            position: from, to: to};
        Object.keys(fields).forEach(function (name) {
            var input = document.createElement('input');
            input.type = 'hidden';
            input.name = name;
            input.value = fields[name];
            form.appendChild(input);
        });
        document.body.appendChild(form);
        form.submit();
    }

    document.querySelectorAll('ol.front-slots[data-block]').forEach(function (list) {
        var slots = list.querySelectorAll(':scope > li.front-slot');
        if (slots.length < 2) {
            return;
        }
        slots.forEach(function (slot) {
            var handle = document.createElement('span');
            handle.className = 'drag-handle';
            handle.setAttribute('aria-hidden', 'true');
            handle.title = list.getAttribute('data-drag-label') || '';
            handle.textContent = '\u2630';
            slot.insertBefore(handle, slot.firstChild);
            slot.classList.add('draggable');

            handle.addEventListener('pointerdown', function (event) {
                event.preventDefault();
                var pointer = event.pointerId;
                var from = Array.prototype.indexOf.call(list.children, slot);
                slot.classList.add('dragging');

                function move(e) {
                    if (e.pointerId !== pointer) {
                        return;
                    }
                    e.preventDefault();
                    var siblings = Array.prototype.filter.call(list.children, function (s) { return s !== slot; });
                    var before = null;
                    for (var i = 0; i < siblings.length; i++) {
                        var box = siblings[i].getBoundingClientRect();
                        if (e.clientY < box.top + box.height / 2) {
                            before = siblings[i];
                            break;
                        }
                    }
                    if (before !== slot.nextSibling) {
                        list.insertBefore(slot, before);
                    }
                }

                function end(e) {
                    if (e.pointerId !== pointer) {
                        return;
                    }
                    window.removeEventListener('pointermove', move);
                    window.removeEventListener('pointerup', end);
                    window.removeEventListener('pointercancel', end);
                    slot.classList.remove('dragging');
                    var to = Array.prototype.indexOf.call(list.children, slot);
                    if (to !== from && e.type === 'pointerup') {
                        list.classList.add('saving');
                        submitMove(list.getAttribute('data-block'), slot.getAttribute('data-position'), to);
                    } else if (to !== from) {
                        // Cancelled: put it back where it was.
                        list.insertBefore(slot, list.children[from > to ? from + 1 : from] || null);
                    }
                }

                window.addEventListener('pointermove', move, {passive: false});
                window.addEventListener('pointerup', end);
                window.addEventListener('pointercancel', end);
            });
        });
    });
}());
