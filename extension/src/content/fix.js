// Fixes on a platform's own composer: select the flagged range, let the editor see the new
// selection, then document.execCommand('insertText'), exactly what typing over a selection
// does, so the editor's model, its undo stack and the page's listeners all follow. Then
// verify: re-read the editor; if it did not take the edit, say so and leave it alone (never
// assign value, innerHTML or textContent of a host editor: its model would not know).
import { domRange, readText, textOffset } from '../../../www/src/editor/text-model.js';
import { insert } from '../../../www/src/editor/fix.js';

const STALE = 'The text changed since this hint was computed; it will be checked again.';
const REFUSED = 'This editor did not take the fix; your text is unchanged.';
const CHANGED = 'The editor changed the fix: check the text.';

/** Draft.js, Lexical, Quill and ProseMirror read the DOM selection on 'selectionchange', a task
 *  away, and re-render after their own update: a frame and a task later both have happened.
 *  @returns {Promise<void>} */
function settle() {
  return new Promise((resolve) => {
    const done = () => setTimeout(resolve, 0);
    const raf = requestAnimationFrame(done);
    // No frames in a background tab: do not wait for one.
    setTimeout(() => {
      cancelAnimationFrame(raf);
      resolve();
    }, 100);
  });
}

const isTextarea = (el) => el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
// Inside a shadow root (LinkedIn renders some dialogs in one), Chrome's document selection is
// retargeted to the host; the shadow root's own getSelection() sees the real one.
const selectionFor = (el) => el.getRootNode().getSelection?.() ?? el.ownerDocument.getSelection();
const read = (el) => (isTextarea(el) ? el.value : readText(el).text);

function select(el, start, end) {
  if (isTextarea(el)) {
    el.setSelectionRange(start, end);
    return true;
  }
  const range = domRange(readText(el), start, end);
  if (!range) return false;
  const selection = selectionFor(el);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/** The selection in `el` as [start, end) offsets into its text, or null. */
export function selectionOf(el) {
  if (isTextarea(el)) return [el.selectionStart, el.selectionEnd];
  const sel = selectionFor(el);
  if (!sel?.rangeCount) return null;
  const model = readText(el);
  const range = sel.getRangeAt(0);
  const at = (node, offset) => {
    if (node.nodeType === Node.TEXT_NODE) return textOffset(model, node, offset);
    // An element boundary: the offset of the first text at or after it.
    const probe = new Range();
    probe.setStart(node, offset);
    const next = model.segments.find((s) => probe.comparePoint(s.node, 0) >= 0);
    return next ? next.start : model.text.length;
  };
  return [at(range.startContainer, range.startOffset), at(range.endContainer, range.endOffset)];
}

/**
 * Applies `suggestion` (offsets into `checkedText`) to the composer `el`.
 * @returns {Promise<{ ok: boolean, reason?: string }>}
 */
export async function fixInEditor(el, checkedText, suggestion) {
  const { start, end, replacement } = suggestion;
  if (read(el) !== checkedText) return { ok: false, reason: STALE };
  const want = checkedText.slice(0, start) + replacement + checkedText.slice(end);

  el.focus();
  if (!select(el, start, end)) return { ok: false, reason: STALE };
  await settle();
  // Some editors put their own selection back on focus: select again once, then insist.
  const same = (s) => s && s[0] === start && s[1] === end;
  if (!same(selectionOf(el))) {
    select(el, start, end);
    await settle();
  }
  if (read(el) !== checkedText) return { ok: false, reason: STALE };
  if (!same(selectionOf(el))) return { ok: false, reason: REFUSED };

  if (!insert(replacement)) return { ok: false, reason: REFUSED };
  // The edit shows at once in a textarea; rich editors re-render from their model a little later.
  let previous = null;
  for (let i = 0; i < 15; i++) {
    const now = read(el);
    if (now === want && previous === want) return { ok: true };
    previous = now;
    await settle();
  }
  return { ok: false, reason: read(el) === checkedText ? REFUSED : CHANGED };
}
