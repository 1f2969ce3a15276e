// Class-based hint styles, for editors that draw hints as their own inline wrappers
// (ProseMirror decorations, CKEditor 5 highlights, Gutenberg formats): the same colours and
// strokes as the shared layer's ::highlight() rules.

import { SEVERITIES, adopt } from '../../www/src/editor/styles.js';

const COLOURS = { error: '#d92d20', warning: '#dc8a00', info: '#2e6fdb', hint: '#7a7f87' };

export const HINT_CSS =
  SEVERITIES.map(
    (s) =>
      `.brio-mark.brio-${s} { text-decoration: underline ${s === 'hint' ? 'dotted' : 'wavy'} ${COLOURS[s]} 2px; text-underline-offset: 3px; text-decoration-skip-ink: none; }`,
  ).join('\n') + '\n.brio-mark.brio-overflow { background-color: rgba(217, 45, 32, 0.16); }';

/** Adds the hint classes' styles to `doc` (a document or shadow root), once. */
export function adoptHintStyles(doc = document) {
  adopt(doc, HINT_CSS);
}

/** The classes a hint of `mark` wears. */
export function hintClasses(mark) {
  return ['brio-mark', `brio-${mark.severity}`, ...(mark.overflow ? ['brio-overflow'] : [])];
}
