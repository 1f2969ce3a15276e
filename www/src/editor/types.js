// The types shared by the editor layer and the CMS plugins, for their JSDoc and for the .d.ts
// files the npm package ships (`make npm`). Type definitions only: nothing imports this module
// at run time. The report's own types are the wasm package's (pkg/brio.d.ts, from src/wasm.rs).

/** @typedef {import('../../../pkg/brio.js').Report} Report */
/** @typedef {import('../../../pkg/brio.js').Diagnostic} Diagnostic */
/** @typedef {import('../../../pkg/brio.js').Suggestion} Suggestion */
/** @typedef {import('../../../pkg/brio.js').Severity} Severity */
/** @typedef {import('../../../pkg/brio.js').Verdict} Verdict */
/** @typedef {import('../../../pkg/brio.js').CheckOptions} CheckOptions */
/** @typedef {import('../../../pkg/brio.js').CheckerOptions} CheckerOptions */

/**
 * A check's answer: the report, the text it is about, the worker's time (ms) and the
 * pre-publish verdict (`Checker.verdict(report)`).
 * @typedef {{ text: string, report: Report, verdict?: Verdict, ms: number }} CheckResult
 */

/**
 * What runs the checks: a `CheckClient`, or any object with the same `check` (the extension's
 * goes over a port). Resolves to null when a newer check superseded this one.
 * @typedef {{ check(text: string, options?: CheckOptions): Promise<CheckResult | null> }} Checks
 */

/** @typedef {{ ok: boolean, reason?: string }} FixResult */

/**
 * What every CMS plugin takes: the client, the options read at each check (history,
 * reference, contentWarning), the pause before a check (ms), and a listener of reports.
 * @typedef {{
 *   client: Checks,
 *   checkOptions?: () => CheckOptions,
 *   delay?: number,
 *   onUpdate?: (state: SessionState) => void,
 * }} PluginOptions
 */

/**
 * A diagnostic to draw: [start, end) in the checked text, its severity, whether it is the
 * part over the platform's limit, and its index in the report's diagnostics.
 * @typedef {{ start: number, end: number, severity: Severity, overflow: boolean, index: number }} Mark
 */

/**
 * What `attach()` returns: `check` now, `refresh` (check after the pause, as typing does),
 * `applyFix` a suggestion of the newest report (a promise when a `fix` hook gives one),
 * `clear` the hints, the `last` report, `destroy`.
 * @typedef {{
 *   check(): Promise<CheckResult | null>,
 *   refresh(): void,
 *   applyFix(suggestion: Suggestion): FixResult | Promise<FixResult>,
 *   clear(): void,
 *   readonly last: CheckResult | null,
 *   destroy(): void,
 * }} Attached
 */

/**
 * A plugin's session (integrations/core/session.js): the newest report about the editor's
 * text, and what the plugin and the integrator call.
 * @typedef {{
 *   changed(): void,
 *   selectionChanged(): void,
 *   check(): Promise<CheckResult | null>,
 *   readonly last: CheckResult | null,
 *   fresh(): boolean,
 *   hints(): Diagnostic[],
 *   fix(suggestion: Suggestion): FixResult,
 *   verdict(): Promise<Verdict>,
 *   subscribe(fn: (state: SessionState) => void): () => void,
 *   destroy(): void,
 * }} Session
 */

/**
 * What a session tells its subscribers after each report: `fresh` when the report is about
 * the editor's text as it is now.
 * @typedef {{ text: string, report: Report, verdict: Verdict, fresh: boolean }} SessionState
 */

/**
 * What every CMS plugin hands its integrator: `fix` a suggestion of the newest report, the
 * pre-publish gate `verdict`, the current `hints`, `check` now, and the `session` itself.
 * @typedef {{
 *   fix(suggestion: Suggestion): FixResult,
 *   verdict(): Promise<Verdict>,
 *   hints(): Diagnostic[],
 *   check(): Promise<CheckResult | null>,
 *   session: Session,
 * }} BrioApi
 */

export {};
