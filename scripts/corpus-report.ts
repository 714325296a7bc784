/**
 * Held-out accuracy: the corpus test's recipe (every perturbation alone in every layout, plus
 * random mixes) on seeds the test never uses, so the figure is not the one the extractor was
 * tuned on. `node dist/scripts/corpus-report.js [--per-layout N] [--mixed N] [--seed S]`
 */
import { parseArgs } from 'node:util';
import { extractDocument } from '../pipeline/extract-document.js';
import { generateDocument } from './generate/generate-document.js';
import { PERTURBATIONS, randomPerturbations, type Perturbation } from './generate/perturbations.js';
import { LAYOUTS } from './generate/layouts.js';
import { mulberry32 } from './generate/prng.js';
import { FIELDS, formatAccuracy, formatMismatches, scoreCorpus, scoreDocument } from './generate/score.js';

const { values } = parseArgs({ options: { 'per-layout': { type: 'string', default: '10' }, mixed: { type: 'string', default: '200' }, seed: { type: 'string', default: '900000' }, mismatches: { type: 'string', default: '0' } } });
const perLayout = Number(values['per-layout']);
const base = Number(values.seed);
const scores = [];
const classes: Array<readonly Perturbation[]> = [[], ...PERTURBATIONS.map((p) => [p] as const)];
let n = 0;
for (const [c, perturbations] of classes.entries()) {
  for (const [l, layout] of LAYOUTS.entries()) {
    for (let k = 0; k < perLayout; k++) {
      const d = generateDocument(base + 1000 * c + 100 * l + k, { layout, perturbations });
      scores.push(scoreDocument(d, await extractDocument(d.bytes, { file: d.file })));
      n++;
    }
  }
}
for (let k = 0; k < Number(values.mixed); k++) {
  const seed = base + 500_000 + k;
  const rng = mulberry32(seed);
  let mix = randomPerturbations(rng, 5);
  while (mix.length < 2) mix = randomPerturbations(rng, 5);
  const d = generateDocument(seed, { layout: LAYOUTS[k % LAYOUTS.length]!, perturbations: mix });
  scores.push(scoreDocument(d, await extractDocument(d.bytes, { file: d.file })));
  n++;
}
const score = scoreCorpus(scores);
console.log(`${n} generated documents (held-out seeds from ${base})\n`);
console.log(formatAccuracy({ all: score.byField, ...score.byLayout }, FIELDS));
console.log();
const core = FIELDS.filter((f) => f.startsWith('indicator.') || f.startsWith('funds.item') || f === 'table.total.score');
console.log(formatAccuracy(score.byClass, core));
const m = Number(values.mismatches);
if (m > 0) console.log('\n' + formatMismatches(score.mismatches, m));
