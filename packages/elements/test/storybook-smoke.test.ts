// SPDX-License-Identifier: MIT
// Smoke test of Storybook's static build (stories/storybook-static, made by `npm run build`):
// every story loads in Chromium and its element renders (a failure only where the story shows
// one on purpose); one is checked in detail.
import { expect } from '@open-wc/testing';
import type { ApqEvaluationForm } from '../src/components/evaluation-form/evaluation-form.js';

const BASE = '/stories/storybook-static/';

function waitForElement<E extends Element>(doc: Document, selector: string): Promise<E> {
  const found = doc.querySelector<E>(selector);
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const el = doc.querySelector<E>(selector);
      if (el) {
        observer.disconnect();
        resolve(el);
      }
    });
    observer.observe(doc, { childList: true, subtree: true });
  });
}

/** Every element the stories show; a story renders at least one of them. */
const ELEMENTS = ['apq-evaluation-form', 'apq-summary', 'apq-framework-view', 'apq-action-plan', 'apq-area-overview'] as const;
/** Stories that show a failure on purpose. */
const FAILURE_STORIES = /--(framework-file-missing|not-registered|invalid-file|invalid-evaluation|framework-not-registered|action-for-a-missing-area|invalid-aggregate|raw-evaluations-refused)$/;

async function loadStory<E extends HTMLElement & { updateComplete: Promise<boolean> } = ApqEvaluationForm>(id: string): Promise<{ frame: HTMLIFrameElement; el: E }> {
  const frame = document.createElement('iframe');
  frame.title = id;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${BASE}iframe.html?id=${encodeURIComponent(id)}&viewMode=story`;
  document.body.append(frame);
  await loaded;
  const el = await waitForElement<E>(frame.contentDocument!, ELEMENTS.join(', '));
  await frame.contentWindow!.customElements.whenDefined(el.localName);
  await el.updateComplete;
  return { frame, el };
}

describe('Storybook static build', () => {
  it('should list the stories of every element', async () => {
    const index = (await (await fetch(`${BASE}index.json`)).json()) as { entries: Record<string, { id: string; type: string }> };
    const ids = Object.values(index.entries).filter((e) => e.type === 'story').map((e) => e.id);
    expect(ids).to.include.members(['elements-evaluation-form--empty', 'elements-evaluation-form--suggestion-shown', 'elements-evaluation-form--read-only']);
    expect(ids).to.include.members(['elements-summary--toolkit-complete', 'elements-summary--compared-with-previous', 'elements-framework-view--leicestershire']);
  });

  it('should render the suggestion story with the engine’s suggested judgement', async () => {
    const { frame, el } = await loadStory<ApqEvaluationForm>('elements-evaluation-form--suggestion-shown');
    const root = el.shadowRoot!;
    expect(root.querySelector('.base')!.getAttribute('data-step')).to.equal('area:attendance');
    expect(root.querySelector('[part="suggestion-level"]')!.textContent!.trim()).to.equal('Good');
    frame.remove();
  });

  // One test per element (and one for the journeys), so each stays well inside the test timeout
  // however many stories there are.
  const storyGroups = [...ELEMENTS.map((tag) => ({ name: `<${tag}>`, matches: (id: string) => id.startsWith(`elements-${tag.slice('apq-'.length)}--`) })), { name: 'the journeys', matches: (id: string) => !ELEMENTS.some((tag) => id.startsWith(`elements-${tag.slice('apq-'.length)}--`)) }];
  for (const group of storyGroups) {
    it(`should render every story of ${group.name} without failing`, async () => {
      const index = (await (await fetch(`${BASE}index.json`)).json()) as { entries: Record<string, { id: string; type: string }> };
      const stories = Object.values(index.entries).filter((e) => e.type === 'story' && group.matches(e.id));
      expect(stories.length, `${group.name} has stories`).to.be.greaterThan(0);
      for (const entry of stories) {
        const { frame, el } = await loadStory<HTMLElement & { updateComplete: Promise<boolean> }>(entry.id);
        const base = el.shadowRoot!.querySelector('[part~="base"]');
        expect(base, entry.id).to.exist;
        const error = el.shadowRoot!.querySelector('[part="error"]');
        if (FAILURE_STORIES.test(entry.id)) expect(error, `${entry.id} shows its failure`).to.exist;
        else expect(error, entry.id).to.equal(null);
        frame.remove();
      }
    });
  }
});
