// The editor layer: attach Brio to a <textarea> or a contenteditable. Checks run in the worker
// after a pause in typing; underlines follow the text while the writer types; a card opens on
// hover or when the caret enters a flagged range; a fix is one undo step, refused on stale text.
// The check loop, the caret and scope, the fixes and the pre-publish gate are the session core
// (session.js), the one the CMS plugins run on; this module is its DOM adapter (a textarea's
// mirror, a contenteditable's highlights) and the cards. The same module serves the demo, the
// browser extension and the CMS plugins.

import { replaceInElement } from './fix.js';
import { RichSurface } from './highlights.js';
import { marksOf, narrowest } from './marks.js';
import { TextareaSurface } from './mirror.js';
import { Popover } from './popover.js';
import { createSession } from './session.js';
import { renderCard } from './card.js';

export { CheckClient } from './client.js';

// The types an integrator names (the .d.ts of `brio/editor` exports them).
/** @typedef {import('./types.js').CheckResult} CheckResult */
/** @typedef {import('./types.js').CheckFailure} CheckFailure */
/** @typedef {import('./types.js').GateVerdict} GateVerdict */
/** @typedef {import('./types.js').Problem} Problem */
/** @typedef {import('./types.js').Session} Session */
/** @typedef {import('./types.js').SessionState} SessionState */
/** @typedef {import('./types.js').BrioApi} BrioApi */
export { renderCard } from './card.js';
export { createSession, sessionApi, unavailable, GATE_TRIES, MAY_BE_LARGE } from './session.js';
export { applyFix, fixInElement, fixInEditor, STALE, REFUSED, CHANGED } from './fix.js';
// For a caller of `Session.edit` (the wasm package): its deltas applied to the last report.
export { applyDelta, editBetween } from './report-delta.js';

/**
 * @param {HTMLTextAreaElement | HTMLElement} element a textarea or a contenteditable
 * @param {{
 *   client: import('./types.js').Checks, // a CheckClient
 *   checkOptions?: () => import('./types.js').CheckOptions, // history, reference, contentWarning, read at each check
 *   delay?: number,                // ms of quiet before a check
 *   onReport?: (result: import('./types.js').CheckResult) => void,
 *   onProblem?: (problem: import('./session.js').Problem | null) => void, // a crashed worker, an invalid profile
 *   labels?: Record<string, string>,
 *   container?: ParentNode,        // where the overlay and the card go (default: document.body)
 *   fix?: (element: HTMLElement, checkedText: string, suggestion: { start: number, end: number, replacement: string }) =>
 *     import('./types.js').FixResult | Promise<import('./types.js').FixResult>,
 *   onDraw?: (marks: import('./types.js').Mark[]) => void, // after each redraw: the marks now shown
 *   shortcuts?: boolean,           // Alt+Enter applies the fix under the caret, Alt+H opens its card
 * }} options
 * @returns {import('./types.js').Attached}
 */
export function attach(
  element,
  { client, checkOptions = () => ({}), delay = 200, onReport, onProblem, labels, container, fix, onDraw, shortcuts = false },
) {
  const isTextarea = element instanceof HTMLTextAreaElement;
  const surface = isTextarea ? new TextareaSurface(element, container) : new RichSurface(element);
  const popover = new Popover(container);
  let hoverTimer = 0;
  let hideTimer = 0;
  // While an input method composes (Japanese, Chinese, dead keys on some layouts), the text is
  // provisional and the editor must not be disturbed: no check, no redraw until it ends.
  let composing = false;

  const session = createSession({
    client,
    checkOptions,
    delay,
    paused: () => composing,
    read: () => surface.read(),
    // Each surface is handed back the view it read itself; the union of the two surfaces'
    // views is more than TypeScript can pair up, hence the casts.
    caret: (view) => surface.focusOffset(/** @type {any} */ (view)),
    paint(marks, view, info) {
      surface.draw(marks, /** @type {any} */ (view), info);
      if (popover.visible && session.last && view.text !== session.last.text) popover.hide();
      onDraw?.(marks);
    },
    replace: fix
      ? (view, start, end, replacement) => fix(element, session.last.text, { start, end, replacement })
      : (view, start, end, replacement) => replaceInElement(element, /** @type {any} */ (view), start, end, replacement),
  });
  let reported = null;
  let problem = null;
  session.subscribe((state) => {
    if (state.problem !== problem) {
      problem = state.problem;
      onProblem?.(problem);
    }
    const last = session.last;
    if (last && last !== reported) {
      reported = last;
      onReport?.(last);
    }
  });
  const lastReport = () => session.last;

  const check = () => session.check();

  /** Applies `suggestion`; a `fix` hook may answer with a promise (then so does this). */
  function applyFix(suggestion) {
    if (!lastReport()) return { ok: false, reason: 'Nothing checked yet.' };
    const done = (result) => {
      if (result.ok) popover.hide();
      return result;
    };
    const result = session.fix(suggestion);
    return typeof result?.then === 'function' ? result.then(done) : done(result);
  }

  function cardFor(index) {
    const last = lastReport();
    const diagnostic = last.report.diagnostics[index];
    return renderCard(diagnostic, { text: last.text, onFix: applyFix, labels });
  }

  function open(mark, { announce = false } = {}) {
    if (!mark || !session.fresh()) return;
    if (popover.visible && popover.index === mark.index && !announce) return;
    popover.show(cardFor(mark.index), surface.rectOf(mark.index), mark.index, { announce });
    surface.setActive(mark.index);
  }

  /** The narrowest hint whose range holds the caret, if the report is about the text shown. */
  function markAtCaret() {
    const at = surface.caret();
    if (at < 0 || !session.fresh()) return null;
    const hit = marksOf(lastReport().report.diagnostics).filter((m) => at >= m.start && at <= m.end);
    return hit.length ? narrowest(hit) : null;
  }

  function close() {
    popover.hide();
    surface.setActive(-1);
  }

  // One read of the editor per task, however many events and mutations the edit made: 'input'
  // and the observer's records of one keystroke are handled together, in a microtask.
  let seen = null;
  let queued = false;
  const changed = () => {
    if (composing || queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      if (composing) return;
      const view = surface.read();
      if (view.text === seen) return;
      seen = view.text;
      session.changed(view);
    });
  };
  const onInput = (e) => {
    if (composing || e?.isComposing) return;
    changed();
  };
  // Rich editors change their DOM without an 'input' event when the change is theirs: their own
  // undo (Ctrl+Z in Draft.js, Lexical, Quill, ProseMirror), an autocomplete, a pre-filled reply.
  // Observe (never touch) the DOM, and treat a change of its text as typing.
  const observer = isTextarea ? null : new MutationObserver(changed);
  observer?.observe(element, { subtree: true, childList: true, characterData: true });
  const onCompositionStart = () => {
    composing = true;
    session.cancel();
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
    // A large document was checked around the caret: moving well out of that part checks again.
    session.selectionChanged();
    if (surface.caret() < 0 || !session.fresh()) return;
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
    const [suggestion] = lastReport().report.diagnostics[mark.index].suggestions;
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
    /** Checks now (skipping the pause); resolves to the newest { text, report, verdict, ms }. */
    check,
    /** Checks after the pause, as typing does: call it when the options change. */
    refresh: () => session.refresh(),
    applyFix,
    /** The pre-publish gate (see session.js): never `publish` without a whole, current report. */
    verdict: () => session.verdict(),
    /** The diagnostics of the newest report, if it is about the text as it is now. */
    hints: () => session.hints(),
    /** The session core under this editor (for a panel: mountPanel(container, editor.session)). */
    session,
    /** Forgets the last report and its marks (it can no longer be trusted: the checker failed). */
    clear() {
      session.forget();
      reported = null;
      close();
    },
    get last() {
      return session.last;
    },
    destroy() {
      session.destroy();
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
