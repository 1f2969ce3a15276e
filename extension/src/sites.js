// The site table (sites.json) as code needs it: which site a page is, and where its composers are.
// The data stays in sites.json so that a platform changing its markup is a one-line data change.
import table from './sites.json';

export const SITES = table.sites;

/** Whether `url` matches a Chrome match pattern such as "https://x.com/*" or "https://*.example.org/*". */
export function matchesPattern(pattern, url) {
  const m = /^(https?|\*):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m;
  if (scheme !== '*' ? url.protocol !== `${scheme}:` : !/^https?:$/.test(url.protocol)) return false;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    if (url.hostname !== base && !url.hostname.endsWith(`.${base}`)) return false;
  } else if (host !== '*' && url.hostname !== host) return false;
  const re = new RegExp(`^${path.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(url.pathname);
}

/**
 * The site for `url`: one of sites.json's by its origin, or Mastodon when the origin is one of
 * the instances the user added (`userOrigins`, "https://mastodon.social").
 */
export function siteFor(url, userOrigins = []) {
  const u = new URL(url);
  const known = SITES.find((s) => s.matches.some((p) => matchesPattern(p, u)));
  if (known) return known;
  if (userOrigins.includes(u.origin)) return SITES.find((s) => s.userOrigins) ?? null;
  return null;
}

// The fields that take typing: a textarea, or the root of a contenteditable (where focus lands).
const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

/**
 * The composer `node` is in, with its kind from sites.json: `{ element, kind }`, where `element`
 * is the editable element itself (textarea or contenteditable root) and `kind` the first of the
 * site's `composers` whose selectors match it. Null when the field is none of them, or when its
 * kind is not checked (`check: false`: a DM box, an article editor).
 * @param {Node} node
 * @returns {{ element: Element, kind: { kind: string, limit?: number | 'page', check?: boolean } } | null}
 */
export function composerOf(node, site) {
  if (!(node instanceof Element)) return null;
  // The outermost editable ancestor: a contenteditable root may hold non-editable atoms (mentions)
  // with editable islands, and focus may be reported on any of them.
  let element = node.closest(EDITABLE);
  for (let up = element?.parentElement?.closest(EDITABLE); up; up = up.parentElement?.closest(EDITABLE)) element = up;
  if (!element) return null;
  const kind = site.composers.find((k) => k.selectors.some((s) => element.matches(s)));
  if (!kind || kind.check === false) return null;
  return { element, kind };
}

/** Every origin pattern the extension is granted up front (the manifest's host_permissions). */
export function hostPatterns() {
  return [...new Set(SITES.flatMap((s) => s.matches))];
}

/** "https://mastodon.social/@me" -> "https://mastodon.social"; null when not an https origin. */
export function originOf(input) {
  let text = String(input).trim();
  if (!/^[a-z]+:\/\//i.test(text)) text = `https://${text}`;
  try {
    const u = new URL(text);
    if (u.protocol !== 'https:' || !u.hostname.includes('.')) return null;
    return u.origin;
  } catch {
    return null;
  }
}
