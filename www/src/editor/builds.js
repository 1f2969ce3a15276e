// Which build of the wasm package a page loads (docs/npm.md, "Builds"). The full build (pkg/)
// has both languages' packs, profiles and `learn`; a one-language build (pkg/fr, pkg/en) has
// one language's packs and the built-in settings only, for fewer bytes before the first hint.
// A page starts with the one-language build its locale hint names, and moves to the full build
// when a configuration or a text needs what that build lacks.

/** @typedef {'full' | 'fr' | 'en'} BuildName */

const ONE_LANGUAGE = ['fr', 'en'];

/**
 * The build a page starts with, from its locale hint (the `locale` option of the page, else the
 * document's `lang`): `fr-CA` gives `fr`; no hint, `auto` or another language gives the full build.
 * @param {string | null | undefined} hint
 * @returns {BuildName}
 */
export function initialBuild(hint) {
  const language = String(hint ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return ONE_LANGUAGE.includes(language) ? /** @type {BuildName} */ (language) : 'full';
}

/**
 * What a loaded build can serve: the languages of its packs, and whether it takes a profile and
 * learns (the full build does; `Checker.learn` exists only there).
 * @param {{ locales?: () => string[], learn?: unknown }} Checker the build's Checker class
 */
export function capabilities(Checker) {
  const full = typeof Checker.learn === 'function';
  const locales = typeof Checker.locales === 'function' ? Checker.locales() : ['fr', 'en'];
  return { full, locales };
}

/**
 * Whether a request needs the full build when `caps` is what the loaded one serves: a
 * configuration with a profile or with the other language, or a `learn`.
 * @param {{ type?: string, options?: { locale?: string, profile?: unknown } }} request
 * @param {{ full: boolean, locales: string[] }} caps
 */
export function needsFull(request, caps) {
  if (caps.full) return false;
  if (request?.type === 'learn') return true;
  if (request?.type !== 'configure') return false;
  const { locale, profile } = request.options ?? {};
  if (profile !== undefined && profile !== null) return true;
  return locale !== undefined && locale !== null && locale !== 'auto' && !caps.locales.includes(locale);
}

/**
 * Whether a report, or an edit's delta, came out in a language the loaded build has no packs
 * for (its text was detected in the other language): the request is then answered again by the
 * full build (an edit there finds no session and answers 'stale', so the client checks whole).
 * @param {{ type?: string, report?: { locale?: string }, delta?: { locale?: string } }} reply
 * @param {{ full: boolean, locales: string[] }} caps
 */
export function outOfBuild(reply, caps) {
  if (caps.full) return false;
  const locale = reply?.type === 'report' ? reply.report?.locale
    : reply?.type === 'delta' ? reply.delta?.locale : undefined;
  return typeof locale === 'string' && !caps.locales.includes(locale);
}
