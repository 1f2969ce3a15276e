// What the built-in rules must find on a few drafts, shared by rules.test.js (node, over the
// package) and tests/browser/demo.test.js (hint cards and fixes in the demo). An expectation whose
// rule is not in Checker.rules() fails, so that a rule that goes missing is noticed.
//
// Matching is loose on purpose: a diagnostic of `rule` whose range overlaps `flagged` (the first
// occurrence of that substring in `text`). `fixed`, when given: applying the diagnostic's first
// suggestion makes the text contain it.
export const RULE_EXPECTATIONS = [
  {
    rule: 'tone/institutional',
    locale: 'fr',
    platform: 'linkedin',
    text: 'Nous sommes fiers de vous annoncer notre partenariat avec @Bpifrance ! Rendez-vous jeudi.',
    flagged: 'Nous sommes fiers de vous annoncer',
  },
  {
    rule: 'typo/fr-nbsp',
    locale: 'fr',
    platform: 'linkedin',
    text: 'Nous sommes fiers de vous annoncer notre partenariat avec @Bpifrance ! Rendez-vous jeudi.',
    flagged: ' !',
    fixed: '\u202f!',
  },
  {
    rule: 'tone/institutional',
    locale: 'en',
    platform: 'x',
    text: 'We are thrilled to announce that we leverage best-in-class synergies!!! Join us in Paris.',
    flagged: 'We are thrilled to announce',
  },
  {
    rule: 'tone/exclamation',
    locale: 'en',
    platform: 'x',
    text: 'We are thrilled to announce that we leverage best-in-class synergies!!! Join us in Paris.',
    flagged: '!!!',
  },
  {
    rule: 'hashtag/hollow',
    locale: 'en',
    platform: 'x',
    text: 'Join us at VivaTech 2026 in Paris, booth B12. #innovation',
    flagged: '#innovation',
    grade: 'hollow',
  },
];

/** The diagnostic of `e.rule` overlapping `e.flagged` in `report`, if any. */
export function findExpected(e, report) {
  const start = e.text.indexOf(e.flagged);
  const end = start + e.flagged.length;
  return report.diagnostics.find((d) => d.rule === e.rule && d.start < end && start < d.end);
}
