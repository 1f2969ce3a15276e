// An integrator's TypeScript over every public entry of the package: it must compile against the
// shipped .d.ts (the types describe the API), and each `@ts-expect-error` line must fail to
// (the types are precise, not `any`: a misuse is caught).
import init, { Checker, type Diagnostic, type Report, type Verdict } from 'brio';
import { CheckClient, attach, renderCard, type GateVerdict } from 'brio/editor';
import { mountPanel } from 'brio/panel';
import { Brio as CkBrio, type BrioConfig } from 'brio/ckeditor5';
import { registerBrio as registerTinymce } from 'brio/tinymce';
import { Brio as TiptapBrio } from 'brio/tiptap';
import { createBrio } from 'brio/prosemirror';
import { BrioModule, registerBrio as registerQuill } from 'brio/quill';
import { registerBrio as registerLexical } from 'brio/lexical';
import { BrioSidebar, STORE, registerBrio as registerGutenberg, withoutHints } from 'brio/gutenberg';
import { ClassicEditor, Essentials, Paragraph } from 'ckeditor5';
import tinymce from 'tinymce';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { schema } from 'prosemirror-schema-basic';
import Quill from 'quill';
import { createEditor } from 'lexical';
import { createElement } from '@wordpress/element';

export async function wasm(): Promise<Verdict> {
  await init();
  const checker = new Checker({ platform: 'linkedin', locale: 'fr' });
  const report: Report = checker.check('Nous sommes ravis !!!', { caret: 3 });
  const first: Diagnostic | undefined = report.diagnostics[0];
  if (first?.suggestions[0]) checker.applyFix('Nous sommes ravis !!!', first.suggestions[0]);
  // @ts-expect-error: no such platform option type
  new Checker({ platform: 42 });
  return checker.verdict(report);
}

export async function editorLayer(textarea: HTMLTextAreaElement): Promise<number> {
  const client = new CheckClient();
  const configured = await client.configure({ platform: 'x', locale: 'auto' });
  if (configured.error) return -1;
  // @ts-expect-error: a platform is named by a string
  await client.configure({ platform: 42 });
  const learned = await client.learn(['First post', { text: 'Second post' }]);
  if (learned.result) await client.configure({ profile: learned.result.profile });
  const result = await client.check('Hello', { caret: 5 });
  // @ts-expect-error: a check may have failed (a crashed worker): narrow before reading the report
  void result?.report;
  const count: number = result && 'report' in result ? result.report.diagnostics.length : 0;
  const editor = attach(textarea, { client, delay: 100, onReport: ({ report }) => report.diagnostics.length });
  const last = editor.last;
  if (last) {
    const suggestion = last.report.diagnostics[0].suggestions[0];
    const fixed = await editor.applyFix(suggestion);
    const ok: boolean = fixed.ok;
    document.body.append(renderCard(last.report.diagnostics[0], { text: last.text }));
    if (!ok) return 0;
  }
  // @ts-expect-error: attach needs a client
  attach(textarea, { delay: 100 });
  // @ts-expect-error: a fix takes a suggestion, not its replacement
  editor.applyFix('!');
  editor.destroy();
  return count;
}

export async function ckeditor5(element: HTMLElement, client: CheckClient): Promise<GateVerdict> {
  const config: BrioConfig = { client: () => client };
  const editor = await ClassicEditor.create(element, { licenseKey: 'GPL', plugins: [Essentials, Paragraph, CkBrio], brio: config });
  const brio = editor.plugins.get(CkBrio);
  mountPanel(element, brio.session);
  const hints: Diagnostic[] = brio.hints();
  // @ts-expect-error: the gate answers a verdict, not a string
  const wrong: string = await brio.verdict();
  void hints, wrong;
  const gate = await brio.verdict();
  // The gate fails safe: 'unavailable' (with the reason) when it could not check the text.
  if (gate.verdict === 'unavailable') console.warn(gate.reason);
  // @ts-expect-error: only an unavailable gate has a reason
  void (gate.verdict === 'block' && gate.reason);
  return gate;
}

export async function tinymceEditor(target: HTMLElement, client: CheckClient): Promise<void> {
  registerTinymce(tinymce);
  await tinymce.init({ target, license_key: 'gpl', plugins: 'brio', brio: { client } } as Parameters<typeof tinymce.init>[0]);
}

export async function tiptap(element: HTMLElement, client: CheckClient): Promise<GateVerdict> {
  const editor = new Editor({ element, extensions: [StarterKit, TiptapBrio.configure({ client, delay: 100 })] });
  // @ts-expect-error: the delay is a number of milliseconds
  TiptapBrio.configure({ delay: 'soon' });
  return editor.storage.brio.verdict();
}

export async function prosemirror(element: HTMLElement, client: CheckClient): Promise<GateVerdict> {
  const brio = createBrio({ client });
  // @ts-expect-error: a plugin needs a client
  createBrio({ delay: 100 });
  new EditorView(element, { state: EditorState.create({ schema, plugins: [brio.plugin] }) });
  const fixed = await brio.fix(brio.hints()[0].suggestions[0]);
  if (!fixed.ok) console.warn(fixed.reason);
  return brio.verdict();
}

export async function quill(element: HTMLElement, client: CheckClient): Promise<GateVerdict> {
  registerQuill(Quill);
  const q = new Quill(element, { theme: 'snow', modules: { brio: { client } } });
  const brio = q.getModule('brio') as BrioModule;
  // @ts-expect-error: a fix takes a suggestion of the report
  brio.fix({ replacement: '!' });
  return brio.verdict();
}

export async function lexical(element: HTMLElement, client: CheckClient): Promise<GateVerdict> {
  const editor = createEditor({ namespace: 'post', onError: (e) => console.error(e) });
  editor.setRootElement(element);
  const brio = registerLexical(editor, { client, onUpdate: (state) => state?.verdict?.reasons.length });
  // @ts-expect-error: the delay is a number of milliseconds
  registerLexical(editor, { client, delay: 'soon' });
  const verdict = await brio.verdict();
  brio.unregister();
  return verdict;
}

export async function gutenberg(client: CheckClient): Promise<GateVerdict> {
  const brio = registerGutenberg({ client, blockStore: 'core/block-editor' });
  createElement(BrioSidebar, { brio });
  const store: string = STORE;
  void store, withoutHints;
  // @ts-expect-error: the client is required
  registerGutenberg({ blockStore: 'core/block-editor' });
  return brio.verdict();
}
