// What a content script may know of the settings, decided here from the page's address (as
// Chrome reports it, not as the script says): which site it is on, whether Brio is on there,
// and the settings' revision (its cache key). The profile, the locale and the list of
// instances stay in storage, which content scripts cannot read (TRUSTED_CONTEXTS).
import { siteFor } from '../sites.js';
import { loadSettings } from '../settings.js';

/**
 * @param {string} url the sender's address
 * @returns {Promise<{ site: string | null, enabled: boolean, revision: number }>}
 */
export async function contentSettings(url) {
  const settings = await loadSettings();
  let site = null;
  try {
    site = siteFor(url, settings.mastodonOrigins);
  } catch {
    // not a URL
  }
  if (!site) return { site: null, enabled: false, revision: settings.revision };
  const enabled = !settings.disabledSites.includes(site.id) && (!site.userOrigins || settings.mastodonOrigins.includes(new URL(url).origin));
  return { site: site.id, enabled, revision: settings.revision };
}

/** Tells every tab's content script that the settings changed; tabs without one ignore it. */
export async function announceChange() {
  const tabs = await chrome.tabs.query({});
  await Promise.all(tabs.map((tab) => chrome.tabs.sendMessage(tab.id, { type: 'settings-changed' }).catch(() => {})));
}
