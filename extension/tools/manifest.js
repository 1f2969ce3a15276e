// The extension's manifest, built from sites.json so that the composer origins are written in one
// place: they are both the host permissions and where the content script runs. Mastodon servers
// are the user's: `https://*/*` is only an optional host permission, asked for one server at a time.
import { readFileSync } from 'node:fs';

const read = (p) => JSON.parse(readFileSync(new URL(p, import.meta.url), 'utf8'));

/** Firefox's id for Brio: a GUID, as add-ons without a domain of their own use. */
export const GECKO_ID = '{7c1f6a0e-3b5d-4e8a-9d2c-51b0e4f7a913}';

/**
 * @param {{ browser?: 'chrome' | 'firefox' }} [options] Firefox runs the same background module
 *   as an event page (`background.scripts`: it has no extension service workers), and needs an
 *   add-on id and its data-collection statement.
 */
export function manifest({ browser = 'chrome' } = {}) {
  const { sites } = read('../src/sites.json');
  const { version } = read('../../package.json');
  const matches = [...new Set(sites.flatMap((s) => s.matches))];
  const firefox = browser === 'firefox';
  return {
    manifest_version: 3,
    name: 'Brio',
    version,
    description: 'Tone-of-voice, platform and hashtag hints on social composers. Runs on your device; sends nothing.',
    ...(firefox
      ? {
          browser_specific_settings: {
            // 140 (ESR) and 142 on Android: the first to read data_collection_permissions.
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
          background: { scripts: ['background.js'], type: 'module' },
        }
      : { minimum_chrome_version: '116', background: { service_worker: 'background.js', type: 'module' } }),
    permissions: ['storage', 'scripting'],
    host_permissions: matches,
    optional_host_permissions: ['https://*/*'],
    content_scripts: [{ matches, js: ['content.js'], run_at: 'document_idle', all_frames: false }],
    options_ui: { page: 'options.html', open_in_tab: true },
    // default-src 'self': the extension's pages and worker load nothing from elsewhere, and
    // connect-src 'self' says it again for the network: nothing is sent anywhere.
    content_security_policy: {
      extension_pages: "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self'",
    },
  };
}
