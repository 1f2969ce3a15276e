// The 'brio/hint' format type: hints as editor-only formats, the mechanism Gutenberg's own
// annotations use. __experimentalCreatePrepareEditableTree adds the formats to the editable
// tree only; rich text strips formats of such types before it serialises, so they never
// reach the block's content. The marks come from the 'brio/hints' store, per block.

import { applyFormat, registerFormatType, removeFormat, store as richTextStore } from '@wordpress/rich-text';
import { select } from '@wordpress/data';
import { STORE } from './store.js';

export const FORMAT = 'brio/hint';

/** Adds `marks` (block offsets) to a rich-text record's formats; returns the formats. */
export function withHints(formats, text, marks) {
  if (!marks?.length) return formats;
  let record = /** @type {import('@wordpress/rich-text').RichTextValue} */ ({ formats, replacements: Array(text.length), text });
  for (const mark of marks) {
    if (mark.end > text.length) continue; // the block changed since: the next report redraws
    const className = `brio-${mark.severity}${mark.overflow ? ' brio-overflow' : ''}`;
    record = applyFormat(record, { type: FORMAT, attributes: { className, index: String(mark.index) } }, mark.start, mark.end);
  }
  return record.formats;
}

/**
 * Removes the hint formats from a record: what gets saved.
 * @param {import('@wordpress/rich-text').RichTextValue} record
 * @returns {import('@wordpress/rich-text').RichTextValue['formats']}
 */
export function withoutHints(record) {
  return removeFormat(record, FORMAT, 0, record.text.length).formats;
}

export const settings = {
  title: 'Brio hint',
  tagName: 'mark',
  className: 'brio-mark',
  attributes: { className: 'class', index: 'data-brio-index' },
  // Not a toolbar button: hints are never applied by the writer.
  edit: () => null,
  __experimentalGetPropsForEditableTreePreparation: (sel, { blockClientId }) => ({
    marks: sel(STORE).getMarks(blockClientId),
  }),
  __experimentalCreatePrepareEditableTree:
    ({ marks }) =>
    (formats, text) =>
      withHints(formats, text, marks),
};

/** Registers the format type once. */
export function registerBrioFormat() {
  // (@wordpress/rich-text types its store descriptor as a bare Object.)
  if (!(/** @type {any} */ (select))(richTextStore).getFormatType(FORMAT)) registerFormatType(FORMAT, settings);
}
