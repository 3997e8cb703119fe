import { DEMO_TERMS, demoEvaluations } from './packages/core/scripts/demo-evaluations.js';
import { aggregateDocument } from './packages/core/src/engine/aggregate.js';
import { bundledCatalogue } from './packages/core/src/frameworks/index.js';
const framework = bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!;
const n = Number(process.argv[2] ?? 100000);
const many = demoEvaluations(framework, { settings: Math.ceil(n / 2.42), seed: 11 }).slice(0, n);
aggregateDocument(framework, many.slice(0, 2000), { periods: DEMO_TERMS });
const times = [];
for (let i = 0; i < 3; i++) { const t = performance.now(); aggregateDocument(framework, many, { periods: DEMO_TERMS, key: 'bench' }); times.push(performance.now() - t); }
console.log('aggregateDocument', many.length, times.map((t) => t.toFixed(0)).join(' '));
console.log('heap MB', (process.memoryUsage().heapUsed / 1048576).toFixed(0));
