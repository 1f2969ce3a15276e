// The list of hint cards beside the composer, with a tally per severity. A click on a card
// (outside its buttons) selects the flagged words in the composer.
import { renderCard } from '../editor/index.js';

const ORDER = ['error', 'warning', 'info', 'hint'];
// Cards listed at most: a pasted 1 MB text can have hundreds of hints around the caret, and a
// card each would make every report a long layout. The rest are underlined in the text.
export const LISTED = 100;

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
  const more = report.diagnostics.length - LISTED;
  const note = document.createElement('p');
  note.className = 'all-good';
  note.textContent = `…and ${more} more, underlined in the text.`;
  list.replaceChildren(
    ...report.diagnostics.slice(0, LISTED).map((d) => {
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
    ...(more > 0 ? [note] : []),
  );
}
