// The one fix module of the demo, the CMS plugins and the browser extension. A fix is refused
// when the text changed since the check (its offsets would land on other words), goes through
// the editor itself so that it is one undo step and the page's own listeners see a normal edit,
// and is verified afterwards: what counts is the text the writer sees.
//
// `applyFix` is the rule, over any editor: the caller gives how to read the text and how to
// replace a range (an editor transaction for the plugins, select + execCommand for DOM
// surfaces). `fixInElement` is that rule on a textarea or a contenteditable; with `patient`
// (the extension, on platforms' own composers) it waits for the editor to take the selection
// and to re-render before it judges.

import { domRange, readText, textOffset } from './text-model.js';

export const STALE = 'The text changed since this hint was computed; it will be checked again.';
export const REFUSED = 'This editor did not take the fix; your text is unchanged.';
export const CHANGED = 'The editor changed the fix: check the text.';

/** `text` with `suggestion` applied. */
export function expected(text, suggestion) {
  return text.slice(0, suggestion.start) + suggestion.replacement + text.slice(suggestion.end);
}

/**
 * Whether `value` is a promise (or any thenable): a fix through an asynchronous editor.
 * @param {unknown} value
 * @returns {value is PromiseLike<any>}
 */
export const isPromise = (value) => typeof (/** @type {any} */ (value))?.then === 'function';

/**
 * Applies `suggestion` (offsets into `checked`, the text its report is about) through
 * `replace`, refused when the editor's text is no longer `checked`. `replace(view, start, end,
 * replacement)` edits the editor (`view` is what `read()` returned); it may answer `false`
 * (refused), an `{ ok, reason }` it verified itself, or a promise of either; otherwise the
 * result is judged by reading the editor again. Synchronous when `replace` is.
 * @template {{ text: string }} V
 * @param {{ read: () => V, checked: string, suggestion: { start: number, end: number, replacement: string },
 *           replace: (view: V, start: number, end: number, replacement: string) => unknown }} args
 * @returns {{ ok: boolean, reason?: string } | Promise<{ ok: boolean, reason?: string }>}
 */
export function applyFix({ read, checked, suggestion, replace }) {
  const view = read();
  if (view.text !== checked) return { ok: false, reason: STALE };
  const want = expected(checked, suggestion);
  const judge = (answer) => {
    if (answer && typeof answer === 'object' && typeof answer.ok === 'boolean') {
      return answer.ok ? { ok: true } : { ok: false, reason: answer.reason ?? REFUSED };
    }
    const now = read().text;
    if (now === want) return { ok: true };
    return { ok: false, reason: answer === false || now === checked ? REFUSED : CHANGED };
  };
  const answer = replace(view, suggestion.start, suggestion.end, suggestion.replacement);
  return isPromise(answer)
    ? Promise.resolve(answer).then(judge, (e) => ({ ok: false, reason: String(e?.message ?? e) }))
    : judge(answer);
}

/** Inserts `replacement` over the selection as typing would; false if the editor refused. */
export function insert(replacement) {
  if (typeof document.execCommand !== 'function') return false;
  try {
    // An empty insertText is not a deletion in every engine; 'delete' is.
    return replacement === ''
      ? document.execCommand('delete', false)
      : document.execCommand('insertText', false, replacement);
  } catch {
    return false;
  }
}

const isField = (el) => el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
// Inside a shadow root (LinkedIn renders some dialogs in one), Chrome's document selection is
// retargeted to the host; the shadow root's own getSelection() sees the real one.
const selectionFor = (el) => el.getRootNode().getSelection?.() ?? el.ownerDocument.getSelection();

/** What a textarea or a contenteditable holds, as the checker sees it. */
export function readElement(el) {
  return isField(el) ? { text: el.value } : readText(el);
}

/** Selects [start, end) of `el`'s text; false when the text has no such place. */
export function selectText(el, start, end, model = readElement(el)) {
  if (isField(el)) {
    el.setSelectionRange(start, end);
    return true;
  }
  const range = domRange(model, start, end);
  if (!range) return false;
  const selection = selectionFor(el);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/** The selection in `el` as [start, end) offsets into its text, or null. */
export function selectionOf(el) {
  if (isField(el)) return [el.selectionStart, el.selectionEnd];
  const sel = selectionFor(el);
  if (!sel?.rangeCount) return null;
  const model = readText(el);
  const range = sel.getRangeAt(0);
  const start = textOffset(model, range.startContainer, range.startOffset);
  const end = textOffset(model, range.endContainer, range.endOffset);
  return start < 0 || end < 0 ? null : [start, end];
}

/**
 * Replaces [start, end) of `el` (a textarea or a contenteditable; `view` from readElement) at
 * once: select, then insert as typing does. Undefined when done (to be judged by reading the
 * text again), false when refused.
 */
export function replaceInElement(el, view, start, end, replacement) {
  const model = view;
  el.focus();
  if (!selectText(el, start, end, model)) return false;
  const inserted = insert(replacement);
  if (!isField(el)) return inserted ? undefined : false; // judged by reading the text again
  if (inserted && el.value !== model.text) return undefined;
  // No execCommand (or it refused): edit the field directly and tell the page, as typing would.
  el.setRangeText(replacement, start, end, 'end');
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
  return undefined;
}

/** Draft.js, Lexical, Quill and ProseMirror read the DOM selection on 'selectionchange', a task
 *  away, and re-render after their own update: a frame and a task later both have happened. */
function settle() {
  return new Promise((/** @type {(value?: void) => void} */ resolve) => {
    const done = () => setTimeout(resolve, 0);
    const raf = requestAnimationFrame(done);
    // No frames in a background tab: do not wait for one.
    setTimeout(() => {
      cancelAnimationFrame(raf);
      resolve();
    }, 100);
  });
}

/** The same on a composer that takes its time: waits for the selection, then for the re-render. */
async function replacePatiently(el, checked, start, end, replacement) {
  const same = (s) => s && s[0] === start && s[1] === end;
  el.focus();
  if (!selectText(el, start, end)) return { ok: false, reason: STALE };
  await settle();
  // Some editors put their own selection back on focus: select again once, then insist.
  if (!same(selectionOf(el))) {
    selectText(el, start, end);
    await settle();
  }
  if (readElement(el).text !== checked) return { ok: false, reason: STALE };
  if (!same(selectionOf(el))) return { ok: false, reason: REFUSED };
  if (!insert(replacement)) return { ok: false, reason: REFUSED };
  // The edit shows at once in a textarea; rich editors re-render from their model a little later.
  const want = checked.slice(0, start) + replacement + checked.slice(end);
  let previous = null;
  for (let i = 0; i < 15; i++) {
    const now = readElement(el).text;
    if (now === want && previous === want) return { ok: true };
    previous = now;
    await settle();
  }
  return undefined; // judged by reading the text again
}

/**
 * Applies `suggestion` to a textarea or a contenteditable whose checked text was `checked`.
 * @param {HTMLElement} el
 * @param {string} checked
 * @param {{ start: number, end: number, replacement: string }} suggestion
 * @param {{ patient?: boolean }} [options] patient: wait for the editor (platforms' composers)
 */
export function fixInElement(el, checked, suggestion, { patient = false } = {}) {
  return applyFix({
    read: () => readElement(el),
    checked,
    suggestion,
    replace: (model, start, end, replacement) =>
      patient ? replacePatiently(el, checked, start, end, replacement) : replaceInElement(el, model, start, end, replacement),
  });
}

/** `fixInElement` with `patient`: what the extension applies on a platform's composer. */
export function fixInEditor(el, checked, suggestion) {
  return fixInElement(el, checked, suggestion, { patient: true });
}

/** @returns {{ ok: boolean, reason?: string }} */
export function fixTextarea(textarea, checked, suggestion) {
  return /** @type {{ ok: boolean, reason?: string }} */ (fixInElement(textarea, checked, suggestion));
}

/** @returns {{ ok: boolean, reason?: string }} */
export function fixContentEditable(root, checked, suggestion) {
  return /** @type {{ ok: boolean, reason?: string }} */ (fixInElement(root, checked, suggestion));
}
