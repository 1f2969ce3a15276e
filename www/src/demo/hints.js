// The list of hint cards beside the composer, with a tally per severity. A click on a card
// (outside its buttons) selects the flagged words in the composer.
import { renderCard } from '../editor/index.js';

const ORDER = ['error', 'warning', 'info', 'hint'];

export function renderHints({ list, tally }, result, { onFix, onSelect, platformName }) {
  const { report, text } = result;
  const counts = Object.fromEntries(ORDER.map((s) => [s, 0]));
  for (const d of report.diagnostics) counts[d.severity]++;
  tally.replaceChildren(
    ...ORDER.filter((s) => counts[s]).map((s) => {
      const span = document.createElement('span');
      span.className = s;
      span.textContent = `${counts[s]} ${s}${counts[s] > 1 ? 's' : ''}`;
      return span;
    }),
  );
  if (!report.diagnostics.length) {
    const ok = document.createElement('p');
    ok.className = 'all-good';
    ok.textContent = text.trim()
      ? `Nothing to flag for ${platformName}. Ready to post.`
      : 'Start typing: hints appear here as you write.';
    list.replaceChildren(ok);
    return;
  }
  list.replaceChildren(
    ...report.diagnostics.map((d) => {
      const card = renderCard(d, { text, onFix });
      // The card selects the flagged words; its buttons apply fixes. Reachable by keyboard too.
      card.tabIndex = 0;
      card.title = 'Select these words in the draft';
      card.addEventListener('click', (e) => {
        if (!e.target.closest('button')) onSelect(d);
      });
      card.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' && e.target === card) onSelect(d);
      });
      return card;
    }),
  );
}
