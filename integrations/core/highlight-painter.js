// Hints as CSS Custom Highlights in any window: the page's own, or an editor's iframe
// (TinyMCE). No node is added to the editor, so nothing can leak into what it saves. Each
// window has its own highlight registry and its own stylesheets, hence one painter per window;
// highlights already registered under Brio's names (by the shared editor layer) are reused.

import { HIGHLIGHT_CSS, SEVERITIES } from '../../www/src/editor/styles.js';

const NAMES = [...SEVERITIES, 'overflow'];

export class HighlightPainter {
  /** @param {Window & typeof globalThis} win the window whose document holds the editable content */
  constructor(win) {
    this.win = win;
    this.owned = [];
    const registry = win.CSS?.highlights;
    if (!registry || typeof win.Highlight !== 'function') {
      this.highlights = null; // no API (old engine): hints stay in the panel only
      return;
    }
    this.highlights = Object.fromEntries(
      NAMES.map((n) => {
        const h = registry.get(`brio-${n}`) ?? new win.Highlight();
        registry.set(`brio-${n}`, h);
        return [n, h];
      }),
    );
    this.highlights.overflow.priority = -1;
    // A constructed sheet belongs to the document of the window that built it.
    const doc = /** @type {Document & { brioHighlightSheet?: CSSStyleSheet }} */ (win.document);
    if (!doc.brioHighlightSheet) {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      doc.brioHighlightSheet = sheet;
    }
  }

  /** @param {{ severity: string, overflow?: boolean, range: Range }[]} marks */
  paint(marks) {
    this.clear();
    if (!this.highlights) return;
    for (const { severity, overflow, range } of marks) {
      this.#own(severity, range);
      if (overflow) this.#own('overflow', range);
    }
  }

  #own(name, range) {
    this.highlights[name].add(range);
    this.owned.push([name, range]);
  }

  clear() {
    for (const [name, range] of this.owned) this.highlights?.[name].delete(range);
    this.owned = [];
  }
}
