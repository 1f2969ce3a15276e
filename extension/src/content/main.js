// The content script: on a platform's page, attach Brio to each composer the writer focuses.
// The site (hence the platform, its length unit and hashtag norms) comes from sites.json; the
// checks run in the service worker; hints are drawn by the shared editor layer inside the one
// <brio-overlay> element. Nothing here touches the composer's DOM except through a fix, which
// goes through the editor (selection + execCommand) and is verified.
import { attach, fixInEditor } from '../../../www/src/editor/index.js';
import { composerOf } from '../sites.js';
import { loadContentSettings, onContentSettingsChanged } from './settings-client.js';
import { deepActiveElement } from './focus.js';
import { limitOf, withLimit } from './limit.js';
import { optedOut } from './optout.js';
import { Overlay } from './overlay.js';
import { PortClient } from './port-client.js';

const DELAY = 250; // ms of quiet typing before a check

async function main() {
  let settings = await loadContentSettings();
  const { site } = settings;
  if (!site) return;

  let overlay = null;
  let client = null;
  const editors = new Map(); // composer element -> { editor, marks, report }
  let focused = null; // the composer whose hints `data-hints` counts
  let problem = null; // the last failed check's message, until a report comes

  // Switched off for this site, or (Mastodon) the instance was removed from the options.
  const enabled = () => settings.enabled;

  function showFocused() {
    if (!overlay) return;
    const entry = focused && editors.get(focused);
    overlay.setHints(entry ? entry.marks : 0);
    overlay.showMeter(focused, entry?.report?.length);
  }

  function contentWarning(element) {
    if (!site.contentWarning) return {};
    const form = element.closest('form') ?? document;
    const cw = form.querySelector(site.contentWarning);
    return cw?.value ? { contentWarning: cw.value } : {};
  }

  function attachTo(element, kind) {
    const entry = { editor: null, marks: 0, report: null };
    // A comment box or a server with its own limit: the report carries that limit instead.
    const limit = limitOf(kind);
    const checker = limit ? { check: (text, options) => client.check(text, options).then((r) => withLimit(r, limit)) } : client;
    entry.editor = attach(element, {
      client: checker,
      delay: DELAY,
      container: overlay.layer,
      fix: fixInEditor,
      shortcuts: true,
      checkOptions: () => contentWarning(element),
      onDraw: (marks) => {
        entry.marks = marks.length;
        if (focused === element) showFocused();
      },
      onReport: ({ report }) => {
        entry.report = report;
        if (problem) {
          problem = null;
          overlay.showProblem(null);
        }
        if (focused === element) showFocused();
      },
    });
    editors.set(element, entry);
    return entry;
  }

  function detach(element) {
    editors.get(element)?.editor.destroy();
    editors.delete(element);
    if (focused === element) focused = null;
  }

  // Composers come and go with the page's own navigation: forget the ones that left the DOM.
  function sweep() {
    for (const element of [...editors.keys()]) if (!element.isConnected) detach(element);
  }

  function onFocus(e) {
    if (!enabled()) return;
    const path = e.composedPath();
    if (overlay && path.includes(overlay.host)) return; // Tab into a hint card: still that composer
    const found = composerOf(path[0] ?? e.target, site);
    const element = found && !optedOut(found.element) ? found.element : null;
    if (!element) {
      // Focus left for a field Brio does not check: no hints to count, no meter to show.
      focused = null;
      showFocused();
      return;
    }
    overlay.ensure();
    sweep();
    focused = element;
    const entry = editors.get(element) ?? attachTo(element, found.kind);
    showFocused();
    // A composer that already has text (a reply draft, a reopened dialog) is checked at once.
    if (!entry.report) entry.editor.refresh();
  }

  function place() {
    if (focused) overlay?.place(focused);
  }

  function start() {
    if (overlay) return;
    overlay = new Overlay();
    client = new PortClient({
      platform: site.platform,
      revision: () => settings.revision,
      onDead: stop,
      // A crash or a report too large: the hints shown are stale, and the writer is told why.
      onFailed: ({ message }) => {
        problem = message;
        for (const entry of editors.values()) entry.editor.clear();
        overlay?.showProblem(focused, message);
      },
    });
    document.addEventListener('focusin', onFocus, true);
    addEventListener('scroll', place, { passive: true, capture: true });
    addEventListener('resize', place, { passive: true });
    // A composer focused before this script ran (document_idle comes late on heavy pages).
    // Through open shadow roots: in LinkedIn's, document.activeElement is only the shadow host.
    const active = deepActiveElement(document);
    if (active && active !== document.body) onFocus({ target: active, composedPath: () => [active] });
  }

  function stop() {
    if (!overlay) return;
    document.removeEventListener('focusin', onFocus, true);
    removeEventListener('scroll', place, { capture: true });
    removeEventListener('resize', place);
    for (const element of [...editors.keys()]) detach(element);
    client.destroy();
    overlay.destroy();
    overlay = null;
    client = null;
  }

  onContentSettingsChanged(async () => {
    const before = settings;
    settings = await loadContentSettings();
    if (!enabled()) stop();
    else if (!overlay) start();
    else if (settings.revision !== before.revision) {
      // A new profile or locale: check every composer again (the cache keys on the revision).
      for (const { editor } of editors.values()) editor.refresh();
    }
  });

  if (enabled()) start();
}

main().catch((e) => {
  // "Extension context invalidated" after an update: this page keeps its old script; stay quiet.
  if (!String(e?.message).includes('context invalidated')) console.warn('Brio:', e);
});
