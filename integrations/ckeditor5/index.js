// Brio for CKEditor 5, as a plugin: `plugins: [..., Brio], brio: { client: () => client }`, then
// `editor.plugins.get('Brio')`. Hints are model markers added with usingOperation: false and
// affectsData: false (no operation, so no undo step and no collaboration traffic; never in
// getData()), drawn as highlights by the editing downcast only. Markers move with the model,
// so hints follow typing by themselves. A fix is one editor.model.change: one undo step.
// The caret is the model selection's focus, a (parent element, offset) place as the map has.

import { Plugin } from 'ckeditor5';
import { createSession } from '../core/session.js';
import { adoptHintStyles, hintClasses } from '../core/styles.js';
import { modelToText, toModelPlaces } from './mapping.js';

/** `brio: { client: () => client }` in the editor's configuration (config.d.ts adds it there). @typedef {import('./config.js').BrioConfig} BrioConfig */

const GROUP = 'brio';

export class Brio extends Plugin {
  static get pluginName() {
    return 'Brio';
  }

  init() {
    const editor = this.editor;
    const { model } = editor;
    editor.conversion.for('editingDowncast').markerToHighlight({
      model: GROUP,
      // brio:<index>:<severity>[:overflow]
      view: ({ markerName }) => {
        const [, index, severity, overflow] = markerName.split(':');
        return {
          classes: hintClasses({ severity, overflow: overflow === 'overflow' }),
          attributes: { 'data-brio-index': index },
          priority: 5, // under the editor's own highlights (selection, comments)
        };
      },
    });
    adoptHintStyles(document);

    const read = () => modelToText(model.document.getRoot(), model.schema);
    // CKEditor deep-clones configuration objects, which would strip the client of its class:
    // it is given as a function returning it (functions are passed through as they are).
    const { client, ...options } = editor.config.get('brio');
    this.session = createSession({
      ...options,
      client: typeof client === 'function' ? client() : client,
      follows: true,
      read,
      caret(map) {
        const focus = model.document.selection.focus;
        // -1 when the selection is on a block object (an image): it has no offset in the text.
        return focus ? map.fromEditor(focus.parent, focus.offset) : -1;
      },
      paint(marks, map) {
        model.change((writer) => {
          for (const marker of [...model.markers.getMarkersGroup(GROUP)]) writer.removeMarker(marker);
          for (const mark of marks) {
            const p = toModelPlaces(map, mark.start, mark.end);
            if (!p) continue;
            const range = writer.createRange(writer.createPositionAt(...p.start), writer.createPositionAt(...p.end));
            if (range.isCollapsed) continue;
            const name = `${GROUP}:${mark.index}:${mark.severity}${mark.overflow ? ':overflow' : ''}`;
            writer.addMarker(name, { range, usingOperation: false, affectsData: false });
          }
        });
      },
      replace(map, start, end, replacement) {
        const p = toModelPlaces(map, start, end);
        model.change((writer) => {
          const range = writer.createRange(writer.createPositionAt(...p.start), writer.createPositionAt(...p.end));
          // The replacement keeps the formatting (bold, link) of the text it replaces.
          const first = [...range.getItems()].find((item) => item.is('$textProxy'));
          const attributes = first ? Object.fromEntries(first.getAttributes()) : {};
          const at = range.start;
          writer.remove(range);
          if (replacement) writer.insertText(replacement, attributes, at);
        });
      },
    });
    this.listenTo(model.document, 'change:data', () => this.session.changed());
    this.listenTo(model.document.selection, 'change:range', () => this.session.selectionChanged());
    editor.on('ready', () => this.session.changed());
  }

  /** Applies a suggestion from the newest report: { ok, reason? }. */
  /** @param {import('../../www/src/editor/types.js').Suggestion} suggestion */
  fix(suggestion) {
    return this.session.fix(suggestion);
  }

  /** The pre-publish gate: resolves to { verdict: 'publish' | 'review' | 'block', reasons }. */
  verdict() {
    return this.session.verdict();
  }

  hints() {
    return this.session.hints();
  }

  check() {
    return this.session.check();
  }

  destroy() {
    this.session?.destroy();
    super.destroy();
  }
}
