// The extension's service worker (a module worker): it owns the wasm, answers checks from the
// content scripts over ports, validates profiles for the options page, and keeps the Mastodon
// content script registered for the instances the user granted. It makes no network request:
// the wasm is a file of the extension, and nothing is sent anywhere.
//
// Port protocol ('brio-check'):
//   in:  { type: 'check', id, text, platform, revision, options }
//   out: { type: 'report', id, text, report, ms, revision, profileError } | { type: 'failed', id, message }
// Runtime messages: { type: 'validate-profile', source } -> { ok, error? };
//                   { type: 'learn-profile', text, locale } -> { ok, toml, read, warnings | error };
//                   { type: 'sync-mastodon' } -> { ok, matches | error }; { type: 'info' } -> { rules, platforms }
import { Engine } from './engine.js';
import { syncMastodon } from './mastodon.js';
import { onSettingsChanged } from '../settings.js';

const engine = new Engine();
// Start compiling now: a cold start is usually caused by a content script connecting.
engine.start().catch(() => {});

// Listeners are registered synchronously at the top level, as MV3 requires for wake-ups.
chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== 'brio-check') return;
  port.onMessage.addListener(async (msg) => {
    if (msg?.type !== 'check') return;
    let reply;
    try {
      const result = await engine.check(msg);
      reply = { type: 'report', id: msg.id, text: msg.text, ...result };
    } catch (e) {
      reply = { type: 'failed', id: msg.id, message: String(e?.message ?? e) };
    }
    try {
      port.postMessage(reply);
    } catch {
      // The tab went away while checking.
    }
  });
});

chrome.runtime.onMessage.addListener((msg, sender, reply) => {
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
});

chrome.permissions.onAdded.addListener(() => syncMastodon().catch(() => {}));
chrome.permissions.onRemoved.addListener(() => syncMastodon().catch(() => {}));
chrome.runtime.onInstalled.addListener(() => syncMastodon().catch(() => {}));
chrome.runtime.onStartup.addListener(() => syncMastodon().catch(() => {}));
