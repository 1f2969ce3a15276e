// The profile editor: TOML or JSON, validated live by building a Checker with it. A valid
// profile is used at once; an invalid one shows the checker's own message (line, column, key)
// and the last valid profile stays in use.
import { debounce } from '../editor/debounce.js';

export const SAMPLE_PROFILE = `# Acme's tone of voice. Edit me: hints follow at once.
name = "Acme"

[voice]
address = "vous"          # tu | vous | any
max_exclamations = 1
max_emoji = 3

[[terms]]
use = "collaborateurs"
instead_of = ["salariés", "employés"]

[hashtags]
banned = ["#ad"]
required = ["#AcmeLive"]

[[stakeholders]]
name = "Bpifrance"
handles = { x = "@Bpifrance", linkedin = "@Bpifrance" }
`;

/**
 * @param {{ textarea: HTMLTextAreaElement, status: HTMLElement }} els
 * @param {(source: string | undefined) => Promise<{ error?: string }>} tryProfile
 */
export function profileEditor({ textarea, status }, tryProfile) {
  const show = (error, source) => {
    textarea.classList.toggle('invalid', Boolean(error));
    status.className = `profile-status ${error ? 'error' : 'ok'}`;
    if (error) status.textContent = `${error}\nThe last valid profile stays in use.`;
    else status.textContent = source ? '✓ Profile valid and in use.' : 'No profile: the built-in defaults apply.';
  };
  const validate = async () => {
    const source = textarea.value.trim() ? textarea.value : undefined;
    const { error } = await tryProfile(source);
    show(error, source);
  };
  textarea.addEventListener('input', debounce(validate, 300));
  return { validate };
}
