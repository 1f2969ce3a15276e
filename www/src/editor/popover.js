// The floating hint card, in a shadow root of its own so the host page's CSS cannot restyle it.

import { CARD_CSS, adopt } from './styles.js';

export class Popover {
  /** @param {ParentNode} [container] where the card goes (default: the body) */
  constructor(container = document.body) {
    this.host = document.createElement('div');
    this.host.setAttribute('data-brio-popover', '');
    this.host.style.cssText = 'position:fixed;left:0;top:0;z-index:2147483001;';
    this.root = this.host.attachShadow({ mode: 'open' });
    adopt(this.root, CARD_CSS);
    adopt(this.root, '.wrap{position:fixed;}.wrap[hidden]{display:none;}');
    this.wrap = document.createElement('div');
    this.wrap.className = 'wrap';
    this.wrap.hidden = true;
    this.wrap.setAttribute('role', 'dialog');
    this.wrap.setAttribute('aria-label', 'Writing hint');
    // The card opens while the focus stays in the editor: a screen reader hears it through this
    // live region (visually hidden, not display:none, which would silence it).
    this.live = document.createElement('div');
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    this.live.style.cssText = 'position:fixed;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;';
    this.root.append(this.wrap, this.live);
    container.append(this.host);
    this.index = -1;
  }

  get visible() {
    return !this.wrap.hidden;
  }

  /** Shows `card` under `rect`; `announce` also reads it out (opened from the keyboard) (flipped above it near the bottom of the window). */
  show(card, rect, index, { announce = false } = {}) {
    this.index = index;
    if (announce) this.announce(card.getAttribute('aria-label') ?? card.textContent);
    this.wrap.replaceChildren(card);
    this.wrap.hidden = false;
    const { width, height } = this.wrap.getBoundingClientRect();
    const left = Math.max(8, Math.min(rect.left, innerWidth - width - 8));
    const below = rect.bottom + 6;
    const top = below + height > innerHeight - 8 ? Math.max(8, rect.top - height - 6) : below;
    this.wrap.style.left = `${left}px`;
    this.wrap.style.top = `${top}px`;
  }

  /** Says `text` to screen readers (the same text twice is said again). */
  announce(text) {
    this.live.textContent = '';
    if (text) queueMicrotask(() => (this.live.textContent = text));
  }

  hide() {
    this.wrap.hidden = true;
    this.wrap.replaceChildren();
    this.index = -1;
  }

  /** Whether `event` happened in the card (events from a shadow root are retargeted: use the path). */
  contains(nodeOrEvent) {
    if (nodeOrEvent instanceof Event) {
      const path = nodeOrEvent.composedPath();
      // Seen from outside a closed shadow tree (the extension's overlay), the path stops at the
      // tree's host: an event there is in the card as far as this listener can tell.
      for (let node = /** @type {Element} */ (this.host); node; node = /** @type {ShadowRoot} */ (node.getRootNode()).host) if (path.includes(node)) return true;
      return false;
    }
    return nodeOrEvent === this.host || this.wrap.contains(nodeOrEvent);
  }

  destroy() {
    this.host.remove();
  }
}
