// Where the focus really is. `document.activeElement` stops at a shadow host: a composer inside
// an open shadow root (LinkedIn renders its share box in one) is only seen from that root.

/**
 * The focused element, followed down through open shadow roots.
 * @param {Document | ShadowRoot} root
 * @returns {Element | null}
 */
export function deepActiveElement(root = document) {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
