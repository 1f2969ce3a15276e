// Expectations that depend on rules still being written (tone/, typo/, hashtag/). Each one is
// OFF until the integrator switches it on, here (`enabled: true`) or for a run with
// BRIO_RULE_EXPECTATIONS=all; an enabled expectation whose rule is not in Checker.rules() fails,
// so that a rule that goes missing is noticed. Used by rules.test.js (node) and by
// tests/browser/demo.test.js (hint cards and fixes in the demo).
//
// Matching is loose on purpose: a diagnostic of `rule` whose range overlaps `flagged` (the first
// occurrence of that substring in `text`). `fixed`, when given: applying the diagnostic's first
// suggestion makes the text contain it.
export const RULE_EXPECTATIONS = [
  {
    rule: 'tone/institutional',
    enabled: false,
    locale: 'fr',
    platform: 'linkedin',
    text: 'Nous sommes fiers de vous annoncer notre partenariat avec @Bpifrance ! Rendez-vous jeudi.',
    flagged: 'Nous sommes fiers de vous annoncer',
  },
  {
    rule: 'typo/fr-nbsp',
    enabled: false,
    locale: 'fr',
    platform: 'linkedin',
    text: 'Nous sommes fiers de vous annoncer notre partenariat avec @Bpifrance ! Rendez-vous jeudi.',
    flagged: ' !',
    fixed: '\u202f!',
  },
  {
    rule: 'tone/institutional',
    enabled: false,
    locale: 'en',
    platform: 'x',
    text: 'We are thrilled to announce that we leverage best-in-class synergies!!! Join us in Paris.',
    flagged: 'We are thrilled to announce',
  },
  {
    rule: 'tone/exclamation',
    enabled: false,
    locale: 'en',
    platform: 'x',
    text: 'We are thrilled to announce that we leverage best-in-class synergies!!! Join us in Paris.',
    flagged: '!!!',
  },
  {
    rule: 'hashtag/hollow',
    enabled: false,
    locale: 'en',
    platform: 'x',
    text: 'Join us at VivaTech 2026 in Paris, booth B12. #innovation',
    flagged: '#innovation',
    grade: 'hollow',
  },
];

const forced = process.env.BRIO_RULE_EXPECTATIONS === 'all';

/** The expectations to assert in this run. */
export function enabledExpectations() {
  return RULE_EXPECTATIONS.filter((e) => forced || e.enabled);
}

/** The diagnostic of `e.rule` overlapping `e.flagged` in `report`, if any. */
export function findExpected(e, report) {
  const start = e.text.indexOf(e.flagged);
  const end = start + e.flagged.length;
  return report.diagnostics.find((d) => d.rule === e.rule && d.start < end && start < d.end);
}
