// The keystrokes the keystroke measures make (bench/instructions.js's `keys:` counts,
// bench/edit-profile.js's profile): at each of 25 places of each document, a character typed
// then deleted, through `session.edit` and `applyDelta` as bench/compare.js times a keystroke.

/** Two steps (a character typed, then deleted) at each of 25 places of each post's session. */
export function keystrokes(brio, applyDelta, posts) {
  const steps = [];
  for (const doc of posts) {
    const session = new brio.Checker({ platform: doc.platform, locale: doc.locale }).session();
    const state = { report: session.update(doc.text) };
    for (let i = 0; i < 25; i++) {
      let at = Math.floor(((i + 0.5) / 25) * doc.text.length);
      while (at < doc.text.length && doc.text[at] !== ' ') at++;
      steps.push(() => { state.report = applyDelta(state.report, session.edit(at, at, 's')); });
      steps.push(() => { state.report = applyDelta(state.report, session.edit(at, at + 1, '')); });
    }
  }
  return steps;
}
