// The floating hint card, in a shadow root of its own so the host page's CSS cannot restyle it.

import { CARD_CSS, adopt } from './styles.js';

export class Popover {
  /** @param {Node} [container] where the card goes (default: the body) */
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
    this.root.append(this.wrap);
    container.append(this.host);
    this.index = -1;
  }

  get visible() {
    return !this.wrap.hidden;
  }

  /** Shows `card` under `rect` (flipped above it near the bottom of the window). */
  show(card, rect, index) {
    this.index = index;
    this.wrap.replaceChildren(card);
    this.wrap.hidden = false;
    const { width, height } = this.wrap.getBoundingClientRect();
    const left = Math.max(8, Math.min(rect.left, innerWidth - width - 8));
    const below = rect.bottom + 6;
    const top = below + height > innerHeight - 8 ? Math.max(8, rect.top - height - 6) : below;
    this.wrap.style.left = `${left}px`;
    this.wrap.style.top = `${top}px`;
  }

  hide() {
    this.wrap.hidden = true;
    this.wrap.replaceChildren();
    this.index = -1;
  }

  /** Whether `event` happened in the card (events from a shadow root are retargeted: use the path). */
  contains(nodeOrEvent) {
    if (nodeOrEvent instanceof Event) return nodeOrEvent.composedPath().includes(this.host);
    return nodeOrEvent === this.host || this.wrap.contains(nodeOrEvent);
  }

  destroy() {
    this.host.remove();
  }
}
