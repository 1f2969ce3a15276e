// Mastodon runs on thousands of servers: the extension asks for none up front. The options page
// requests the user's instance (an optional host permission, `https://*/*` being optional only)
// and stores it; this keeps one registered content script in step with the instances that are
// both stored and granted. Calls are serialised: two overlapping updates would race on the id.
import { loadSettings } from '../settings.js';

const ID = 'brio-mastodon';
/** @type {Promise<unknown>} */
let queue = Promise.resolve();

async function granted(origin) {
  try {
    return await chrome.permissions.contains({ origins: [`${origin}/*`] });
  } catch {
    return false;
  }
}

async function sync() {
  const { mastodonOrigins } = await loadSettings();
  const matches = [];
  for (const origin of mastodonOrigins) if (await granted(origin)) matches.push(`${origin}/*`);
  const [existing] = await chrome.scripting.getRegisteredContentScripts({ ids: [ID] });
  if (!matches.length) {
    if (existing) await chrome.scripting.unregisterContentScripts({ ids: [ID] });
    return [];
  }
  /** @type {chrome.scripting.RegisteredContentScript} */
  const script = { id: ID, matches, js: ['content.js'], runAt: 'document_idle', allFrames: false };
  if (existing) await chrome.scripting.updateContentScripts([script]);
  else await chrome.scripting.registerContentScripts([{ ...script, persistAcrossSessions: true }]);
  return matches;
}

/** Brings the registered Mastodon content script in line with storage and permissions. */
export function syncMastodon() {
  const run = queue.then(sync);
  queue = run.catch(() => {});
  return run;
}
