// Brio in WordPress's block editor: the Gutenberg integration (integrations/gutenberg) over a
// checking worker configured from the plugin's settings, a sidebar listing the hints with their
// fixes, and a pre-publish panel (PluginPrePublishPanel) that holds WordPress's post-saving lock
// while the post may not be published: on an error, and whenever Brio could not check the text
// as it is now. Bundled with every @wordpress/* import mapped to WordPress's own `wp.*` globals
// (integrations/wordpress/webpack.config.js), so the page runs one copy of each.

import { createElement as h, Fragment, useEffect, useState } from '@wordpress/element';
import { dispatch, select, subscribe } from '@wordpress/data';
import { registerPlugin } from '@wordpress/plugins';
import { Notice } from '@wordpress/components';
import * as editPost from '@wordpress/edit-post';
import * as editorPackage from '@wordpress/editor';
import { CheckClient } from '../../../www/src/editor/index.js';
import { BrioSidebar, registerBrio } from '../../gutenberg/index.js';
import { LOCK, allowsPublishing, gateVerdict } from './gate.js';
import { createStatus } from './status.js';

// WordPress 6.6 moved the plugin slots from edit-post to editor; 6.1 has them in edit-post only.
// The newer home first, so that no deprecated alias is touched where both exist.
const slots = (name) => editorPackage[name] ?? editPost[name];
const PluginSidebar = slots('PluginSidebar');
const PluginSidebarMoreMenuItem = slots('PluginSidebarMoreMenuItem');
const PluginPrePublishPanel = slots('PluginPrePublishPanel');

const GATE_LABELS = {
  checking: 'Checking the post…',
  publish: 'Ready to publish',
  review: 'Warnings: review them before publishing',
  block: 'Blocked: fix the errors before publishing',
  unavailable: 'Blocked: Brio could not check this post',
};

/** The settings the plugin's PHP prints before this script: { platform, locale, profile }. */
function settingsOf(source) {
  const s = source && typeof source === 'object' ? source : {};
  const options = { platform: typeof s.platform === 'string' ? s.platform : 'x', locale: typeof s.locale === 'string' ? s.locale : 'auto' };
  if (typeof s.profile === 'string' && s.profile.trim()) options.profile = s.profile;
  return options;
}

function useStatus(status) {
  const [state, setState] = useState(status.get());
  useEffect(() => status.subscribe(setState), [status]);
  return state;
}

/** What keeps Brio from checking, said above the hints and in the gate. */
function StatusNotice({ status }) {
  useStatus(status);
  const problem = status.problem();
  if (!problem) return null;
  return h(Notice, { status: 'error', isDismissible: false, className: 'brio-status' }, h('span', { 'data-brio-status': '' }, problem));
}

function blocksNow() {
  return select('core/block-editor').getBlocks();
}

/**
 * The pre-publish panel's body. Mounted while the pre-publish checks are open: it asks the gate
 * for the post as it is, holds the post-saving lock (which disables WordPress's Publish button)
 * unless the answer allows publishing, and asks again after every edit made meanwhile.
 */
function PrePublishGate({ brio, status }) {
  const [gate, setGate] = useState({ verdict: 'checking', reasons: [] });
  useEffect(() => {
    const editor = dispatch('core/editor');
    let live = true;
    let running = false;
    let again = false;
    let timer = 0;
    const run = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      let answer;
      do {
        again = false;
        answer = await gateVerdict(brio, {
          problem: () => (status.get().profile ? status.problem() : null),
          explain: () => status.problem(),
        });
      } while (again && live);
      running = false;
      if (!live) return;
      setGate(answer);
      if (allowsPublishing(answer)) editor.unlockPostSaving(LOCK);
      else editor.lockPostSaving(LOCK);
    };
    editor.lockPostSaving(LOCK);
    run();
    // An edit while the panel is open makes the answer about older text: lock at once, then
    // ask again after a pause in typing.
    let seen = blocksNow();
    const unsubscribe = subscribe(() => {
      const now = blocksNow();
      if (now === seen) return;
      seen = now;
      editor.lockPostSaving(LOCK);
      setGate({ verdict: 'checking', reasons: [] });
      clearTimeout(timer);
      timer = setTimeout(run, 300);
    });
    return () => {
      live = false;
      clearTimeout(timer);
      unsubscribe();
      editor.unlockPostSaving(LOCK);
    };
  }, [brio, status]);

  return h(
    'div',
    { className: 'brio-gate', 'data-brio-gate': gate.verdict },
    h('p', { className: 'brio-gate-verdict' }, h('strong', null, GATE_LABELS[gate.verdict] ?? GATE_LABELS.unavailable)),
    gate.reason ? h('p', { className: 'brio-gate-reason' }, gate.reason) : null,
    gate.reasons?.length
      ? h(
          'ul',
          { className: 'brio-gate-reasons' },
          gate.reasons.map((r, i) => h('li', { key: `${i}:${r.rule}`, 'data-rule': r.rule }, h('code', null, r.rule), ' ', r.message)),
        )
      : null,
    gate.verdict === 'block' ? h('p', null, 'Open the Brio sidebar to see each error and its fix.') : null,
  );
}

/**
 * Starts Brio in the block editor.
 * @param {{ settings?: object, createWorker?: () => Worker }} [options]
 */
export function startBrio({ settings = window.brioSettings, createWorker } = {}) {
  const status = createStatus();
  const client = new CheckClient({
    ...(createWorker ? { createWorker } : {}),
    onReady: () => status.set({ checker: null }),
    onFatal: (message) => status.set({ checker: message }),
  });
  client.ready.catch((e) => status.set({ checker: String(e?.message ?? e) }));
  // Sent before registerBrio's first check, so the worker is configured when that check
  // arrives; a refused profile leaves the worker without a checker, and the panels say why.
  client.configure(settingsOf(settings)).then(({ error }) => status.set({ profile: error ?? null }));
  const brio = registerBrio({ client });

  // Publishing goes through the pre-publish checks, where the gate is: keep them on.
  const keepChecksOn = () => {
    const editor = select('core/editor');
    if (editor.isPublishSidebarEnabled && !editor.isPublishSidebarEnabled()) dispatch('core/editor').enablePublishSidebar();
  };
  keepChecksOn();
  subscribe(keepChecksOn);

  registerPlugin('brio', {
    icon: 'yes-alt',
    render: () =>
      h(
        Fragment,
        null,
        h(PluginSidebarMoreMenuItem, { target: 'brio-sidebar' }, 'Brio'),
        h(
          PluginSidebar,
          { name: 'brio-sidebar', title: 'Brio', className: 'brio-plugin-sidebar' },
          h(StatusNotice, { status }),
          h(BrioSidebar, { brio }),
        ),
        h(
          PluginPrePublishPanel,
          { title: 'Brio', initialOpen: true, className: 'brio-prepublish' },
          h(PrePublishGate, { brio, status }),
        ),
      ),
  });
  return { brio, client, status };
}

// The test hook and the integrator's handle: the running instance.
window.brio = startBrio();
