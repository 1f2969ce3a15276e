// Applying a fix through the editor itself, so that it is one undo step and the page's own
// listeners see a normal input: select the range, then execCommand('insertText'). A fix is
// refused when the text changed since the check: its offsets would land on other words.

import { domRange, readText } from './text-model.js';

const STALE = 'The text changed since this hint was computed; it will be checked again.';

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

function expected(text, s) {
  return text.slice(0, s.start) + s.replacement + text.slice(s.end);
}

/** @returns {{ ok: boolean, reason?: string }} */
export function fixTextarea(textarea, checkedText, suggestion) {
  if (textarea.value !== checkedText) return { ok: false, reason: STALE };
  const want = expected(checkedText, suggestion);
  textarea.focus();
  textarea.setSelectionRange(suggestion.start, suggestion.end);
  if (!insert(suggestion.replacement) || textarea.value !== want) {
    if (textarea.value !== checkedText) return { ok: textarea.value === want, reason: 'The editor changed the fix.' };
    // No execCommand (or it refused): edit directly and tell the page, as typing would.
    textarea.setRangeText(suggestion.replacement, suggestion.start, suggestion.end, 'end');
    textarea.dispatchEvent(
      new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: suggestion.replacement }),
    );
  }
  return textarea.value === want ? { ok: true } : { ok: false, reason: 'The editor changed the fix.' };
}

/** @returns {{ ok: boolean, reason?: string }} */
export function fixContentEditable(root, checkedText, suggestion) {
  const model = readText(root);
  if (model.text !== checkedText) return { ok: false, reason: STALE };
  const range = domRange(model, suggestion.start, suggestion.end);
  if (!range) return { ok: false, reason: STALE };
  root.focus();
  const selection = root.ownerDocument.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  if (!insert(suggestion.replacement)) return { ok: false, reason: 'This editor refused the edit.' };
  // Rich editors may normalise what was inserted; what counts is the text the writer sees.
  const ok = readText(root).text === expected(checkedText, suggestion);
  return ok ? { ok } : { ok, reason: 'The editor changed the fix.' };
}
