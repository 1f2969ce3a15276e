// The editor-independent half of every CMS plugin is the editor layer's session core
// (www/src/editor/session.js), the same one the demo's `attach()` runs on: a plugin gives it
// its editor's read, paint, replace and caret. Re-exported here, where the plugins and their
// integrators have always imported it from.

export { createSession, sessionApi, STALE, GATE_TRIES, unavailable } from '../../www/src/editor/session.js';
