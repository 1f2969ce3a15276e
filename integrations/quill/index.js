// Brio for Quill 2, as a Quill module: `modules: { brio: { client } }`, then
// `quill.getModule('brio')`. Hints are drawn in an overlay container that Quill itself adds
// beside its editing root (quill.addContainer), positioned from quill.getBounds: nothing is
// written into the document, its Delta or its HTML. A fix is one Delta applied with source
// 'user', between two history cut-offs so it is one undo step of its own. The caret is
// Quill's selection index; while the editor is blurred (getSelection() is null), the last
// range Quill reported, so that a check after a fix in the panel stays around the caret.

import Quill from 'quill';
import { createSession } from '../core/session.js';
import { hintClasses } from '../core/styles.js';
import { adopt } from '../../www/src/editor/styles.js';
import { deltaToText, toQuillRange } from './mapping.js';

const Delta = Quill.import('delta');

const OVERLAY_CSS = `
.brio-quill-overlay { position: absolute; inset: 0; pointer-events: none; overflow: hidden; }
.brio-quill-overlay .brio-mark { position: absolute; box-sizing: border-box; border-bottom: 2px solid #7a7f87; }
.brio-quill-overlay .brio-error { border-bottom-color: #d92d20; }
.brio-quill-overlay .brio-warning { border-bottom-color: #dc8a00; }
.brio-quill-overlay .brio-info { border-bottom-color: #2e6fdb; }
.brio-quill-overlay .brio-hint { border-bottom-style: dotted; }
.brio-quill-overlay .brio-overflow { background: rgba(217, 45, 32, 0.16); }
`;

export class BrioModule {
  /** @param {Quill} quill @param {import('../../www/src/editor/types.js').PluginOptions} options */
  constructor(quill, options) {
    this.quill = quill;
    adopt(quill.root.ownerDocument, OVERLAY_CSS);
    this.overlay = quill.addContainer('brio-quill-overlay');
    this.overlay.setAttribute('aria-hidden', 'true');
    this.marks = [];
    this.range = null; // the newest non-null selection
    this.session = createSession({
      ...options,
      read: () => deltaToText(quill.getContents().ops),
      caret: (map) => {
        const range = quill.getSelection() ?? this.range;
        return range ? map.fromPosition(range.index) : -1;
      },
      paint: (marks, map) => {
        this.marks = marks.map((m) => ({ ...m, ...toQuillRange(map, m.start, m.end) }));
        this.layout();
      },
      replace: (map, start, end, replacement) => {
        const { index, length } = toQuillRange(map, start, end);
        quill.history.cutoff();
        quill.updateContents(new Delta().retain(index).delete(length).insert(replacement), 'user');
        quill.history.cutoff();
      },
    });
    quill.on('text-change', () => this.session.changed());
    quill.on('selection-change', (range) => {
      if (range) this.range = range;
      this.session.selectionChanged();
    });
    // Positions are relative to the container: a scroll or a new width moves every box.
    quill.root.addEventListener('scroll', () => this.layout());
    this.resize = new ResizeObserver(() => this.layout());
    this.resize.observe(quill.root);
    this.session.changed();
  }

  /** One box per line a hint covers; getBounds unions lines, so a taller box is split. */
  layout() {
    const boxes = [];
    for (const mark of this.marks) {
      if (!mark.length) continue;
      this.#boxes(mark.index, mark.length, boxes, hintClasses(mark).join(' '));
    }
    this.overlay.replaceChildren(...boxes);
  }

  #boxes(index, length, out, className) {
    const bounds = this.quill.getBounds(index, length);
    if (!bounds) return;
    const line = this.quill.getBounds(index, 0)?.height || bounds.height;
    if (bounds.height > line * 1.5 && length > 1) {
      const half = length >> 1;
      this.#boxes(index, half, out, className);
      this.#boxes(index + half, length - half, out, className);
      return;
    }
    const box = document.createElement('div');
    box.className = className;
    Object.assign(box.style, {
      left: `${bounds.left}px`,
      top: `${bounds.top}px`,
      width: `${bounds.width}px`,
      height: `${bounds.height}px`,
    });
    out.push(box);
  }

  /** @param {import('../../www/src/editor/types.js').Suggestion} suggestion */
  fix(suggestion) {
    return this.session.fix(suggestion);
  }

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
    this.session.destroy();
    this.resize.disconnect();
    this.overlay.remove();
  }
}

/** Registers the module as `modules/brio`. */
export function registerBrio(Q = Quill) {
  Q.register('modules/brio', BrioModule, true);
}
