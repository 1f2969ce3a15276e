// The length limit of one composer when it is not the platform's post limit: a comment box or a
// Mastodon server configured with its own `max_characters`. The engine counts the way the
// platform does; only the limit it compares with changes here.

const TOO_LONG = 'platform/too-long';

/**
 * The server's own limit, from the JSON state a Mastodon page embeds for its web app
 * (`<script id="initial-state" type="application/json">`): the first `max_characters`
 * (`configuration.statuses` in recent versions) or `max_toot_chars` (older versions and forks)
 * found in it. Read as data, never run. Null when the page has none.
 * @param {Document} doc
 * @returns {number | null}
 */
export function pageLimit(doc = globalThis.document) {
  const script = doc.querySelector('script#initial-state[type="application/json"]');
  if (!script) return null;
  let state;
  try {
    state = JSON.parse(script.textContent);
  } catch {
    return null;
  }
  const seen = new Set();
  const find = (value, depth) => {
    if (!value || typeof value !== 'object' || depth > 6 || seen.has(value)) return null;
    seen.add(value);
    for (const key of ['max_characters', 'max_toot_chars']) {
      const n = value[key];
      if (Number.isInteger(n) && n > 0) return n;
    }
    for (const child of Object.values(value)) {
      const n = find(child, depth + 1);
      if (n) return n;
    }
    return null;
  };
  return find(state, 0);
}

/**
 * The limit of a composer of `kind` (sites.json), or null for the platform's own.
 * @param {{ limit?: number | 'page' }} kind
 */
export function limitOf(kind, doc = globalThis.document) {
  if (kind.limit === 'page') return pageLimit(doc);
  return Number.isInteger(kind.limit) ? kind.limit : null;
}

/**
 * `result` ({ text, report, ms }) with `limit` in place of the platform's. The engine placed its
 * overflow mark against the platform's limit: that mark is dropped, and the meter says how far
 * over the composer's own limit the text is.
 */
export function withLimit(result, limit) {
  if (!result || !limit || result.report.length.limit === limit) return result;
  const report = {
    ...result.report,
    length: { ...result.report.length, limit },
    diagnostics: result.report.diagnostics.filter((d) => d.rule !== TOO_LONG),
  };
  return { ...result, report };
}
