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
 * A check's answer: the report, the text it is about, the worker's time (ms), the
 * pre-publish verdict (`Checker.verdict(report)`), the configuration it was made under
 * (`epoch`), while the newest configuration was refused, why (`profileError`), and whether it
 * was made before the word lists a one-language build fetches apart were in (`provisional`:
 * it may lack hashtag hints; a status with `refresh` follows once they are).
 * @typedef {{ text: string, report: Report, verdict?: Verdict, ms: number, epoch?: number,
 *             profileError?: string, provisional?: true }} CheckResult
 */

/**
 * A check that could not be made: why, and whether the worker crashed (it restarts with the
 * next check).
 * @typedef {{ error: string, crashed?: boolean }} CheckFailure
 */

/**
 * The worker's state; `refresh` (with `ready`) when it can now make better reports than it
 * gave (the word lists came in): a provisional report should be made again.
 * @typedef {{ state: string, message?: string, refresh?: string | true }} WorkerStatus
 */

/**
 * What runs the checks: a `CheckClient`, or any object with the same `check` (the extension's
 * goes over a port). Resolves to null when a newer check superseded this one, to a
 * `CheckFailure` when it could not be made. `edit`, when there is one, answers as `check` does
 * but sends only the change since the last text sent (the session uses it over `check`).
 * `epoch` counts configurations; `watch` calls its listener on each change of the worker's
 * state and returns what stops it.
 * @typedef {{
 *   check(text: string, options?: CheckOptions): Promise<CheckResult | CheckFailure | null>,
 *   edit?(text: string, options?: CheckOptions): Promise<CheckResult | CheckFailure | null>,
 *   epoch?: number,
 *   watch?: (fn: (status: WorkerStatus) => void) => () => void,
 * }} Checks
 */

/**
 * The pre-publish gate's answer: the core's verdict on exactly the current text, whole, or
 * `unavailable` with the reason when none could be had. Never `publish` by default.
 * @typedef {Verdict | { verdict: 'unavailable', reason: string, reasons: [] }} GateVerdict
 */

/**
 * A problem the writer must see (the panel and the card say so, and what to do).
 * @typedef {{ kind: 'crashed' | 'profile' | 'failed', message: string, advice: string }} Problem
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
 *   verdict(): Promise<GateVerdict>,
 *   hints(): Diagnostic[],
 *   session: Session,
 *   clear(): void,
 *   readonly last: CheckResult | null,
 *   destroy(): void,
 * }} Attached
 */

/**
 * The session core (www/src/editor/session.js) under `attach()` and every plugin: the newest
 * report about the editor's text, and what the adapter and the integrator call.
 * @typedef {{
 *   changed(view?: { text: string }): void,
 *   redraw(): void,
 *   selectionChanged(): void,
 *   check(): Promise<CheckResult | null>,
 *   refresh(): void,
 *   cancel(): void,
 *   readonly last: CheckResult | null,
 *   state(): SessionState | null,
 *   readonly problem: Problem | null,
 *   fresh(): boolean,
 *   hints(): Diagnostic[],
 *   forget(): void,
 *   fix(suggestion: Suggestion): FixResult | Promise<FixResult>,
 *   verdict(): Promise<GateVerdict>,
 *   subscribe(fn: (state: SessionState | null) => void): () => void,
 *   destroy(): void,
 * }} Session
 */

/**
 * What a session tells its subscribers after each report or problem: `fresh` when the report
 * is about the editor's text as it is now; `verdict` the one to show (`unavailable` while a
 * problem stands).
 * @typedef {{ text: string, report: Report, verdict: GateVerdict | null, fresh: boolean, problem: Problem | null }
 *   | { text: null, report: null, verdict: null, fresh: false, problem: Problem }} SessionState
 */

/**
 * What every CMS plugin hands its integrator: `fix` a suggestion of the newest report, the
 * pre-publish gate `verdict`, the current `hints`, `check` now, and the `session` itself.
 * @typedef {{
 *   fix(suggestion: Suggestion): FixResult | Promise<FixResult>,
 *   verdict(): Promise<GateVerdict>,
 *   hints(): Diagnostic[],
 *   check(): Promise<CheckResult | null>,
 *   session: Session,
 * }} BrioApi
 */

export {};
