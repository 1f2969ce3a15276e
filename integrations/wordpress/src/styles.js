// The plugin's stylesheet, build/editor.css: the hint classes' underlines (the same as every
// other plugin's, from integrations/core/styles.js) and the sidebar and gate in WordPress's
// spacing. A file enqueued on `enqueue_block_assets`, not a sheet adopted by the script: where
// the editor's canvas is an iframe (WordPress 6.3 and later, with blocks of API version 3),
// WordPress copies such files into it, and the hints are drawn in there.
import { HINT_CSS } from '../../core/styles.js';

export const EDITOR_CSS = `${HINT_CSS}
/* The hints are <mark> elements: without the browser's yellow, only the underline shows. */
mark.brio-mark { background: none; color: inherit; }
mark.brio-mark.brio-overflow { background-color: rgba(217, 45, 32, 0.16); }
.brio-plugin-sidebar .brio-sidebar { padding: 16px; }
.brio-sidebar .brio-verdict { font-weight: 600; margin-bottom: 12px; }
.brio-sidebar ul { margin: 0; padding: 0; list-style: none; }
.brio-sidebar-hint { margin: 0 0 16px; }
.brio-sidebar-hint code { font-size: 11px; }
.brio-sidebar-hint .excerpt { margin-top: 4px; font-style: italic; }
.brio-sidebar-hint p { margin: 4px 0 8px; }
.brio-sidebar-hint button { margin: 0 8px 4px 0; }
.brio-status { margin: 0 0 12px; }
.brio-gate-reasons { margin: 8px 0 0; padding-left: 1em; }
`;
