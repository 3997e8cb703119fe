import { DEMO_TERMS, demoEvaluations } from './packages/core/scripts/demo-evaluations.js';
const { aggregateDocument } = await import(process.env.G_AGG ?? './packages/core/src/engine/aggregate.js');
const { bundledCatalogue } = await import(process.env.G_FW ?? './packages/core/src/frameworks/index.js');
const framework = bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!;
const n = Number(process.argv[2] ?? 100000);
const many = demoEvaluations(framework, { settings: Math.ceil(n / 2.42), seed: 11 }).slice(0, n);
aggregateDocument(framework, many.slice(0, 2000), { periods: DEMO_TERMS });
(globalThis as any).gc?.();
const out = [];
for (let i = 0; i < 5; i++) { const c = process.cpuUsage(); const t = performance.now(); aggregateDocument(framework, many, { periods: DEMO_TERMS, key: 'bench' }); const u = process.cpuUsage(c); out.push(`${(performance.now() - t).toFixed(0)}w/${((u.user + u.system) / 1000).toFixed(0)}c`); }
console.log(process.argv[3] ?? '', 'aggregateDocument', many.length, out.join(' '), 'heap MB', (process.memoryUsage().heapUsed / 1048576).toFixed(0));
