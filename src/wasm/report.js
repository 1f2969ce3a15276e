// Builds the report object of `Checker.check` from the two arrays that src/wasm/report.rs writes:
// every string of the report in UTF-16 code units, one after the other, and a u32 array of the
// numbers, flags, counts and string lengths, in the order report.rs writes them. The names that
// many items repeat (a rule with its category, a hashtag's grade) cross once and are then
// referred to by index; a severity crosses as its index in SEVERITIES. Both arrays are views
// into the wasm memory, valid only during this call: everything is read before returning.
//
// The objects must be the ones JSON.parse would give for the CLI's JSON report: same keys in the
// same order, optional fields absent (tests/js/cli-parity.test.js compares them).

const utf16 = new TextDecoder('utf-16le');
// In the order of report.rs's severity_index.
const SEVERITIES = ['error', 'warning', 'info', 'hint'];
const malformed = 'brio: the report read from the wasm is malformed (pkg/brio.js and brio_bg.wasm from different builds?)';

export function buildReport(units, numbers) {
  // One decode for all the strings; slices of it are cheap for the engine.
  const strings = utf16.decode(units);
  let at = 0; // next number
  let from = 0; // start of the next string in `strings`
  const number = () => numbers[at++];
  const flag = () => numbers[at++] !== 0;
  const text = () => {
    const start = from;
    from += numbers[at++];
    return strings.slice(start, from);
  };
  // Rule ids, categories, severities and grades: an index into the names read so far, followed
  // by the name's text the first time (when the index is the next one).
  const names = [];
  const name = () => {
    const i = numbers[at++];
    if (i === names.length) names.push(text());
    else if (!(i < names.length)) throw new Error(malformed);
    return names[i];
  };
  // A diagnostic's rule and category: an index into the pairs read so far, followed by both
  // names the first time.
  const rules = [];
  const rule = () => {
    const i = numbers[at++];
    if (i === rules.length) rules.push([name(), name()]);
    else if (!(i < rules.length)) throw new Error(malformed);
    return rules[i];
  };
  const severity = () => {
    const s = SEVERITIES[numbers[at++]];
    if (s === undefined) throw new Error(malformed);
    return s;
  };

  const locale = text();
  const platform = text();
  const length = { used: number(), limit: number(), unit: text() };
  if (flag()) length.bytes = { used: number(), limit: number() };

  const entities = () => {
    const list = [];
    for (let n = number(); n > 0; n--) {
      const entity = { text: text(), start: number(), end: number() };
      if (flag()) entity.grade = name();
      list.push(entity);
    }
    return list;
  };
  const hashtags = entities();
  const mentions = entities();
  const urls = entities();
  const cashtags = entities();

  const diagnostics = [];
  let replaceLabel = null;
  for (let n = number(); n > 0; n--) {
    const pair = rule();
    const diagnostic = {
      rule: pair[0],
      category: pair[1],
      severity: severity(),
      message: text(),
      start: number(),
      end: number(),
      suggestions: [],
    };
    for (let m = number(); m > 0; m--) {
      // 0: the replacement, then the label; 1: a label "Replace with “X”" around the
      // replacement X, from the text before and after X that came with the first (2).
      const kind = numbers[at++];
      if (kind === 2) replaceLabel = [text(), text()];
      else if (kind !== 0 && !(kind === 1 && replaceLabel !== null)) throw new Error(malformed);
      const replacement = text();
      const label = kind === 0 ? text() : replaceLabel[0] + replacement + replaceLabel[1];
      diagnostic.suggestions.push({ label, replacement, start: number(), end: number(), safe: flag() });
    }
    diagnostics.push(diagnostic);
  }

  const report = { locale, platform, length, entities: { hashtags, mentions, urls, cashtags }, diagnostics };
  if (flag()) report.scope = { start: number(), end: number(), total: number(), message: text() };
  // Both arrays read to their ends, or the two sides disagree on the format.
  if (at !== numbers.length || from !== strings.length) {
    throw new Error(malformed);
  }
  return report;
}

// The delta object of `Session.edit` (src/wasm/report.rs's delta_to_js): its inserted items
// cross as a report's lists do; `counts` gives the edit, then each list's runs (their number,
// then keep, drop, add of each).
export function buildDelta(units, numbers, counts) {
  const inserted = buildReport(units, numbers);
  let at = 3;
  const list = (insert) => {
    const runs = [];
    for (let n = counts[at++]; n > 0; n--) runs.push({ keep: counts[at++], drop: counts[at++], add: counts[at++] });
    if (!(at <= counts.length)) throw new Error(malformed);
    return { runs, insert };
  };
  const { hashtags, mentions, urls, cashtags } = inserted.entities;
  const delta = {
    locale: inserted.locale,
    platform: inserted.platform,
    length: inserted.length,
    edit: { start: counts[0], removed: counts[1], inserted: counts[2] },
    diagnostics: list(inserted.diagnostics),
    entities: { hashtags: list(hashtags), mentions: list(mentions), urls: list(urls), cashtags: list(cashtags) },
  };
  if (at !== counts.length) throw new Error(malformed);
  return delta;
}
