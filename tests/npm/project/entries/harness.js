// What the test reads and drives on a page (window.example), over the objects the docs' code
// exports: the newest report, whether it is about the text as it is now, the text, how many
// hints are painted, a fix through the plugin, and the pre-publish gate.
/**
 * @param {{ last: () => any, text: () => string, painted: () => number, fix: (suggestion) => any, gate?: () => Promise<any> }} hook
 */
export function expose(hook) {
  window.example = {
    ...hook,
    report: () => hook.last(),
    fresh: () => Boolean(hook.last()) && hook.last().text === hook.text(),
    fixOf(rule) {
      const found = hook.last().report.diagnostics.find((d) => d.rule === rule);
      return hook.fix(found.suggestions[0]);
    },
    /** The hints listed by the panel (brio/panel) or the sidebar (Gutenberg). */
    listed() {
      const panel = document.querySelector('[data-brio-panel]')?.shadowRoot;
      if (panel) return panel.querySelectorAll('.brio-card').length;
      return document.querySelectorAll('.brio-sidebar-hint').length;
    },
  };
  document.body.dataset.ready = 'true';
}

/** How many ranges Brio's CSS Custom Highlights hold in `win`. */
export const highlighted = (win = window) =>
  [...win.CSS.highlights].filter(([name]) => name.startsWith('brio-')).reduce((n, [, h]) => n + h.size, 0);
