// The editor layer: attach Brio to a <textarea> or a contenteditable. Checks run in the worker
// after a pause in typing; underlines follow the text while the writer types; a card opens on
// hover or when the caret enters a flagged range; a fix is one undo step, refused on stale text.
// The same module serves the demo, the browser extension and the CMS plugins.

import { debounce } from './debounce.js';
import { fixContentEditable, fixTextarea } from './fix.js';
import { RichSurface } from './highlights.js';
import { marksOf, narrowest } from './marks.js';
import { TextareaSurface } from './mirror.js';
import { Popover } from './popover.js';
import { rebase } from './rebase.js';
import { renderCard } from './card.js';

export { CheckClient } from './client.js';
export { renderCard } from './card.js';

/**
 * @param {HTMLTextAreaElement | HTMLElement} element a textarea or a contenteditable
 * @param {{
 *   client: import('./types.js').Checks, // a CheckClient
 *   checkOptions?: () => import('./types.js').CheckOptions, // history, reference, contentWarning, read at each check
 *   delay?: number,                // ms of quiet before a check
 *   onReport?: (result: import('./types.js').CheckResult) => void,
 *   labels?: Record<string, string>,
 *   container?: ParentNode,        // where the overlay and the card go (default: document.body)
 *   fix?: (element: HTMLElement, checkedText: string, suggestion: import('./types.js').Suggestion) =>
 *     import('./types.js').FixResult | Promise<import('./types.js').FixResult>,
 *   onDraw?: (marks: import('./types.js').Mark[]) => void, // after each redraw: the marks now shown
 *   shortcuts?: boolean,           // Alt+Enter applies the fix under the caret, Alt+H opens its card
 * }} options
 * @returns {import('./types.js').Attached}
 */
export function attach(
  element,
  { client, checkOptions = () => ({}), delay = 200, onReport, labels, container, fix, onDraw, shortcuts = false },
) {
  const isTextarea = element instanceof HTMLTextAreaElement;
  const surface = isTextarea ? new TextareaSurface(element, container) : new RichSurface(element);
  const popover = new Popover(container);
  let last = null; // { text, report, ms }: the newest report and the text it is about
  let hoverTimer = 0;
  let hideTimer = 0;
  // While an input method composes (Japanese, Chinese, dead keys on some layouts), the text is
  // provisional and the editor must not be disturbed: no check, no redraw until it ends.
  let composing = false;

  const check = async () => {
    if (composing) return last;
    // The caret lets the checker take a large document around it (the report's `scope`).
    const caret = surface.caret();
    const options = caret >= 0 ? { caret, ...checkOptions() } : checkOptions();
    const result = await client.check(surface.text(), options);
    if (!result) return last; // a newer check is under way
    last = result;
    draw();
    onReport?.(result);
    return result;
  };
  const schedule = debounce(check, delay);

  /** Draws the last report's marks, moved to follow what was typed since. */
  function draw() {
    if (!last) return;
    const text = surface.text();
    const marks = rebase(marksOf(last.report.diagnostics), last.text, text);
    surface.draw(marks, text);
    if (popover.visible && text !== last.text) popover.hide();
    onDraw?.(marks);
  }

  /** Applies `suggestion`; a `fix` hook may answer with a promise (then so does this). */
  function applyFix(suggestion) {
    if (!last) return { ok: false, reason: 'Nothing checked yet.' };
    const done = (result) => {
      if (result.ok) {
        popover.hide();
        // execCommand fired 'input' already; contenteditables may batch it, so check anyway.
        schedule();
      }
      return result;
    };
    let result;
    if (fix) result = fix(element, last.text, suggestion);
    else if (isTextarea) result = fixTextarea(element, last.text, suggestion);
    else result = fixContentEditable(element, last.text, suggestion);
    return typeof result?.then === 'function' ? result.then(done) : done(result);
  }

  function cardFor(index) {
    const diagnostic = last.report.diagnostics[index];
    return renderCard(diagnostic, { text: last.text, onFix: applyFix, labels });
  }

  function open(mark, { announce = false } = {}) {
    if (!mark || !last || surface.text() !== last.text) return;
    if (popover.visible && popover.index === mark.index && !announce) return;
    popover.show(cardFor(mark.index), surface.rectOf(mark.index), mark.index, { announce });
    surface.setActive(mark.index);
  }

  /** The narrowest hint whose range holds the caret, if the report is about the text shown. */
  function markAtCaret() {
    const at = surface.caret();
    if (at < 0 || !last || surface.text() !== last.text) return null;
    const hit = marksOf(last.report.diagnostics).filter((m) => at >= m.start && at <= m.end);
    return hit.length ? narrowest(hit) : null;
  }

  function close() {
    popover.hide();
    surface.setActive(-1);
  }

  const onInput = (e) => {
    if (composing || e?.isComposing) return;
    draw();
    schedule();
  };
  // Rich editors change their DOM without an 'input' event when the change is theirs: their own
  // undo (Ctrl+Z in Draft.js, Lexical, Quill, ProseMirror), an autocomplete, a pre-filled reply.
  // Observe (never touch) the DOM, and treat a change of its text as typing.
  let seen = null;
  const observer = isTextarea
    ? null
    : new MutationObserver(() => {
        if (composing) return;
        const text = surface.text();
        if (text === seen) return;
        seen = text;
        draw();
        schedule();
      });
  observer?.observe(element, { subtree: true, childList: true, characterData: true });
  const onCompositionStart = () => {
    composing = true;
    schedule.cancel();
  };
  const onCompositionEnd = () => {
    composing = false;
    onInput();
  };
  const onMove = (e) => {
    clearTimeout(hoverTimer);
    const mark = surface.markAt(e.clientX, e.clientY);
    if (mark) {
      clearTimeout(hideTimer);
      hoverTimer = setTimeout(() => open(mark), 250);
    }
  };
  const onLeave = () => {
    clearTimeout(hoverTimer);
    hideTimer = setTimeout(() => {
      if (!popover.host.matches(':hover')) close();
    }, 400);
  };
  // The caret entering a flagged range opens its card: keyboard users get hints too.
  const onCaret = () => {
    const at = surface.caret();
    if (at < 0 || !last || surface.text() !== last.text) return;
    // A large document was checked around the caret: moving well out of that part checks again.
    const scope = last.report.scope;
    if (scope && (at < scope.start || at > scope.end)) schedule();
    const mark = markAtCaret();
    if (mark) open(mark);
    else close();
  };
  // Keyboard first: with the caret in a hint, Alt+Enter applies its first fix and Alt+H opens its
  // card (announced to screen readers), and the focus never leaves the editor, so a dialog's focus
  // trap cannot get in the way. Outside a hint the keys stay the editor's. Caught before the
  // editor's own handlers (capture on the element, then stopImmediatePropagation), since rich
  // editors bind Enter.
  const onShortcut = (e) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || composing || e.isComposing) return;
    const apply = e.key === 'Enter' && !e.shiftKey;
    const show = e.code === 'KeyH';
    if (!apply && !show) return;
    const mark = markAtCaret();
    if (!mark) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const [suggestion] = last.report.diagnostics[mark.index].suggestions;
    if (show || !suggestion) {
      open(mark, { announce: true });
      return;
    }
    const done = (result) => {
      // A refused fix: show the card, whose note says why.
      if (!result?.ok) open(mark, { announce: true });
      popover.announce(result?.ok ? `Fixed: ${suggestion.replacement || 'deleted'}` : result?.reason ?? '');
    };
    const result = applyFix(suggestion);
    if (typeof result?.then === 'function') result.then(done);
    else done(result);
  };
  const onKey = (e) => {
    if (e.key === 'Escape' && popover.visible) close();
    else if (e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End') onCaret();
  };
  // A press outside the composer and the card closes the card. The event's path, not its target:
  // at document level a composer inside a shadow root (LinkedIn's) is seen as the shadow host.
  const onDocDown = (e) => {
    if (!e.composedPath().includes(element) && !popover.contains(e)) close();
  };
  popover.host.addEventListener('mouseleave', onLeave);

  element.addEventListener('input', onInput);
  element.addEventListener('compositionstart', onCompositionStart);
  element.addEventListener('compositionend', onCompositionEnd);
  element.addEventListener('mousemove', onMove);
  element.addEventListener('mouseleave', onLeave);
  element.addEventListener('click', onCaret);
  element.addEventListener('keyup', onKey);
  if (shortcuts) element.addEventListener('keydown', onShortcut, true);
  document.addEventListener('mousedown', onDocDown, true);

  return {
    /** Checks now (skipping the pause); resolves to the newest { text, report, ms }. */
    check,
    /** Checks after the pause, as typing does: call it when the options change. */
    refresh: schedule,
    applyFix,
    /** Forgets the last report and its marks (it can no longer be trusted: the checker failed). */
    clear() {
      last = null;
      close();
      surface.draw([], surface.text());
      onDraw?.([]);
    },
    get last() {
      return last;
    },
    destroy() {
      schedule.cancel();
      observer?.disconnect();
      element.removeEventListener('input', onInput);
      element.removeEventListener('compositionstart', onCompositionStart);
      element.removeEventListener('compositionend', onCompositionEnd);
      element.removeEventListener('mousemove', onMove);
      element.removeEventListener('mouseleave', onLeave);
      element.removeEventListener('click', onCaret);
      element.removeEventListener('keyup', onKey);
      element.removeEventListener('keydown', onShortcut, true);
      document.removeEventListener('mousedown', onDocDown, true);
      surface.destroy();
      popover.destroy();
    },
  };
}
