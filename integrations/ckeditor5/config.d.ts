// The plugin's configuration (`brio: { client: () => client }`) as a key of CKEditor's
// EditorConfig, the way CKEditor's own plugins declare theirs, so that TypeScript accepts it in
// `ClassicEditor.create(element, { plugins: [Brio], brio: { ... } })`.
import type { CheckOptions, Checks } from '../../www/src/editor/types.js';

export interface BrioConfig {
  /** The checks' client, as a function: CKEditor deep-clones configuration objects. */
  client: (() => Checks) | Checks;
  /** Read at each check: history, reference, contentWarning. */
  checkOptions?: () => CheckOptions;
  /** Milliseconds of quiet before a check. */
  delay?: number;
}

declare module '@ckeditor/ckeditor5-core' {
  interface EditorConfig {
    brio?: BrioConfig;
  }
}
