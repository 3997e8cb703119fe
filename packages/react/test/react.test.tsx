// SPDX-License-Identifier: MIT
// React 19 renders the wrapped elements in Chromium: props reach the element as properties, the
// person's submit reaches onApqSubmit with the typed evaluation, changes reach onApqChange, and every
// element of @ap-quality/elements has its component.
import { type Evaluation, type Framework, init, withJudgement, withSetting } from '@ap-quality/core';
import { findFramework, memoryDraftStorage } from '@ap-quality/elements';
import '@ap-quality/elements/frameworks.js';
import { expect } from '@open-wc/testing';
import { act } from 'react';
import { type Root, createRoot } from 'react-dom/client';
import * as wrappers from '../src/index.js';
import { ApqEvaluationForm, ApqFrameworkView, ApqSummary, type ApqSubmitEvent, WRAPPED_TAGS, callbackName } from '../src/index.js';

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const LEICS: Framework = findFramework('leicestershire-bp-qa', '1.0.0')!;

/** A Leicestershire evaluation complete enough to submit (every written area judged), made with core's own editing functions. */
function complete(): Evaluation {
  const now = new Date('2027-01-01T09:00:00Z');
  let evaluation = withSetting({ ...init(LEICS), id: 'react-test' }, 'name', 'Fernhill Behaviour Partnership', now);
  for (const area of LEICS.categories.flatMap((c) => c.areas).filter((a) => a.status === 'complete')) {
    evaluation = withJudgement(evaluation, area.id, { level: 'good' }, now);
  }
  return evaluation;
}

type Upgraded = HTMLElement & { updateComplete: Promise<boolean> };

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

async function render(node: React.ReactNode): Promise<void> {
  await act(async () => root.render(node));
}

async function element<T extends Upgraded>(tag: string): Promise<T> {
  const el = container.querySelector(tag) as T | null;
  expect(el, `<${tag}> rendered`).to.exist;
  await el!.updateComplete;
  return el!;
}

function buttonNamed(el: HTMLElement, name: string): HTMLButtonElement {
  const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
  expect(button, `a button "${name}"`).to.exist;
  return button!;
}

describe('@ap-quality/react', () => {
  it('should render the form with its props set as properties, and say when it is ready', async () => {
    const ready: Array<{ id: string; version: string }> = [];
    const storage = memoryDraftStorage();
    await render(<ApqEvaluationForm frameworkId="leicestershire-bp-qa" version="1.0.0" storage={storage} onApqReady={(e) => ready.push(e.detail.framework)} />);
    const el = await element<Upgraded & { frameworkId?: string; storage: unknown }>('apq-evaluation-form');
    expect(el.frameworkId).to.equal('leicestershire-bp-qa');
    expect(el.storage).to.equal(storage);
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('About this evaluation');
    expect(ready).to.deep.equal([{ id: 'leicestershire-bp-qa', version: '1.0.0' }]);
  });

  it('should call onApqSubmit with the submitted evaluation when the person submits', async () => {
    const submitted: Evaluation[] = [];
    const onSubmit = (event: ApqSubmitEvent) => {
      // The detail is typed: a status the evaluation cannot have would not compile.
      const status: 'draft' | 'submitted' = event.detail.evaluation.status;
      expect(status).to.equal('submitted');
      submitted.push(event.detail.evaluation);
    };
    await render(<ApqEvaluationForm framework={LEICS} evaluation={complete()} storage={memoryDraftStorage()} onApqSubmit={onSubmit} />);
    const el = await element<Upgraded>('apq-evaluation-form');
    buttonNamed(el, 'Check your answers').click();
    await el.updateComplete;
    buttonNamed(el, 'Submit evaluation').click();
    await el.updateComplete;
    expect(submitted).to.have.length(1);
    expect(submitted[0]!.id).to.equal('react-test');
    expect(submitted[0]!.submittedAt).to.be.a('string');
    expect(el.shadowRoot!.querySelector('[part="panel"]')!.textContent).to.contain('has been submitted');
  });

  it('should call the newest onApqChange after a re-render, with the field the person changed', async () => {
    const calls: string[] = [];
    const props = { frameworkId: 'leicestershire-bp-qa', version: '1.0.0', storage: memoryDraftStorage() };
    await render(<ApqEvaluationForm {...props} onApqChange={() => calls.push('first')} />);
    await render(<ApqEvaluationForm {...props} onApqChange={(e) => calls.push(`second: ${e.detail.field} = ${e.detail.evaluation.setting.name}`)} />);
    const el = await element<Upgraded>('apq-evaluation-form');
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="setting.name"]')!;
    input.value = 'Hilltop';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(calls).to.deep.equal(['second: setting.name = Hilltop']);
  });

  it('should pass a new evaluation prop on to the element', async () => {
    const storage = memoryDraftStorage();
    await render(<ApqEvaluationForm framework={LEICS} evaluation={complete()} storage={storage} />);
    const el = await element<Upgraded & { evaluation?: Evaluation }>('apq-evaluation-form');
    const renamed = withSetting(complete(), 'name', 'Renamed by React', new Date());
    await render(<ApqEvaluationForm framework={LEICS} evaluation={renamed} storage={storage} />);
    await el.updateComplete;
    expect(el.evaluation!.setting.name).to.equal('Renamed by React');
  });

  it('should render the framework view and the summary, each reporting ready', async () => {
    const ready: string[] = [];
    await render(
      <>
        <ApqFrameworkView frameworkId="leicestershire-bp-qa" version="1.0.0" onApqReady={() => ready.push('framework-view')} />
        <ApqSummary evaluation={complete()} onApqReady={() => ready.push('summary')} onApqError={(e) => ready.push(`summary error: ${e.detail.message}`)} />
      </>,
    );
    await element('apq-framework-view');
    await element('apq-summary');
    expect(ready.sort()).to.deep.equal(['framework-view', 'summary']);
  });

  it('should have a component, under the class’s name, for every element it wraps', async () => {
    // Every export of the package, so an element added to WRAPPED_TAGS without its component fails here.
    const components = wrappers as unknown as Record<string, { displayName?: string } | undefined>;
    for (const tag of WRAPPED_TAGS) {
      const ElementClass = customElements.get(tag);
      expect(ElementClass, `<${tag}> is registered by importing @ap-quality/react`).to.exist;
      const component = components[ElementClass!.name];
      expect(component, `a component ${ElementClass!.name} for <${tag}>`).to.exist;
      expect(component!.displayName).to.equal(ElementClass!.name);
    }
    expect(callbackName('apq-submit')).to.equal('onApqSubmit');
  });

  it('should reject callbacks of the wrong type at compile time', () => {
    // Checked by tsc (npm test runs it first): each line fails to compile without its directive.
    // @ts-expect-error onApqSubmit's event carries an evaluation, not a number
    const wrongDetail = <ApqEvaluationForm onApqSubmit={(e: CustomEvent<number>) => e.detail + 1} />;
    // @ts-expect-error the framework view fires no apq-submit
    const noSuchEvent = <ApqFrameworkView onApqSubmit={() => undefined} />;
    expect([wrongDetail, noSuchEvent]).to.have.length(2);
  });
});
