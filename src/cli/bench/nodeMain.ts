/** The Node measurements in a process of their own (a fresh heap, nothing else running in it). */
import { classifierFigures } from './node.ts';

const texts = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 3);
const r = classifierFigures({ texts, runs, adversarial: !process.argv.includes('--no-adversarial'), log: (s) => process.stderr.write(`[bench] ${s}\n`) });
process.stdout.write(JSON.stringify(r, (_, v) => (v === Infinity ? null : v)));
