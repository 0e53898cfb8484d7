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
