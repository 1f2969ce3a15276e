// The settings as a content script sees them: asked of the service worker, which answers from
// this page's address with only what the script needs (its site, on or off, the revision).
// Storage itself is closed to content scripts.
import { SITES } from '../sites.js';

/** @returns {Promise<{ site: (typeof SITES)[number] | null, enabled: boolean, revision: number }>} */
export async function loadContentSettings() {
  const answer = await chrome.runtime.sendMessage({ type: 'content-settings' });
  return { ...answer, site: SITES.find((s) => s.id === answer?.site) ?? null };
}

/** Calls `listener` when the service worker says the settings changed. Returns an unsubscribe. */
export function onContentSettingsChanged(listener) {
  const handler = (msg, sender) => {
    if (sender.id === chrome.runtime.id && msg?.type === 'settings-changed') listener();
  };
  chrome.runtime.onMessage.addListener(handler);
  return () => chrome.runtime.onMessage.removeListener(handler);
}
