// Fields that ask writing assistants to stay away: Grammarly's attributes, which pages already
// set on code editors, password-like fields and payment forms, and Brio's own data-brio="off".
// The attribute counts on the field or any of its ancestors.
const OPT_OUT = [
  '[data-brio="off"]',
  '[data-enable-grammarly="false"]',
  '[data-gramm="false"]',
  '[data-gramm_editor="false"]',
].join(', ');

export function optedOut(element) {
  return Boolean(element.closest(OPT_OUT));
}
