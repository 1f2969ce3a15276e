// The plugin's settings page (Settings → Brio): the brand profile, the platform and the locale
// are validated the way the checker will load them, by building a Checker from the wasm package
// with them. Its error is the one the CLI prints for the same profile (`brio check --profile`),
// without the file name: the same Rust code parses and checks both. The form is not submitted
// while the profile is invalid; the stored profile is validated again when the page opens, and
// the editor refuses an invalid one on its own (its panels say so), so a profile stored some
// other way cannot switch the checks off silently.

import init, { Checker } from '../../../pkg/brio.js';
import { debounce } from '../../../www/src/editor/debounce.js';

/**
 * The checker's verdict on the settings: null when they load, else the error message.
 * @param {{ Checker: typeof Checker }} wasm
 * @param {{ platform: string, locale: string, profile: string }} settings
 */
export function validate(wasm, { platform, locale, profile }) {
  const options = { platform, locale };
  if (profile.trim()) options.profile = profile;
  try {
    new wasm.Checker(options).free();
    return null;
  } catch (e) {
    return String(e?.message ?? e);
  }
}

function show(status, kind, message) {
  status.className = `notice inline notice-${kind}`;
  status.dataset.state = kind;
  const p = document.createElement('p');
  p.textContent = message;
  status.replaceChildren(p);
  status.hidden = false;
}

async function main() {
  const form = document.getElementById('brio-settings');
  const status = document.getElementById('brio-profile-status');
  if (!form || !status) return;
  const field = (name) => form.elements.namedItem(`brio_settings[${name}]`);
  const read = () => ({ platform: field('platform').value, locale: field('locale').value, profile: field('profile').value });

  let ready = null;
  try {
    await init();
    ready = { Checker };
  } catch (e) {
    show(status, 'warning', `The profile cannot be checked in this browser (${e?.message ?? e}); the editor will check it when it loads.`);
  }

  /** Shows the verdict on the form's settings; returns whether they may be saved. */
  const check = () => {
    if (!ready) return true;
    const error = validate(ready, read());
    if (error) show(status, 'error', error);
    else show(status, 'success', 'The profile is valid.');
    return !error;
  };
  const later = debounce(check, 300);
  form.addEventListener('input', later);
  form.addEventListener('change', later);
  form.addEventListener('submit', (event) => {
    later.cancel();
    if (check()) return;
    event.preventDefault();
    field('profile').focus();
  });
  check();
  form.dataset.brioReady = 'true';
}

main();
