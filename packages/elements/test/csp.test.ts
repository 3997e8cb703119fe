// SPDX-License-Identifier: MIT
// Runs on a page served with a strict Content-Security-Policy (no unsafe-inline, no unsafe-eval)
// and Trusted Types enforced (see STRICT_CSP in web-test-runner.config.mjs): every element must
// work through a whole journey without a single violation.
import { expect } from '@open-wc/testing';
import '../src/frameworks.js';
import '../src/components/evaluation-form/apq-evaluation-form.js';
import '../src/components/framework-view/apq-framework-view.js';
import '../src/components/summary/apq-summary.js';
import '../src/components/area-overview/apq-area-overview.js';
import { AreaOverviewHarness } from '../src/components/area-overview/area-overview.harness.js';
import { TERMS, cell, toolkitAggregate } from '../src/components/area-overview/area-overview.examples.js';
import '../src/components/action-plan/apq-action-plan.js';
import { ActionPlanHarness, editorKey } from '../src/components/action-plan/action-plan.harness.js';
import { memoryDraftStorage } from '../src/internal/storage.js';
import { EvaluationFormHarness } from '../src/components/evaluation-form/evaluation-form.harness.js';
import { FrameworkViewHarness } from '../src/components/framework-view/framework-view.harness.js';
import { WORKED_EXAMPLES } from '@ap-quality/core/frameworks';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

const violations = (): Violation[] => (window as unknown as { __apqViolations: Violation[] }).__apqViolations;

/**
 * Makes one violation on purpose (an image from an origin img-src does not allow: blocked before
 * any request) and waits for its report: every earlier report has then arrived too.
 */
async function flushReports(): Promise<void> {
  const sentinel = `https://sentinel.invalid/${Math.random().toString(36).slice(2)}.png`;
  const reported = new Promise<void>((resolve) => {
    const listener = () => {
      if (violations().some((v) => v.blocked === sentinel)) {
        document.removeEventListener('apq-test-violation', listener);
        resolve();
      }
    };
    document.addEventListener('apq-test-violation', listener);
  });
  new Image().src = sentinel;
  await reported;
  const list = violations();
  list.splice(list.findIndex((v) => v.blocked === sentinel), 1);
}

describe('the elements under a strict CSP with Trusted Types', () => {
  it('should be served a policy that forbids eval and untrusted HTML', async () => {
    violations().splice(0);
    expect(() => new Function('return 1')).to.throw(EvalError);
    expect(() => {
      document.createElement('div').innerHTML = '<b>untrusted</b>';
    }).to.throw(TypeError);
    await flushReports();
    expect(violations().splice(0).map((v) => v.directive)).to.include('require-trusted-types-for');
  });

  it('should complete a journey with no violation', async () => {
    violations().splice(0);
    const el = document.createElement('apq-evaluation-form');
    el.setAttribute('framework', 'leicestershire-bp-qa');
    el.setAttribute('version', '1.0.0');
    el.setAttribute('storage-key', 'apq-csp-test');
    document.body.append(el);
    await el.updateComplete;
    const h = new EvaluationFormHarness(el);
    await h.fill('setting.name', '<img src=x onerror=alert(1)> School');
    await h.openSection('1. Attendance');
    for (const id of ['attendance-2-1', 'attendance-2-2', 'attendance-2-3', 'attendance-2-4', 'attendance-2-5', 'attendance-1-1', 'attendance-4-1', 'attendance-4-2']) {
      await h.choose(`checks.${id}`, id.includes('-4-') ? 'not-met' : 'met');
    }
    expect(h.suggestion).to.equal('Good');
    await h.openSection('Check your answers');
    await h.submit();
    expect(h.errorSummary).to.exist;

    // A storage failure shows a download link to a Blob URL of the draft.
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      await el.save();
    } finally {
      Storage.prototype.setItem = original;
    }
    await el.updateComplete;
    expect(h.storageWarning).to.exist;

    // A framework loaded by src, and the single-page layout.
    const byUrl = document.createElement('apq-evaluation-form');
    byUrl.src = '/packages/core/data/frameworks/leicestershire-bp-qa/released/1.0.0.json';
    byUrl.layout = 'single-page';
    byUrl.storageKey = 'apq-csp-test-src';
    document.body.append(byUrl);
    await byUrl.updateComplete;
    expect(new EvaluationFormHarness(byUrl).queryAll('section.area')).to.have.length(5);

    await flushReports();
    expect(violations()).to.deep.equal([]);
    el.remove();
    byUrl.remove();
    localStorage.clear();
  });

  it('should show a summary, compared with a previous evaluation, printable and downloadable, with no violation', async () => {
    violations().splice(0);
    const current = structuredClone(WORKED_EXAMPLES.find((e) => e.id === 'self-evaluation-complete')!.evaluation);
    current.setting.name = '<img src=x onerror=alert(1)> Riverside Learning Centre';
    const previous = { ...structuredClone(current), id: 'earlier', createdAt: '2026-01-01T09:00:00Z', updatedAt: '2026-01-01T09:00:00Z', submittedAt: '2026-01-01T09:00:00Z' };
    const el = document.createElement('apq-summary');
    el.previous = previous;
    el.evaluation = current;
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="chart"]')).to.exist;
    expect(root.querySelector('[part="comparison"]')).to.exist;
    expect(root.querySelectorAll('[part="download-link"]')).to.have.length(2);
    expect(root.querySelectorAll('img')).to.have.length(0);
    await flushReports();
    expect(violations()).to.deep.equal([]);
    el.remove();
  });

  it('should show an area overview, choose a term and a group, and download its CSV with no violation', async () => {
    violations().splice(0);
    const aggregate = toolkitAggregate({ periods: TERMS, breakdowns: true });
    aggregate.periods[3]!.areas[0]!.priorities.common = [{ text: '<img src=x onerror=alert(1)> =1+1', settings: cell(5) }];
    const el = document.createElement('apq-area-overview');
    el.aggregate = aggregate;
    document.body.append(el);
    await el.updateComplete;
    const h = new AreaOverviewHarness(el);
    await h.choose('period', 'Spring term 2026');
    await h.choose('group', 'Type of setting: Pupil referral unit');
    await h.choose('group', 'All settings');
    await h.choose('period', 'Autumn term 2026');
    expect(h.priorities('workforce-development-and-wellbeing').common[0]).to.match(/^<img src=x/);
    expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
    // The real download: a Blob and an object URL made on the click, and a link clicked.
    const blobs: Blob[] = [];
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return createObjectURL.call(URL, blob);
    };
    try {
      h.downloadButton.click();
    } finally {
      URL.createObjectURL = createObjectURL;
    }
    expect(blobs).to.have.length(1);
    expect(await blobs[0]!.text()).to.include('Autumn term 2026,All settings,Community,1,Workforce development and wellbeing,Common priority,<img src=x onerror=alert(1)> =1+1,5');
    // And one by src, from the core's example file.
    const bySrc = document.createElement('apq-area-overview');
    bySrc.src = '/packages/core/test/fixtures/aggregate-example.json';
    document.body.append(bySrc);
    await bySrc.updateComplete;
    expect(new AreaOverviewHarness(bySrc).phase).to.equal('ready');
    await flushReports();
    expect(violations()).to.deep.equal([]);
    el.remove();
    bySrc.remove();
  });

  it('should make, review, filter and drop in the action plan with no violation', async () => {
    violations().splice(0);
    const evaluation = structuredClone(WORKED_EXAMPLES.find((e) => e.id === 'self-evaluation-complete')!.evaluation);
    evaluation.setting.name = '<img src=x onerror=alert(1)> Riverside Learning Centre';
    const el = document.createElement('apq-action-plan');
    el.storage = memoryDraftStorage();
    el.today = '2027-07-15';
    el.evaluation = evaluation;
    document.body.append(el);
    await el.updateComplete;
    const h = new ActionPlanHarness(el);
    await h.click(h.addButton('quality-of-education', 'qe-questioning'));
    const key = editorKey.newAction('quality-of-education', 'qe-questioning');
    await h.typeDate(key, 'due', '31', '2', '2027');
    await h.save(key);
    expect(h.errorSummary).to.have.length(2);
    await h.type(key, 'what', '<script>alert(1)</script> Observe lessons');
    await h.typeDate(key, 'due', '', '9', '2027');
    await h.save(key);
    await h.click(h.actionButton('qe-questioning-cpd', 'review'));
    const review = editorKey.review('qe-questioning-cpd');
    await h.typeDate(review, 'on', '1', '3', '2027');
    await h.type(review, 'note', '<b>not bold</b>');
    await h.save(review);
    await h.onlyOverdue(true);
    await h.click(h.actionButton('qe-questioning-cpd', 'drop'));
    await h.click(h.query('[data-drop="qe-questioning-cpd"]'));
    expect(el.shadowRoot!.querySelectorAll('img, script, b')).to.have.length(0);
    await flushReports();
    expect(violations()).to.deep.equal([]);
    el.remove();
  });

  it('should show, filter and compare a framework with no violation', async () => {
    violations().splice(0);
    const el = document.createElement('apq-framework-view');
    el.frameworkId = 'ap-quality-toolkit';
    el.version = '2.0.0';
    el.compareTo = '1.0.0';
    el.noHash = true;
    document.body.append(el);
    await el.updateComplete;
    const h = new FrameworkViewHarness(el);
    await h.filter('attendance');
    expect(h.results).to.match(/result/);
    await flushReports();
    expect(violations()).to.deep.equal([]);
    el.remove();
  });
});
