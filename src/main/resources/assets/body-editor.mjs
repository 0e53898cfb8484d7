// The visual body editor (ProseMirror). Without JavaScript, or when this module cannot load, the
// body is the textarea with its plain-text syntax; with it, the textarea is hidden and kept filled
// with the editor's HTML, which is what the form (and autosave) send. The schema allows exactly
// what the server's sanitizer keeps (article/BodySanitizer, article/BodyStructure).
import { Schema, DOMParser, DOMSerializer } from 'prosemirror-model';
import { EditorState, Plugin } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { keymap } from 'prosemirror-keymap';
import { history, undo, redo } from 'prosemirror-history';
import { baseKeymap, toggleMark, setBlockType, wrapIn, lift, chainCommands, exitCode } from 'prosemirror-commands';
import { wrapInList, splitListItem, liftListItem, sinkListItem } from 'prosemirror-schema-list';
import { inputRules, wrappingInputRule, textblockTypeInputRule } from 'prosemirror-inputrules';

const SAFE_LINK = /^(https?:\/\/|mailto:)\S+$/i;
const BOLD = /font-weight\s*:\s*(bold(er)?|[5-9]\d\d)\b/i;
const NOT_BOLD = /font-weight\s*:\s*(normal|[1-4]\d\d)\b/i;
const ITALIC = /font-style\s*:\s*(italic|oblique)/i;

/** What the body may hold: the sanitizer's allow-list, as a document model. */
export const schema = new Schema({
    nodes: {
        doc: { content: 'block+' },
        paragraph: {
            group: 'block', content: 'inline*',
            parseDOM: [{ tag: 'p' }],
            toDOM: () => ['p', 0]
        },
        heading: {
            group: 'block', content: 'inline*', defining: true, attrs: { level: { default: 2 } },
            parseDOM: [
                { tag: 'h1', attrs: { level: 2 } }, { tag: 'h2', attrs: { level: 2 } },
                { tag: 'h3', attrs: { level: 3 } }, { tag: 'h4', attrs: { level: 3 } },
                { tag: 'h5', attrs: { level: 3 } }, { tag: 'h6', attrs: { level: 3 } }
            ],
            toDOM: node => ['h' + node.attrs.level, 0]
        },
        blockquote: {
            group: 'block', content: '(paragraph | heading | bullet_list | ordered_list)+', defining: true,
            parseDOM: [{ tag: 'blockquote' }],
            toDOM: () => ['blockquote', 0]
        },
        bullet_list: {
            group: 'block', content: 'list_item+',
            parseDOM: [{ tag: 'ul' }],
            toDOM: () => ['ul', 0]
        },
        ordered_list: {
            group: 'block', content: 'list_item+',
            parseDOM: [{ tag: 'ol' }],
            toDOM: () => ['ol', 0]
        },
        list_item: {
            content: 'paragraph (paragraph | bullet_list | ordered_list)*', defining: true,
            parseDOM: [{ tag: 'li' }],
            toDOM: () => ['li', 0]
        },
        photo: {
            group: 'block', atom: true, draggable: true, selectable: true,
            attrs: { id: {}, caption: { default: '' }, credit: { default: '' } },
            parseDOM: [
                {
                    tag: 'figure[data-photo]',
                    getAttrs: dom => {
                        const id = (dom.getAttribute('data-photo') || '').trim();
                        if (!/^\d{1,18}$/.test(id)) {
                            return false;
                        }
                        const figcaption = dom.querySelector('figcaption');
                        let caption = '';
                        let credit = '';
                        if (figcaption) {
                            credit = Array.from(figcaption.querySelectorAll('small'))
                                .map(small => small.textContent).join(' ');
                            const copy = figcaption.cloneNode(true);
                            copy.querySelectorAll('small').forEach(small => small.remove());
                            caption = copy.textContent;
                        }
                        return { id: String(Number(id)), caption: tidy(caption), credit: withoutCopyright(tidy(credit)) };
                    }
                },
                { tag: 'figure', ignore: true }
            ],
            toDOM: node => {
                const { id, caption } = node.attrs;
                const credit = withoutCopyright(node.attrs.credit);
                if (!caption && !credit) {
                    return ['figure', { 'data-photo': id }];
                }
                const figcaption = ['figcaption'];
                if (caption) {
                    figcaption.push(caption);
                }
                if (credit) {
                    if (caption) {
                        figcaption.push(' ');
                    }
                    figcaption.push(['small', credit]);
                }
                return ['figure', { 'data-photo': id }, figcaption];
            }
        },
        text: { group: 'inline' },
        hard_break: {
            inline: true, group: 'inline', selectable: false,
            parseDOM: [{ tag: 'br' }],
            toDOM: () => ['br']
        }
    },
    marks: {
        link: {
            attrs: { href: {}, title: { default: null } }, inclusive: false,
            parseDOM: [{
                tag: 'a[href]',
                getAttrs: dom => {
                    const href = (dom.getAttribute('href') || '').trim();
                    return SAFE_LINK.test(href) ? { href, title: dom.getAttribute('title') } : false;
                }
            }],
            toDOM: mark => ['a', mark.attrs.title ? { href: mark.attrs.href, title: mark.attrs.title }
                : { href: mark.attrs.href }, 0]
        },
        strong: {
            // Styled bold (Google Docs' spans) is turned into <strong> by cleanPastedHTML.
            parseDOM: [{ tag: 'strong' }, { tag: 'b' }],
            toDOM: () => ['strong', 0]
        },
        em: {
            parseDOM: [{ tag: 'em' }, { tag: 'i' }, { tag: 'cite' }],
            toDOM: () => ['em', 0]
        }
    }
});

/** Plain text (a body typed without the visual editor) as paragraphs, one per blank-line block. */
function paragraphsOf(text) {
    const container = document.createElement('div');
    text.split(/\n\s*\n/).map(block => block.trim()).filter(block => block).forEach(block => {
        const paragraph = document.createElement('p');
        paragraph.textContent = block;
        container.appendChild(paragraph);
    });
    return container.innerHTML;
}

function tidy(text) {
    return text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A credit without the "©", "(c)" or "Copyright" typed before it, as the server stores it (media/Credit). */
function withoutCopyright(credit) {
    return credit.replace(/^(?:[\s\p{Z}]|©|\(c\)|copyright(?![\p{L}\p{N}]))+/iu, '').trim();
}

const nodes = schema.nodes;
const marks = schema.marks;
const parser = DOMParser.fromSchema(schema);
const serializer = DOMSerializer.fromSchema(schema);

/** The document as the HTML the form sends. */
export function toHTML(doc) {
    const container = document.createElement('div');
    container.appendChild(serializer.serializeFragment(doc.content));
    return container.innerHTML;
}

/** A document from (sanitized) HTML. */
export function fromHTML(html) {
    const container = document.implementation.createHTMLDocument('').createElement('div');
    container.innerHTML = html || '';
    return parser.parse(container);
}

const TAG = /<[a-zA-Z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>/g;
const ATTRIBUTE = /(\s)([^\s"'>/=]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g;

/**
 * Pasted HTML without what the page's Content-Security-Policy refuses even in a detached document:
 * style and script elements go, event handler attributes go and style attributes are renamed
 * data-style, tag by tag (a value that only looks like an attribute is left alone).
 */
function withoutInlineCode(html) {
    return html.replace(/<(style|script|template)\b[\s\S]*?<\/\1\s*>/gi, '')
        .replace(TAG, tag => tag.replace(ATTRIBUTE, (all, space, name, value) => /^on/i.test(name) ? ''
            : /^style$/i.test(name) ? space + 'data-style' + (value || '') : all));
}

/**
 * Pasted HTML made ready for the schema's parser. Style elements go, event handlers go and style
 * attributes are renamed before the HTML is parsed (the page's Content-Security-Policy refuses
 * inline styles and handlers, in detached documents too); the style attributes are read here:
 * Google Docs' bold and italic spans become strong and em, and its all-enclosing
 * <b style="font-weight:normal"> goes, and so do the line breaks it puts between blocks; Word's
 * list paragraphs become lists, without their typed bullets; empty spacer paragraphs go; table
 * cells become paragraphs.
 */
export function cleanPastedHTML(html) {
    const page = document.implementation.createHTMLDocument('');
    page.body.innerHTML = withoutInlineCode(html);
    page.body.querySelectorAll('[data-style]').forEach(element => {
        const style = element.getAttribute('data-style');
        if (element.localName === 'b' && (NOT_BOLD.test(style) || /^docs-internal-guid/.test(element.id))) {
            element.replaceWith(...element.childNodes);
        } else if (/^(span|font|u|sup|sub|mark|ins)$/.test(element.localName)) {
            [[BOLD, 'strong'], [ITALIC, 'em']].forEach(([pattern, tag]) => {
                if (pattern.test(style)) {
                    const mark = page.createElement(tag);
                    mark.append(...element.childNodes);
                    element.appendChild(mark);
                }
            });
        }
    });
    page.body.querySelectorAll('b[id^=docs-internal-guid]').forEach(element => element.replaceWith(...element.childNodes));
    // Table cells and the like are paragraphs of their own, as the server makes them (the parser
    // would run the cells of a row together).
    page.body.querySelectorAll('td, th, dt, caption, summary, legend').forEach(cell => {
        const block = page.createElement('div');
        block.append(...cell.childNodes);
        cell.replaceWith(block);
    });
    // Google Docs puts a <br> between its blocks (and one after the last): read as text, each would
    // become an empty paragraph. A line break between blocks, with no text beside it, goes.
    page.body.querySelectorAll('br').forEach(br => {
        if (br.closest(TEXT_BLOCKS)) {
            return;
        }
        const beside = [neighbour(br, 'previousSibling'), neighbour(br, 'nextSibling')];
        if (beside.every(node => !node || node.nodeType === Node.ELEMENT_NODE && BLOCK_ELEMENTS.test(node.localName))) {
            br.remove();
        }
    });
    let list = null;
    page.body.querySelectorAll('p').forEach(paragraph => {
        const style = paragraph.getAttribute('data-style') || '';
        const item = /mso-list\s*:\s*l\d+/i.test(style) || /^msolistparagraph/i.test(paragraph.className || '');
        if (!item) {
            list = null;
            if (paragraph.textContent.trim() === '' && !paragraph.querySelector('br, img')) {
                paragraph.remove();
            }
            return;
        }
        let marker = '';
        paragraph.querySelectorAll('[data-style]').forEach(span => {
            if (/mso-list\s*:\s*ignore/i.test(span.getAttribute('data-style')) && span.isConnected) {
                marker = marker || span.textContent.trim();
                span.remove();
            }
        });
        if (!list || paragraph.previousElementSibling !== list) {
            list = page.createElement(/^\(?([0-9]{1,3}|[a-z]|[ivxlc]{1,6})[.)]/i.test(marker) ? 'ol' : 'ul');
            paragraph.before(list);
        }
        const li = page.createElement('li');
        list.appendChild(li);
        li.appendChild(paragraph);
        paragraph.removeAttribute('data-style');
        paragraph.removeAttribute('class');
    });
    return page.body.innerHTML;
}

const TEXT_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, pre, td, th, dt, dd, figcaption, caption, summary, legend';
const BLOCK_ELEMENTS = /^(p|h[1-6]|blockquote|ul|ol|li|dl|figure|div|table|section|article|header|footer|aside|nav|main|pre|hr|address|details|form|fieldset)$/;

/** The nearest node beside this one that is neither white space nor another line break. */
function neighbour(node, direction) {
    let next = node[direction];
    while (next && (next.nodeType === Node.TEXT_NODE && !next.textContent.trim() || next.nodeType === Node.COMMENT_NODE
            || next.nodeType === Node.ELEMENT_NODE && next.localName === 'br')) {
        next = next[direction];
    }
    return next;
}

/** Pasted plain text without the blank lines around it, which would become empty paragraphs. */
export function cleanPastedText(text) {
    return text.replace(/^\s*\n/, '').replace(/\n\s*$/, '');
}

/**
 * The dateline a wire story opens with: "MOSCOW, June 7. /TASS/.", "LONDON, June 7 (Reuters) -",
 * "WASHINGTON (AP) —". Gives the place (as it is stored: "Moscow") and the agency.
 */
export function datelineOf(text) {
    const patterns = [
        /^([\p{Lu}][\p{Lu}\p{M} .'’-]*[\p{Lu}.]),\s+\p{L}+\.?\s+\d{1,2}\.?\s*\/([^/\n]{1,40})\/\.?\s*/u,
        /^([\p{Lu}][\p{Lu}\p{M} .'’-]*[\p{Lu}.]),\s+\p{L}+\.?\s+\d{1,2}\s*\(([^)\n]{1,40})\)\s*[-–—]+\s*/u,
        /^([\p{Lu}][\p{Lu}\p{M} .'’-]*[\p{Lu}.])\s+\(([^)\n]{1,40})\)\s*[-–—]+\s*/u
    ];
    for (const pattern of patterns) {
        const match = pattern.exec(text);
        if (match) {
            const place = match[1].toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (all, before, letter) => before + letter.toUpperCase());
            return { length: match[0].length, place, agency: match[2].trim() };
        }
    }
    return null;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Words, as the server counts them (article/BodyCounts). */
export function countWords(text) {
    return (text.match(WORD) || []).length;
}

function isEmptyDoc(doc) {
    return doc.childCount === 1 && doc.firstChild.isTextblock && doc.firstChild.content.size === 0;
}

function markActive(state, type) {
    const { from, $from, to, empty } = state.selection;
    if (empty) {
        return !!type.isInSet(state.storedMarks || $from.marks());
    }
    return state.doc.rangeHasMark(from, to, type);
}

function ancestor(state, type) {
    const { $from } = state.selection;
    for (let depth = $from.depth; depth > 0; depth--) {
        if ($from.node(depth).type === type) {
            return { node: $from.node(depth), pos: $from.before(depth), depth };
        }
    }
    return null;
}

function nearestList(state) {
    const { $from } = state.selection;
    for (let depth = $from.depth; depth > 0; depth--) {
        const type = $from.node(depth).type;
        if (type === nodes.bullet_list || type === nodes.ordered_list) {
            return { node: $from.node(depth), pos: $from.before(depth) };
        }
    }
    return null;
}

function blockIs(state, type, attrs) {
    const parent = state.selection.$from.parent;
    if (parent.type !== type) {
        return false;
    }
    return !attrs || Object.keys(attrs).every(key => parent.attrs[key] === attrs[key]);
}

function heading(level) {
    return (state, dispatch) => blockIs(state, nodes.heading, { level })
        ? setBlockType(nodes.paragraph)(state, dispatch)
        : setBlockType(nodes.heading, { level })(state, dispatch);
}

function quote(state, dispatch) {
    return ancestor(state, nodes.blockquote) ? lift(state, dispatch) : wrapIn(nodes.blockquote)(state, dispatch);
}

function list(type) {
    return (state, dispatch) => {
        const current = nearestList(state);
        if (current && current.node.type === type) {
            return liftListItem(nodes.list_item)(state, dispatch);
        }
        if (current) {
            if (dispatch) {
                dispatch(state.tr.setNodeMarkup(current.pos, type));
            }
            return true;
        }
        return wrapInList(type)(state, dispatch);
    };
}

const hardBreak = chainCommands(exitCode, (state, dispatch) => {
    if (dispatch) {
        dispatch(state.tr.replaceSelectionWith(nodes.hard_break.create()).scrollIntoView());
    }
    return true;
});

function inputRulesPlugin() {
    return inputRules({
        rules: [
            textblockTypeInputRule(/^##\s$/, nodes.heading, { level: 2 }),
            textblockTypeInputRule(/^###\s$/, nodes.heading, { level: 3 }),
            wrappingInputRule(/^\s*>\s$/, nodes.blockquote),
            wrappingInputRule(/^\s*([-*])\s$/, nodes.bullet_list),
            wrappingInputRule(/^(\d+)\.\s$/, nodes.ordered_list)
        ]
    });
}

/** The pictures the editor can show for the photos it holds, by photo number. */
const thumbnails = new Map();

/** A photo in the body: its picture, and its own caption and credit, each with a label. */
class PhotoView {
    constructor(node, view, getPos, texts) {
        this.node = node;
        this.view = view;
        this.getPos = getPos;
        const dom = this.dom = document.createElement('figure');
        dom.className = 'body-photo';
        dom.contentEditable = 'false';
        this.picture = document.createElement('img');
        this.picture.alt = '';
        dom.appendChild(this.picture);
        const fields = document.createElement('div');
        fields.className = 'body-photo-fields';
        this.number = document.createElement('p');
        this.number.className = 'help';
        fields.appendChild(this.number);
        this.noAlt = document.createElement('p');
        this.noAlt.className = 'warning no-alt';
        this.noAlt.textContent = texts.noAlt;
        this.noAlt.hidden = true;
        fields.appendChild(this.noAlt);
        this.caption = this.field(fields, texts.caption, 'caption');
        this.credit = this.field(fields, texts.credit, 'credit');
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = texts.remove;
        remove.addEventListener('click', () => {
            const pos = this.getPos();
            this.view.dispatch(this.view.state.tr.delete(pos, pos + this.node.nodeSize));
            this.view.focus();
        });
        fields.appendChild(remove);
        dom.appendChild(fields);
        this.texts = texts;
        this.show();
    }

    field(parent, labelText, attr) {
        const label = document.createElement('label');
        label.textContent = labelText + ' ';
        const input = document.createElement('input');
        input.type = 'text';
        input.maxLength = attr === 'credit' ? 300 : 1000;
        input.addEventListener('input', () => {
            const pos = this.getPos();
            const attrs = Object.assign({}, this.node.attrs);
            attrs[attr] = input.value;
            this.view.dispatch(this.view.state.tr.setNodeMarkup(pos, null, attrs));
        });
        label.appendChild(input);
        parent.appendChild(label);
        return input;
    }

    show() {
        const picture = thumbnails.get(this.node.attrs.id);
        // A photo the library describes without alt text is shown on the page with alt="": said here.
        this.noAlt.hidden = !picture || !!(picture.alt || '').trim();
        if (picture) {
            this.picture.src = picture.thumbnailUrl;
            this.picture.hidden = false;
        } else {
            this.picture.removeAttribute('src');
            this.picture.hidden = true;
        }
        this.number.textContent = this.texts.photo.replace('{0}', this.node.attrs.id);
        if (document.activeElement !== this.caption) {
            this.caption.value = this.node.attrs.caption;
        }
        if (document.activeElement !== this.credit) {
            this.credit.value = this.node.attrs.credit;
        }
    }

    update(node) {
        if (node.type !== this.node.type) {
            return false;
        }
        this.node = node;
        this.show();
        return true;
    }

    selectNode() {
        this.dom.classList.add('selected');
    }

    deselectNode() {
        this.dom.classList.remove('selected');
    }

    stopEvent(event) {
        return event.target instanceof HTMLInputElement || event.target instanceof HTMLButtonElement
            || event.target instanceof HTMLLabelElement;
    }

    ignoreMutation() {
        return true;
    }
}

function format(pattern, ...values) {
    return pattern.replace(/\{(\d)\}/g, (all, index) => values[Number(index)]);
}

/** The page's language: numbers and plural forms follow it. */
function language() {
    return document.documentElement.lang || 'en';
}

function number(value) {
    return value.toLocaleString(language());
}

/** The pattern for this many words: one, a few (Russian: 2–4, 22–24…) or many. */
function wordsPattern(dataset, words) {
    const category = new Intl.PluralRules(language()).select(words);
    return category === 'one' ? dataset.word : category === 'few' && dataset.wordsFew ? dataset.wordsFew : dataset.words;
}

/** Live counts: characters of the headline and lead, words and reading time of the body. */
function counter(form) {
    const show = (field, output) => {
        if (!field || !output) {
            return;
        }
        const update = () => {
            output.textContent = format(output.dataset.pattern, number(field.value.trim().length),
                number(Number(output.dataset.max)));
        };
        field.addEventListener('input', update);
        update();
    };
    show(form.querySelector('#headline'), document.getElementById('headline-count'));
    show(form.querySelector('#lead'), document.getElementById('lead-count'));
    const body = document.getElementById('body-count');
    return doc => {
        if (!body) {
            return;
        }
        const words = countWords(doc.textBetween(0, doc.content.size, ' ', ' '));
        if (words === 0) {
            body.textContent = body.dataset.empty;
            return;
        }
        const minutes = Math.max(1, Math.ceil(words / 200));
        body.textContent = format(body.dataset.pattern,
            format(wordsPattern(body.dataset, words), number(words)),
            format(body.dataset.reading, number(minutes)));
    };
}

/** The toolbar: one tab stop, arrow keys between buttons, state announced with aria-pressed. */
function toolbar(bar, view, actions) {
    const buttons = Array.from(bar.querySelectorAll('button[data-command]'));
    buttons.forEach((button, index) => {
        button.tabIndex = index === 0 ? 0 : -1;
        button.addEventListener('mousedown', event => event.preventDefault());
        button.addEventListener('click', () => {
            const action = actions[button.dataset.command];
            if (action && button.getAttribute('aria-disabled') !== 'true') {
                action.run();
            }
        });
    });
    bar.addEventListener('keydown', event => {
        const index = buttons.indexOf(document.activeElement);
        if (index < 0) {
            return;
        }
        let next = null;
        if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
            next = (index + 1) % buttons.length;
        } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
            next = (index - 1 + buttons.length) % buttons.length;
        } else if (event.key === 'Home') {
            next = 0;
        } else if (event.key === 'End') {
            next = buttons.length - 1;
        }
        if (next !== null) {
            event.preventDefault();
            buttons[index].tabIndex = -1;
            buttons[next].tabIndex = 0;
            buttons[next].focus();
        }
    });
    return state => {
        buttons.forEach(button => {
            const action = actions[button.dataset.command];
            if (!action) {
                return;
            }
            if (action.active) {
                button.setAttribute('aria-pressed', String(action.active(state)));
            }
            const enabled = action.enabled ? action.enabled(state) : true;
            button.setAttribute('aria-disabled', String(!enabled));
        });
    };
}

function start() {
    const area = document.getElementById('body');
    const tools = document.getElementById('body-tools');
    const form = document.getElementById('article-form');
    if (!area || !tools || !form) {
        return;
    }
    const texts = tools.dataset;
    try {
        const known = JSON.parse(area.dataset.photos || '{}');
        Object.keys(known).forEach(id => thumbnails.set(id, known[id]));
    } catch (e) {
        // no pictures: the photos show their numbers
    }
    const mount = document.createElement('div');
    mount.className = 'body-editor-mount';
    area.after(mount);
    const status = document.getElementById('body-status');
    const countBody = counter(form);
    const describedBy = ['body-count', 'body-help'].concat(area.getAttribute('aria-invalid') === 'true'
        ? ['body-error'] : []).join(' ');

    let updateToolbar = () => {};
    const view = new EditorView(mount, {
        state: EditorState.create({
            doc: fromHTML(area.dataset.html || ''),
            plugins: [
                inputRulesPlugin(),
                keymap({
                    'Mod-z': undo, 'Shift-Mod-z': redo, 'Mod-y': redo,
                    'Mod-b': toggleMark(marks.strong), 'Mod-B': toggleMark(marks.strong),
                    'Mod-i': toggleMark(marks.em), 'Mod-I': toggleMark(marks.em),
                    'Mod-k': () => { openLink(); return true; },
                    'Mod-Alt-0': setBlockType(nodes.paragraph),
                    'Mod-Alt-2': heading(2), 'Mod-Alt-3': heading(3),
                    'Ctrl->': quote,
                    'Shift-Ctrl-8': list(nodes.bullet_list), 'Shift-Ctrl-9': list(nodes.ordered_list),
                    'Enter': splitListItem(nodes.list_item),
                    'Mod-[': liftListItem(nodes.list_item), 'Mod-]': sinkListItem(nodes.list_item),
                    'Shift-Enter': hardBreak, 'Mod-Enter': hardBreak
                }),
                keymap(baseKeymap),
                history(),
                new Plugin({ view: () => ({ update: view => updateToolbar(view.state) }) })
            ]
        }),
        attributes: {
            id: 'body-editor', class: 'body-editor', role: 'textbox', 'aria-multiline': 'true',
            'aria-labelledby': 'body-label', 'aria-describedby': describedBy,
            'aria-invalid': area.getAttribute('aria-invalid') || 'false', spellcheck: 'true'
        },
        nodeViews: { photo: (node, view, getPos) => new PhotoView(node, view, getPos, {
            caption: texts.msgCaption, credit: texts.msgCredit, remove: texts.msgRemove, photo: texts.msgPhoto,
            noAlt: texts.msgNoAlt }) },
        transformPastedHTML: cleanPastedHTML,
        transformPastedText: cleanPastedText,
        handlePaste: (view, event, slice) => pasteWireStory(view, slice),
        dispatchTransaction(transaction) {
            const state = view.state.apply(transaction);
            view.updateState(state);
            if (transaction.docChanged) {
                area.value = toHTML(state.doc);
                area.dispatchEvent(new Event('input', { bubbles: true }));
                countBody(state.doc);
            }
        }
    });
    countBody(view.state.doc);
    // What the editor makes of the body it was given: the article editor's autosave compares a copy
    // kept in the browser with this (besides the textarea's own text) before offering it back.
    area.datelineShownHtml = toHTML(view.state.doc);
    // The autosave puts a kept copy back into the textarea and asks for it here: it replaces the
    // document (one undoable step), which fills the textarea again and marks the form changed.
    area.addEventListener('dateline:replace', () => {
        const doc = fromHTML(/^\s*</.test(area.value) ? area.value : paragraphsOf(area.value));
        view.dispatch(view.state.tr.replaceWith(0, view.state.doc.content.size, doc.content));
    });

    /** A wire story pasted into an empty body gives its dateline to the dateline fields. */
    function pasteWireStory(view, slice) {
        const place = form.querySelector('#datelinePlace');
        const agency = form.querySelector('#agencyMark');
        if (!isEmptyDoc(view.state.doc) || !place || !agency || place.value.trim() || agency.value.trim()) {
            return false;
        }
        let first = null;
        slice.content.descendants(node => {
            if (first === null && node.isTextblock) {
                first = node;
            }
            return first === null;
        });
        const dateline = first && datelineOf(first.textContent);
        if (!dateline) {
            return false;
        }
        const tr = view.state.tr.replaceSelection(slice);
        let start = null;
        tr.doc.descendants((node, pos) => {
            if (start === null && node.isTextblock) {
                start = pos + 1;
            }
            return start === null;
        });
        tr.delete(start, start + dateline.length);
        view.dispatch(tr.scrollIntoView());
        place.value = dateline.place;
        agency.value = dateline.agency;
        place.dispatchEvent(new Event('input', { bubbles: true }));
        if (status) {
            status.textContent = format(texts.msgDateline, dateline.place, dateline.agency);
        }
        return true;
    }

    // The link form: an address for the selected text, or the link under the cursor.
    const linkForm = document.getElementById('body-link-form');
    const linkHref = document.getElementById('body-link-href');
    const linkError = document.getElementById('body-link-error');
    function linkRange(state) {
        const { $from, from, to, empty } = state.selection;
        if (!empty) {
            return { from, to };
        }
        const mark = marks.link.isInSet($from.marks()) || ($from.nodeAfter && marks.link.isInSet($from.nodeAfter.marks));
        if (!mark) {
            return null;
        }
        const start = $from.start();
        const spans = [];
        $from.parent.forEach((child, childOffset) => {
            spans.push({ from: start + childOffset, to: start + childOffset + child.nodeSize,
                linked: !!mark.isInSet(child.marks) });
        });
        let index;
        for (index = 0; index < spans.length; index++) {
            if (spans[index].from <= $from.pos && $from.pos <= spans[index].to && spans[index].linked) {
                break;
            }
        }
        if (index === spans.length) {
            return null;
        }
        let first = index;
        let last = index;
        while (first > 0 && spans[first - 1].linked) {
            first--;
        }
        while (last < spans.length - 1 && spans[last + 1].linked) {
            last++;
        }
        return { from: spans[first].from, to: spans[last].to, mark };
    }
    function openLink() {
        const range = linkRange(view.state);
        const current = range && range.mark ? range.mark.attrs.href : '';
        linkForm.hidden = false;
        linkError.hidden = true;
        linkHref.removeAttribute('aria-invalid');
        linkHref.value = current || 'https://';
        linkHref.focus();
        linkHref.select();
    }
    function closeLink() {
        linkForm.hidden = true;
        view.focus();
    }
    function applyLink() {
        let href = linkHref.value.trim();
        if (href && !/^[a-z][a-z0-9+.-]*:/i.test(href) && /^[^\s/]+\.[^\s]+$/.test(href)) {
            href = 'https://' + href;
        }
        if (!SAFE_LINK.test(href)) {
            linkError.hidden = false;
            linkHref.setAttribute('aria-invalid', 'true');
            linkHref.focus();
            return;
        }
        const state = view.state;
        const range = linkRange(state);
        let tr = state.tr;
        if (range) {
            tr = tr.removeMark(range.from, range.to, marks.link).addMark(range.from, range.to, marks.link.create({ href }));
        } else {
            const text = schema.text(href, [marks.link.create({ href })]);
            tr = tr.replaceSelectionWith(text, false);
        }
        view.dispatch(tr.scrollIntoView());
        closeLink();
    }
    function removeLink() {
        const range = linkRange(view.state);
        if (range) {
            view.dispatch(view.state.tr.removeMark(range.from, range.to, marks.link));
        }
        closeLink();
    }
    linkForm.addEventListener('click', event => {
        const button = event.target.closest('button[data-link]');
        if (!button) {
            return;
        }
        ({ apply: applyLink, remove: removeLink, cancel: closeLink })[button.dataset.link]();
    });
    linkHref.addEventListener('keydown', event => {
        if (event.key === 'Enter') {
            event.preventDefault();
            applyLink();
        } else if (event.key === 'Escape') {
            event.preventDefault();
            closeLink();
        }
    });

    // The photo picker: search the library, place the chosen photo at the cursor.
    const picker = document.getElementById('photo-picker');
    const search = document.getElementById('photo-search');
    const results = document.getElementById('photo-results');
    const more = picker && picker.querySelector('[data-picker=more]');
    const pickerStatus = document.getElementById('photo-picker-status');
    let older = null;
    let placeAt = null;
    function searchPhotos(append) {
        const query = encodeURIComponent(search.value.trim());
        const url = '/newsroom/media/search?q=' + query + (append && older ? '&before=' + encodeURIComponent(older) : '');
        pickerStatus.textContent = texts.msgSearching;
        fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
            .then(response => response.ok ? response.json() : Promise.reject(response.status))
            .then(found => {
                if (!append) {
                    results.replaceChildren();
                }
                (found.photos || []).forEach(photo => results.appendChild(choice(photo)));
                older = found.older || null;
                more.hidden = !older;
                pickerStatus.textContent = results.children.length ? '' : texts.msgNone;
            })
            .catch(() => { pickerStatus.textContent = texts.msgSearchFailed; });
    }
    function choice(photo) {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'photo-choice';
        button.dataset.photo = photo.id;
        const picture = document.createElement('img');
        picture.src = photo.thumbnailUrl;
        picture.alt = '';
        button.appendChild(picture);
        const caption = document.createElement('span');
        caption.textContent = photo.caption || photo.alt || format(texts.msgPhoto, photo.id);
        button.appendChild(caption);
        if (photo.credit) {
            const credit = document.createElement('span');
            credit.className = 'credit';
            credit.textContent = '© ' + withoutCopyright(photo.credit);
            button.appendChild(credit);
        }
        button.addEventListener('click', () => place(photo));
        item.appendChild(button);
        return item;
    }
    function place(photo) {
        const id = String(photo.id);
        thumbnails.set(id, { thumbnailUrl: photo.thumbnailUrl, alt: photo.alt });
        const node = nodes.photo.create({ id, caption: tidy(photo.caption || ''), credit: withoutCopyright(tidy(photo.credit || '')) });
        const selection = placeAt && placeAt.$from.doc === view.state.doc ? placeAt : view.state.selection;
        view.dispatch(view.state.tr.setSelection(selection).replaceSelectionWith(node).scrollIntoView());
        picker.close();
        view.focus();
    }
    function openPicker() {
        placeAt = view.state.selection;
        picker.showModal();
        search.focus();
        searchPhotos(false);
    }
    if (picker) {
        picker.querySelector('[data-picker=search]').addEventListener('click', () => searchPhotos(false));
        more.addEventListener('click', () => searchPhotos(true));
        picker.querySelector('[data-picker=close]').addEventListener('click', () => { picker.close(); view.focus(); });
        search.addEventListener('keydown', event => {
            if (event.key === 'Enter') {
                event.preventDefault();
                searchPhotos(false);
            }
        });
    }

    const run = command => ({ run: () => { command(view.state, view.dispatch); view.focus(); } });
    const actions = {
        paragraph: Object.assign(run(setBlockType(nodes.paragraph)), {
            active: state => blockIs(state, nodes.paragraph) && !ancestor(state, nodes.list_item)
                && !ancestor(state, nodes.blockquote),
            enabled: state => setBlockType(nodes.paragraph)(state) || blockIs(state, nodes.paragraph) }),
        h2: Object.assign(run(heading(2)), { active: state => blockIs(state, nodes.heading, { level: 2 }),
            enabled: state => heading(2)(state) }),
        h3: Object.assign(run(heading(3)), { active: state => blockIs(state, nodes.heading, { level: 3 }),
            enabled: state => heading(3)(state) }),
        quote: Object.assign(run(quote), { active: state => !!ancestor(state, nodes.blockquote),
            enabled: state => quote(state) }),
        bold: Object.assign(run(toggleMark(marks.strong)), { active: state => markActive(state, marks.strong),
            enabled: state => toggleMark(marks.strong)(state) }),
        italic: Object.assign(run(toggleMark(marks.em)), { active: state => markActive(state, marks.em),
            enabled: state => toggleMark(marks.em)(state) }),
        link: { run: openLink, active: state => markActive(state, marks.link),
            enabled: state => state.selection.$from.parent.inlineContent },
        bullets: Object.assign(run(list(nodes.bullet_list)), {
            active: state => { const current = nearestList(state); return !!current && current.node.type === nodes.bullet_list; },
            enabled: state => list(nodes.bullet_list)(state) }),
        numbers: Object.assign(run(list(nodes.ordered_list)), {
            active: state => { const current = nearestList(state); return !!current && current.node.type === nodes.ordered_list; },
            enabled: state => list(nodes.ordered_list)(state) }),
        photo: { run: openPicker, enabled: () => !!picker },
        undo: Object.assign(run(undo), { enabled: state => undo(state) }),
        redo: Object.assign(run(redo), { enabled: state => redo(state) })
    };
    updateToolbar = toolbar(tools.querySelector('[role=toolbar]'), view, actions);
    updateToolbar(view.state);

    area.hidden = true;
    tools.hidden = false;
    tools.querySelector('[role=toolbar]').setAttribute('aria-controls', 'body-editor');
    const label = document.getElementById('body-label');
    if (label) {
        label.addEventListener('click', event => {
            event.preventDefault();
            view.focus();
        });
    }
    document.querySelectorAll('.js-only').forEach(element => { element.hidden = false; });
    document.querySelectorAll('a[href="#body"]').forEach(link => link.addEventListener('click', event => {
        event.preventDefault();
        view.focus();
    }));
    if (location.hash === '#body') {
        view.focus();
    }
}

start();
