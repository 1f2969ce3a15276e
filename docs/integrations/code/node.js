import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { initSync, Checker } from 'brio';

// Node (20 or later) has no fetch of a file: URL, so the .wasm is read and handed over.
initSync({ module: readFileSync(fileURLToPath(import.meta.resolve('brio/brio_bg.wasm'))) });

const checker = new Checker({ platform: 'x', locale: 'en' });
const report = checker.check('We are thrilled to announce our launch!!!');
for (const d of report.diagnostics) console.log(d.rule, d.message);
console.log(checker.verdict(report).verdict);
