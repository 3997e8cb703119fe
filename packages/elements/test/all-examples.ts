// SPDX-License-Identifier: MIT
// Every element's examples, for the shared accessibility loop. One line per element.
import type { ElementExamples } from '../src/internal/examples.js';

export async function allExamples(): Promise<ElementExamples[]> {
  const modules = await Promise.all([
    // import('../src/components/<name>/<name>.examples.js'),
    import('../src/components/action-plan/action-plan.examples.js'),
    import('../src/components/framework-view/framework-view.examples.js'),
    import('../src/components/summary/summary.examples.js'),
    import('../src/components/area-overview/area-overview.examples.js'),
  ]);
  return modules.map((m: { examples: ElementExamples }) => m.examples);
}
