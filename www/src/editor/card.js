// One hint card: severity, rule, the flagged words, the message, one button per fix. Built
// with createElement and textContent only: messages quote the writer's text, which is never
// markup.

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** How a fix button reads: the rule's label, else the replacement itself. */
function fixLabel(s) {
  if (s.label) return s.label;
  return s.replacement === '' ? 'Delete' : `→ ${s.replacement}`;
}

/**
 * @param {import('../../../pkg/brio.js').Diagnostic} diagnostic
 * @param {{ text: string, onFix?: (suggestion: import('./types.js').Suggestion) => any, labels?: Record<string, string> }} options
 */
export function renderCard(diagnostic, { text, onFix, labels = {} }) {
  const card = el('div', 'brio-card');
  // What a screen reader says for the card: severity, the message, and how to apply the fix.
  card.setAttribute('role', 'group');
  const [first] = diagnostic.suggestions;
  const how = first && onFix ? ` Alt+Enter: ${fixLabel(first)}.` : '';
  card.setAttribute('aria-label', `${labels[diagnostic.severity] ?? diagnostic.severity}, ${diagnostic.rule}: ${diagnostic.message}${how}`);
  card.dataset.rule = diagnostic.rule;
  card.dataset.severity = diagnostic.severity;
  card.dataset.start = String(diagnostic.start);
  card.dataset.end = String(diagnostic.end);

  const head = el('div', 'head');
  head.append(el('span', 'sev', labels[diagnostic.severity] ?? diagnostic.severity));
  head.append(el('span', 'rule', diagnostic.rule));
  card.append(head);

  const flagged = text.slice(diagnostic.start, diagnostic.end);
  if (flagged.trim()) {
    const shown = flagged.length > 80 ? `${flagged.slice(0, 77)}…` : flagged;
    card.append(el('div', 'excerpt', `“${shown}”`));
  }
  card.append(el('p', 'message', diagnostic.message));

  if (diagnostic.suggestions.length && onFix) {
    const fixes = el('div', 'fixes');
    for (const suggestion of diagnostic.suggestions) {
      const button = el('button', '', fixLabel(suggestion));
      button.type = 'button';
      button.dataset.testid = 'apply-fix';
      if (suggestion === first) button.setAttribute('aria-keyshortcuts', 'Alt+Enter');
      button.title = suggestion.safe ? 'Safe fix: keeps the meaning' : 'Changes the wording: read it first';
      // mousedown would move the focus (and the selection) out of the editor before the click.
      button.addEventListener('mousedown', (e) => e.preventDefault());
      const note = (result) => {
        if (result && !result.ok) {
          card.querySelector('.note')?.remove();
          const line = el('div', 'note', result.reason);
          line.setAttribute('role', 'alert'); // the fix was refused: said at once
          card.append(line);
        }
      };
      button.addEventListener('click', () => {
        const result = onFix(suggestion);
        // A fix may be verified asynchronously (the extension waits for the editor to re-render).
        if (typeof result?.then === 'function') {
          button.disabled = true;
          result.then(note, (e) => note({ ok: false, reason: String(e?.message ?? e) })).finally(() => {
            button.disabled = false;
          });
        } else note(result);
      });
      fixes.append(button);
    }
    card.append(fixes);
  }
  return card;
}
