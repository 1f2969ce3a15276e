// The extension's service worker (a module worker): it owns the wasm, answers checks from the
// content scripts over ports, validates profiles for the options page, and keeps the Mastodon
// content script registered for the instances the user granted. It makes no network request:
// the wasm is a file of the extension, and nothing is sent anywhere.
//
// Port protocol ('brio-check'): see checks.js.
// Runtime messages: { type: 'validate-profile', source } -> { ok, error? };
//                   { type: 'learn-profile', text, locale } -> { ok, toml, read, warnings | error };
//                   { type: 'sync-mastodon' } -> { ok, matches | error }; { type: 'info' } -> { rules, platforms }
import { MAX_REPLY, serve } from './checks.js';
import { announceChange, contentSettings } from './content-settings.js';
import { Engine } from './engine.js';
import { syncMastodon } from './mastodon.js';
import { onSettingsChanged } from '../settings.js';

const engine = new Engine();
// Start compiling now: a cold start is usually caused by a content script connecting.
engine.start().catch(() => {});

// Listeners are registered synchronously at the top level, as MV3 requires for wake-ups.
chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== 'brio-check' || !fromContentScript(port.sender)) {
    port.disconnect();
    return;
  }
  serve(port, engine, {
    maxReply: () => (BRIO_TEST_HOOKS && self.brio.maxReply) || MAX_REPLY,
    onRequest: () => engine.stats.requests++,
  });
});

/**
 * Whether a port was opened by this extension's content script in a tab's top frame (where it
 * runs), not by one of its own pages nor from any other frame.
 */
function fromContentScript(sender) {
  return sender?.id === chrome.runtime.id && Boolean(sender.tab) && sender.frameId === 0 && /^https:\/\//.test(sender.url ?? '');
}

// The unpacked build the tests load (never the store's): a handle on the engine, to count its
// runs, to make its next check or validation trap for real, and to lower the size over which
// a reply is not posted (`maxReply`, in bytes of JSON; 0 for the real limit).
if (BRIO_TEST_HOOKS) self.brio = { engine, maxReply: 0 };
// WebDriver BiDi cannot open moz-extension: pages: Firefox's test build opens its options page
// itself once installed, for the test to drive.
if (BRIO_TEST_HOOKS && BRIO_BROWSER === 'firefox') chrome.runtime.onInstalled.addListener(() => chrome.tabs.create({ url: chrome.runtime.getURL('options.html') }));

// Storage is for the extension's own pages and this worker: a content script runs in a page's
// process, and gets what it needs from contentSettings() instead.
chrome.storage.local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })?.catch(() => {});

chrome.runtime.onMessage.addListener((msg, sender, reply) => {
  if (msg?.type === 'content-settings' && fromContentScript(sender)) {
    contentSettings(sender.url).then(reply, () => reply(null));
    return true;
  }
  // Only the extension's own pages (the options page) may ask for these, not content scripts.
  if (sender.id !== chrome.runtime.id || !sender.url?.startsWith(chrome.runtime.getURL(''))) return false;
  const answer = {
    'validate-profile': () => engine.validateProfile(msg.source),
    'learn-profile': () => engine.learn(msg.text, msg.locale),
    'sync-mastodon': () => syncMastodon().then((matches) => ({ ok: true, matches })),
    info: () => engine.info(),
  }[msg?.type];
  if (!answer) return false;
  answer()
    .then(reply)
    .catch((e) => reply({ ok: false, error: String(e?.message ?? e) }));
  return true; // answers asynchronously
});

onSettingsChanged((keys) => {
  if (keys.includes('revision') || keys.includes('profile') || keys.includes('locale')) engine.invalidate();
  if (keys.includes('mastodonOrigins')) syncMastodon().catch(() => {});
  announceChange().catch(() => {});
});

chrome.permissions.onAdded.addListener(() => syncMastodon().catch(() => {}));
chrome.permissions.onRemoved.addListener(() => syncMastodon().catch(() => {}));
chrome.runtime.onInstalled.addListener(() => syncMastodon().catch(() => {}));
chrome.runtime.onStartup.addListener(() => syncMastodon().catch(() => {}));
