// The extension's settings in chrome.storage.local, read by the service worker, the content
// scripts and the options page alike. `revision` goes up whenever something that changes a
// report changes (locale, profile): caches key on it, and content scripts re-check on it.

export const DEFAULTS = Object.freeze({
  locale: 'auto', // auto | fr | en
  profile: null, // { source: string, format: 'toml' | 'json', name?: string, file?: string }
  revision: 0,
  disabledSites: [], // site ids (sites.json) the user switched off
  mastodonOrigins: [], // "https://mastodon.social": instances the user granted
});

const KEYS = Object.keys(DEFAULTS);

/** @returns {Promise<typeof DEFAULTS>} */
export async function loadSettings() {
  const stored = await chrome.storage.local.get(KEYS);
  return { ...DEFAULTS, ...stored };
}

/** Saves `changes`; a locale or profile change bumps `revision` in the same write. */
export async function saveSettings(changes) {
  const patch = { ...changes };
  if ('locale' in changes || 'profile' in changes) {
    const { revision = 0 } = /** @type {{ revision?: number }} */ (await chrome.storage.local.get('revision'));
    patch.revision = revision + 1;
  }
  await chrome.storage.local.set(patch);
  return patch;
}

/** Calls `listener(changedKeys)` when settings change, in any context. Returns an unsubscribe. */
export function onSettingsChanged(listener) {
  const handler = (changes, area) => {
    if (area !== 'local') return;
    const keys = Object.keys(changes).filter((k) => KEYS.includes(k));
    if (keys.length) listener(keys);
  };
  chrome.storage.onChanged.addListener(handler);
  return () => chrome.storage.onChanged.removeListener(handler);
}

/** The options a Checker is built with for `platform` under these settings. */
export function checkerOptions(settings, platform) {
  const options = { platform };
  // "auto" leaves the choice to the profile's own locale, else to detection per post.
  if (settings.locale && settings.locale !== 'auto') options.locale = settings.locale;
  if (settings.profile?.source?.trim()) options.profile = settings.profile.source;
  return options;
}
