// The editor layer's styles. The overlay and the card live in a shadow root, so these cannot
// leak into the host page, nor the host's into them. ::highlight() rules have to live in the
// document that holds the contenteditable: those are adopted there, once.

export const SEVERITIES = ['error', 'warning', 'info', 'hint'];

const COLOURS = {
  error: '#d92d20',
  warning: '#dc8a00',
  info: '#2e6fdb',
  hint: '#7a7f87',
};

export const OVERLAY_CSS = `
:host { all: initial; }
.mirror {
  position: absolute; box-sizing: border-box; overflow: hidden; pointer-events: none;
  white-space: pre-wrap; overflow-wrap: break-word; word-break: normal;
  color: transparent; background: transparent; border-color: transparent; margin: 0;
  /* Its box is set from the textarea's: nothing inside it changes the page's layout, and a
     change of the page's does not reach inside it. */
  contain: strict;
}
/* The mirror's blocks: an edit lays out its own block again, not its neighbours. */
.mirror > div { contain: layout style; }
.mirror mark { color: transparent; background: none; border-radius: 2px;
  text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px;
  text-decoration-skip-ink: none; }
${SEVERITIES.map((s) => `.mirror mark.${s} { text-decoration-color: ${COLOURS[s]}; text-decoration-style: ${s === 'hint' ? 'dotted' : 'wavy'}; }`).join('\n')}
.mirror mark.overflow { background: rgba(217, 45, 32, 0.16); text-decoration-style: solid; }
.mirror mark.active { background: rgba(46, 111, 219, 0.14); }
`;

export const CARD_CSS = `
.brio-card { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2330;
  background: #fff; border: 1px solid #e3e6ec; border-left: 4px solid var(--brio-sev, #7a7f87);
  border-radius: 10px; padding: 10px 12px; box-shadow: 0 6px 24px rgba(16, 24, 40, 0.12);
  max-width: 360px; }
.brio-card[data-severity="error"] { --brio-sev: ${COLOURS.error}; }
.brio-card[data-severity="warning"] { --brio-sev: ${COLOURS.warning}; }
.brio-card[data-severity="info"] { --brio-sev: ${COLOURS.info}; }
.brio-card[data-severity="hint"] { --brio-sev: ${COLOURS.hint}; }
.brio-card .head { display: flex; gap: 8px; align-items: baseline; margin-bottom: 4px; }
.brio-card .sev { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em;
  color: var(--brio-sev); }
.brio-card .rule { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; color: #6b7280; }
.brio-card .excerpt { font-style: italic; color: #4b5563; margin: 2px 0 4px; overflow-wrap: anywhere; }
.brio-card .message { margin: 0; }
.brio-card .fixes { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.brio-card button { font: inherit; font-size: 13px; cursor: pointer; border: 1px solid #c9d3f5;
  background: #eef2ff; color: #1e3a8a; border-radius: 999px; padding: 3px 10px; }
.brio-card button:hover { background: #dfe6ff; }
.brio-card button:focus-visible { outline: 2px solid #2e6fdb; outline-offset: 1px; }
.brio-card .note { font-size: 12px; color: #b42318; margin-top: 6px; }
`;

/** ::highlight() styles for contenteditables, adopted once by the document. */
export const HIGHLIGHT_CSS = SEVERITIES.map(
  (s) => `::highlight(brio-${s}) { text-decoration: underline ${s === 'hint' ? 'dotted' : 'wavy'} ${COLOURS[s]} 2px; text-underline-offset: 3px; }`,
).join('\n') + `\n::highlight(brio-overflow) { background-color: rgba(217, 45, 32, 0.16); }`;

// Constructed sheets, not <style> elements: a page CSP without 'unsafe-inline' (the demo's, many
// CMSs') blocks <style> but not the CSSOM. One sheet per text, shared by every root.
const sheets = new Map();
export function sheet(css) {
  let s = sheets.get(css);
  if (!s) {
    s = new CSSStyleSheet();
    s.replaceSync(css);
    sheets.set(css, s);
  }
  return s;
}

/** Adds `css` to a document or shadow root, once. */
export function adopt(root, css) {
  const s = sheet(css);
  if (!root.adoptedStyleSheets.includes(s)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, s];
}
