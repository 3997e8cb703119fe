// SPDX-License-Identifier: MIT
// Smoke test of Storybook's static build (stories/storybook-static, made by `npm run build`):
// every story loads in Chromium and its element renders; one is checked in detail.
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

async function loadStory(id: string): Promise<{ frame: HTMLIFrameElement; el: ApqEvaluationForm }> {
  const frame = document.createElement('iframe');
  frame.title = id;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${BASE}iframe.html?id=${encodeURIComponent(id)}&viewMode=story`;
  document.body.append(frame);
  await loaded;
  const el = await waitForElement<ApqEvaluationForm>(frame.contentDocument!, 'apq-evaluation-form');
  await frame.contentWindow!.customElements.whenDefined('apq-evaluation-form');
  await el.updateComplete;
  return { frame, el };
}

describe('Storybook static build', () => {
  it('should list the stories of <apq-evaluation-form>', async () => {
    const index = (await (await fetch(`${BASE}index.json`)).json()) as { entries: Record<string, { id: string; type: string }> };
    const ids = Object.values(index.entries).filter((e) => e.type === 'story').map((e) => e.id);
    expect(ids).to.include.members(['elements-evaluation-form--empty', 'elements-evaluation-form--suggestion-shown', 'elements-evaluation-form--read-only']);
  });

  it('should render the suggestion story with the engine’s suggested judgement', async () => {
    const { frame, el } = await loadStory('elements-evaluation-form--suggestion-shown');
    const root = el.shadowRoot!;
    expect(root.querySelector('.base')!.getAttribute('data-step')).to.equal('area:attendance');
    expect(root.querySelector('[part="suggestion-level"]')!.textContent!.trim()).to.equal('Good');
    frame.remove();
  });

  it('should render every story without failing', async () => {
    const index = (await (await fetch(`${BASE}index.json`)).json()) as { entries: Record<string, { id: string; type: string }> };
    for (const entry of Object.values(index.entries).filter((e) => e.type === 'story')) {
      const { frame, el } = await loadStory(entry.id);
      const base = el.shadowRoot!.querySelector('.base');
      expect(base, entry.id).to.exist;
      if (!entry.id.endsWith('--framework-file-missing')) expect(el.shadowRoot!.querySelector('[part="error"]'), entry.id).to.equal(null);
      frame.remove();
    }
  });
});
