// Reading <brio-overlay>, whose shadow root is closed: neither the page nor Playwright's
// selectors can enter it. The tests read it from where the extension itself can, its content
// script's isolated world (reached over CDP), with chrome.dom.openOrClosedShadowRoot; clicks are
// real mouse clicks at the positions read there.

const sessions = new WeakMap();

/** The CDP session of `page` and the execution contexts it has seen. */
async function session(page) {
  let s = sessions.get(page);
  if (s) return s;
  const cdp = await page.context().newCDPSession(page);
  const contexts = new Map();
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.set(context.id, context));
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => contexts.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  await cdp.send('Runtime.enable');
  s = { cdp, contexts };
  sessions.set(page, s);
  return s;
}

/** Runs `fn(arg)` (no closure: it is sent as source) in the content script's world of `page`. */
export async function inContentScript(page, fn, arg, { name = 'Brio', timeout = 10_000 } = {}) {
  const { cdp, contexts } = await session(page);
  const until = Date.now() + timeout;
  for (;;) {
    const worlds = [...contexts.values()].filter((c) => c.auxData?.type === 'isolated' && c.name === name);
    const world = worlds[worlds.length - 1];
    if (world) {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression: `(${fn})(${JSON.stringify(arg ?? null)})`,
        contextId: world.id,
        returnByValue: true,
        awaitPromise: true,
      }).catch((e) => ({ exceptionDetails: { text: e.message } }));
      if (!exceptionDetails) return result.value;
      // The page navigated under the call: try the newest world again.
      if (!/context|destroyed|Cannot find/i.test(exceptionDetails.text + (exceptionDetails.exception?.description ?? ''))) {
        throw new Error(`in the content script: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      }
    }
    if (Date.now() > until) throw new Error('no content script world in this page');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Every element matching `selector` in <brio-overlay>'s shadow tree (nested roots included):
 * { text, visible, x, y (its centre), attrs }.
 */
export function overlayQuery(page, selector) {
  return inContentScript(page, (selector) => {
    const host = document.querySelector('brio-overlay');
    if (!host) return [];
    const found = [];
    const walk = (root) => {
      found.push(...root.querySelectorAll(selector));
      for (const el of root.querySelectorAll('*')) {
        const inner = chrome.dom.openOrClosedShadowRoot(el);
        if (inner) walk(inner);
      }
    };
    walk(chrome.dom.openOrClosedShadowRoot(host));
    return found.map((el) => {
      const r = el.getBoundingClientRect();
      const attrs = Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
      return { text: el.textContent, visible: r.width > 0 && r.height > 0 && !el.closest('[hidden]'), x: r.x + r.width / 2, y: r.y + r.height / 2, attrs };
    });
  }, selector);
}

/** A hint card in the overlay, by its rule. */
export class Card {
  constructor(page, rule) {
    this.page = page;
    this.selector = `[data-rule="${rule}"]`;
  }

  async isVisible() {
    return (await overlayQuery(this.page, this.selector)).some((c) => c.visible);
  }

  /** Waits until the card is shown (or hidden, with `state: 'hidden'`). */
  async waitFor({ state = 'visible', timeout = 10_000 } = {}) {
    const until = Date.now() + timeout;
    while ((await this.isVisible()) !== (state === 'visible')) {
      if (Date.now() > until) throw new Error(`card ${this.selector} not ${state}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Clicks its first fix button, with the mouse. */
  async clickFix() {
    const [button] = (await overlayQuery(this.page, `${this.selector} [data-testid="apply-fix"]`)).filter((b) => b.visible);
    if (!button) throw new Error(`no fix button on ${this.selector}`);
    await this.page.mouse.click(button.x, button.y);
  }

  /** The text of its note (a fix refused), once there is one. */
  async note(timeout = 5_000) {
    const until = Date.now() + timeout;
    for (;;) {
      const [note] = await overlayQuery(this.page, `${this.selector} .note`);
      if (note) return note.text;
      if (Date.now() > until) throw new Error(`no note on ${this.selector}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** The card's accessible name and role. */
  async aria() {
    const [card] = await overlayQuery(this.page, this.selector);
    return { role: card?.attrs.role, label: card?.attrs['aria-label'] };
  }
}
