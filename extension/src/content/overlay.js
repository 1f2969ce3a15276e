// The extension's one element in the page: <brio-overlay>. Everything Brio shows (underlines
// over textareas, hint cards, the length meter, a crash notice) lives in its CLOSED shadow root:
// the host page's CSS cannot restyle it, and the page's scripts cannot read it (the cards quote
// the draft, the profile's custom messages and stakeholder names). In the unpacked build the
// tests load, `data-hints` on the element counts the hints shown for the focused composer and
// `data-problem` repeats the failure shown, if any; the store build has no such attributes.
import { adopt } from '../../../www/src/editor/styles.js';

const CSS = `
:host { all: initial; }
.meter { position: fixed; z-index: 1; font: 600 11px/1 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  padding: 3px 7px; border-radius: 999px; background: rgba(255,255,255,.92); color: #374151;
  border: 1px solid #d1d5db; pointer-events: none; font-variant-numeric: tabular-nums; white-space: nowrap; }
.meter[hidden] { display: none; }
.meter[data-state="near"] { color: #92400e; border-color: #f59e0b; }
.meter[data-state="over"] { color: #fff; background: #d92d20; border-color: #d92d20; }
.problem { position: fixed; z-index: 1; font: 12px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  padding: 4px 8px; border-radius: 6px; background: #fef3f2; color: #912018; border: 1px solid #fda29b; max-width: 360px; }
.problem[hidden] { display: none; }
.sr { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

export class Overlay {
  constructor() {
    this.host = document.createElement('brio-overlay');
    // Fixed and zero-sized: it takes no room in the page, and its fixed-position children are
    // placed against the viewport (no transform or containment on the host).
    this.host.style.cssText =
      'all:initial;position:fixed;left:0;top:0;width:0;height:0;z-index:2147483647;display:block;';
    if (BRIO_TEST_HOOKS) this.host.setAttribute('data-hints', '0');
    this.root = this.host.attachShadow({ mode: 'closed' });
    adopt(this.root, CSS);
    this.layer = document.createElement('div'); // the editor layer's overlays and cards go here
    this.meter = document.createElement('div');
    this.meter.className = 'meter';
    this.meter.hidden = true;
    this.meter.setAttribute('role', 'status');
    // The number of hints, said to screen readers when it changes (the focus stays in the editor).
    this.count = document.createElement('div');
    this.count.className = 'sr';
    this.count.setAttribute('role', 'status');
    this.count.setAttribute('aria-live', 'polite');
    this.hints = 0;
    // A check that failed (the checker crashed and restarts, a report too large): said, not hidden.
    this.problem = document.createElement('div');
    this.problem.className = 'problem';
    this.problem.hidden = true;
    this.problem.setAttribute('role', 'alert');
    this.root.append(this.layer, this.meter, this.count, this.problem);
    this.ensure();
  }

  /** Puts the element back if the page removed it (single-page apps rebuild their DOM). */
  ensure() {
    if (!this.host.isConnected) document.documentElement.append(this.host);
  }

  setHints(count) {
    if (BRIO_TEST_HOOKS) this.host.setAttribute('data-hints', String(count));
    if (count === this.hints) return;
    this.hints = count;
    this.count.textContent = count ? `Brio: ${count} writing hint${count > 1 ? 's' : ''}. Alt+H reads the one at the caret.` : '';
  }

  /**
   * Shows `length` ({ used, limit, unit }) by `element`'s bottom right corner.
   * @param {Element | null} element
   */
  showMeter(element, length) {
    if (!element || !length || !element.isConnected) {
      this.meter.hidden = true;
      return;
    }
    const { used, limit, unit } = length;
    this.meter.textContent = `${used} / ${limit}`;
    this.meter.title = `${used} of ${limit} ${unit === 'weighted' ? 'weighted characters' : unit}, as the platform counts`;
    this.meter.dataset.state = used > limit ? 'over' : used > limit * 0.9 ? 'near' : 'ok';
    this.meter.hidden = false;
    this.place(element);
  }

  /**
   * Shows `message` by `element` (null: hides it). A new report clears it.
   * @param {Element | null} element
   */
  showProblem(element, message) {
    this.problem.hidden = !message;
    this.problem.textContent = message ? `Brio: ${message}` : '';
    if (BRIO_TEST_HOOKS) this.host.toggleAttribute('data-problem', Boolean(message));
    if (BRIO_TEST_HOOKS && message) this.host.setAttribute('data-problem', message);
    if (!message || !element?.isConnected) return;
    const r = element.getBoundingClientRect();
    this.problem.style.left = `${Math.max(4, r.left)}px`;
    this.problem.style.top = `${Math.max(4, r.top - 30)}px`;
  }

  /** Keeps the meter just under the composer's right corner, or over it near the window's bottom. */
  place(element) {
    if (this.meter.hidden || !element?.isConnected) return;
    const r = element.getBoundingClientRect();
    const m = this.meter.getBoundingClientRect();
    const left = Math.max(4, Math.min(r.right - m.width, innerWidth - m.width - 4));
    const below = r.bottom + 4;
    const top = below + m.height > innerHeight - 4 ? Math.max(4, r.top - m.height - 4) : below;
    this.meter.style.left = `${left}px`;
    this.meter.style.top = `${top}px`;
  }

  destroy() {
    this.host.remove();
  }
}
