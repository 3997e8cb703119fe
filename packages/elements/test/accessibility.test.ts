// SPDX-License-Identifier: MIT
// One accessibility loop over every element's examples (the same examples the stories show):
// each is rendered, awaited until loaded, and checked with axe at the default width and, where the
// example asks, at a narrow width for reflow.
import { expect, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import '../src/frameworks.js';
import { allExamples } from './all-examples.js';

const groups = await allExamples();

describe('accessibility of every element example (axe)', () => {
  afterEach(async () => {
    await setViewport({ width: 1024, height: 768 });
    localStorage.clear();
  });

  for (const group of groups) {
    describe(`<${group.tag}>`, () => {
      for (const example of group.examples) {
        it(`should pass: ${example.name}`, async () => {
          if (example.width) await setViewport({ width: example.width, height: 800 });
          const host = await fixture<HTMLElement>(example.render());
          const el = host.matches(group.tag) ? host : host.querySelector(group.tag);
          expect(el, `the example renders <${group.tag}>`).to.exist;
          await (el as LitElement).updateComplete;
          expect(el!.shadowRoot!.querySelector('[part="base"]'), 'the element rendered its content').to.exist;
          await expect(el).to.be.accessible();
          if (example.width) expect(document.documentElement.scrollWidth, 'no horizontal scrolling').to.be.at.most(example.width);
        });
      }
    });
  }
});
