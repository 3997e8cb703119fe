// SPDX-License-Identifier: MIT
// <apq-action-plan> in a real browser: the plan as shown, adding, changing, reviewing, dropping
// and confirming actions, errors that keep what was typed, filters, overdue, drafts resumed
// mid-review, a whole plan by keyboard alone, and input that is wrong or very large.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../frameworks.js';
import type { ApqChangeDetail } from '../../events/apq-change.js';
import type { ApqErrorDetail } from '../../events/apq-error.js';
import type { ApqSaveDetail } from '../../events/apq-save.js';
import type { Evaluation } from '../../internal/core.js';
import { memoryDraftStorage } from '../../internal/storage.js';
import type { ApqActionPlan } from './action-plan.js';
import { PAGE_SIZE } from './action-plan.js';
import { carriedForwardEvaluation, draftMidReview, missingAreaEvaluation, planEvaluation, workedEvaluation } from './action-plan.examples.js';
import { ActionPlanHarness, editorKey, fieldId } from './action-plan.harness.js';
import './apq-action-plan.js';

/** The value at a path such as `actions.3.reviews.0` (undefined when the path does not resolve). */
function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v !== null && typeof v === 'object' && Object.hasOwn(v, key) ? (v as Record<string, unknown>)[key] : undefined), value);
}

async function plan(evaluation: unknown, options: { today?: string; storage?: ReturnType<typeof memoryDraftStorage>; delay?: number } = {}) {
  const storage = options.storage ?? memoryDraftStorage();
  const el = await fixture<ApqActionPlan>(
    html`<apq-action-plan .evaluation=${evaluation as Evaluation} today=${options.today ?? '2027-07-15'} .storage=${storage} autosave-delay=${options.delay ?? 0}></apq-action-plan>`,
  );
  await el.updateComplete;
  const changes: ApqChangeDetail[] = [];
  el.addEventListener('apq-change', (e) => changes.push(e.detail));
  return { el, h: new ActionPlanHarness(el), storage, changes };
}

const NEW_QE = editorKey.newAction('quality-of-education', 'qe-questioning');

describe('<apq-action-plan>', () => {
  afterEach(() => localStorage.clear());

  describe('showing the plan', () => {
    it('should show the priorities of each area with their actions, statuses in words and reviews as a dated history', async () => {
      const { h } = await plan(planEvaluation());
      expect(h.phase).to.equal('ready');
      expect(h.areaIds()).to.include.members(['attendance-and-engagement', 'quality-of-education', 'appropriate-transition']);
      const mentors = h.read('ae-year-11-mentors');
      expect(mentors.tags).to.deep.equal(['Done']);
      expect(mentors.rows.owner).to.equal('Deputy headteacher');
      expect(mentors.rows.due).to.equal('28 February 2027');
      expect(mentors.reviews).to.have.length(2);
      expect(mentors.reviews[0]).to.contain('1 February 2027, by Deputy headteacher: moved to In progress');
      expect(mentors.reviews[1]).to.contain('Evidence of impact: Attendance of the group up from 71% to 84%');
      // Reviews are a record: nothing in the history can be changed.
      expect(h.action('ae-year-11-mentors').querySelectorAll('.review button, .review input, .review textarea')).to.have.length(0);
      expect(h.read('ri-newsletter').tags).to.deep.equal(['Dropped']);
      expect(h.actionButton('ri-newsletter', 'drop'), 'a dropped action cannot be dropped again').to.equal(null);
      expect(h.progress).to.contain('5 actions: 2 not started, 1 in progress, 1 done, 1 dropped.');
    });

    it('should mark open actions past their due date (a month means its end) as overdue against today', async () => {
      const { el, h } = await plan(planEvaluation(), { today: '2027-05-31' });
      // Due 2027-05 means by the end of May: not overdue on 31 May.
      expect(h.read('ri-rewards-survey').overdue).to.equal(false);
      expect(h.read('ri-rewards-survey').rows.due).to.equal('by the end of May 2027');
      expect(h.read('at-weekly-calls').overdue).to.equal(true);
      expect(h.read('at-weekly-calls').tags).to.include('Overdue');
      expect(h.read('ae-year-11-mentors').overdue, 'a done action is never overdue').to.equal(false);
      el.today = '2027-06-01';
      await el.updateComplete;
      expect(h.read('ri-rewards-survey').overdue).to.equal(true);
      expect(h.progress).to.contain('2 overdue on 1 June 2027');
    });

    it('should warn about a today that is not a date and judge against the real date', async () => {
      const { h } = await plan(planEvaluation(), { today: '2027-02-31' });
      expect(h.phase).to.equal('ready');
      expect(textOf(h.query('[part="today-warning"]'))).to.contain('“2027-02-31”, is not a date written as YYYY-MM-DD');
    });
  });

  describe('adding and changing actions', () => {
    it('should refuse a missing "what" and an impossible date with an error summary and inline errors, keeping what was typed', async () => {
      const { el, h, changes } = await plan(planEvaluation());
      await h.click(h.addButton('quality-of-education', 'qe-questioning'));
      expect(h.focused?.id).to.equal(fieldId(NEW_QE, 'what'));
      await h.type(NEW_QE, 'who', 'Head of maths');
      await h.typeDate(NEW_QE, 'due', '31', '2', '2027');
      await h.save(NEW_QE);
      expect(h.errorSummary).to.deep.equal(['Enter what will be done', 'The due date must be a real date']);
      expect(h.focused?.id).to.equal('error-summary');
      expect(h.fieldError(NEW_QE, 'what')).to.equal('Enter what will be done');
      expect(h.fieldError(NEW_QE, 'due')).to.equal('The due date must be a real date');
      expect(h.value(NEW_QE, 'who'), 'nothing typed is lost').to.equal('Head of maths');
      expect(h.query<HTMLInputElement>(`#${fieldId(NEW_QE, 'due')}`)!.value).to.equal('31');
      expect(changes).to.have.length(0);
      // The error link takes the person to the box at fault.
      await h.click(h.queryAll('.error-summary__link')[1]!);
      expect(h.focused?.id).to.equal(fieldId(NEW_QE, 'due'));

      await h.type(NEW_QE, 'what', 'Observe questioning in every subject once a half term.');
      await h.typeDate(NEW_QE, 'due', '', '3', '2028');
      await h.save(NEW_QE);
      expect(h.errorSummary).to.deep.equal([]);
      expect(h.editorOpen(NEW_QE)).to.equal(false);
      expect(changes).to.have.length(1);
      const added = at(changes[0]!.evaluation, changes[0]!.field) as { what: string; due: string; who: string; priority: string; status: string };
      expect(added).to.include({ what: 'Observe questioning in every subject once a half term.', due: '2028-03', who: 'Head of maths', priority: 'qe-questioning', status: 'not-started' });
      expect(changes[0]!.area).to.equal('quality-of-education');
      const id = (added as unknown as { id: string }).id;
      expect(h.focused?.id, 'focus moves to the new action').to.equal(`action--${id}`);
      expect(el.evaluation!.actions.some((a) => a.id === id)).to.equal(true);
    });

    it('should change an action in place, keeping its reviews and when it was added', async () => {
      const { h, changes } = await plan(planEvaluation());
      const key = editorKey.action('qe-questioning-cpd');
      await h.click(h.actionButton('qe-questioning-cpd', 'change'));
      expect(h.value(key, 'what')).to.equal('Run two training sessions on questioning and follow up with lesson visits.');
      await h.type(key, 'who', 'Deputy headteacher');
      await h.type(key, 'success', 'Questioning judged strong in 8 of 10 lesson visits.');
      await h.save(key);
      const changed = at(changes[0]!.evaluation, changes[0]!.field) as { who: string; successMeasure: string; reviews: unknown[]; createdAt: string };
      expect(changed.who).to.equal('Deputy headteacher');
      expect(changed.successMeasure).to.equal('Questioning judged strong in 8 of 10 lesson visits.');
      expect(changed.reviews).to.have.length(1);
      expect(changed.createdAt).to.equal('2027-01-06T08:30:00Z');
      expect(h.read('qe-questioning-cpd').rows.success).to.equal('Questioning judged strong in 8 of 10 lesson visits.');
    });

    it('should cancel without changing anything and put focus back', async () => {
      const { h, changes } = await plan(planEvaluation());
      await h.click(h.actionButton('qe-questioning-cpd', 'change'));
      await h.type(editorKey.action('qe-questioning-cpd'), 'what', 'Something else');
      await h.click(h.query(`[data-editor="${editorKey.action('qe-questioning-cpd')}"] .link-button`));
      expect(h.read('qe-questioning-cpd').what).to.equal('Run two training sessions on questioning and follow up with lesson visits.');
      expect(h.focused?.id).to.equal('action--qe-questioning-cpd');
      expect(changes).to.have.length(0);
    });
  });

  describe('reviews', () => {
    it('should refuse a review dated before the action was added, then append it and move the status', async () => {
      const { h, changes } = await plan(planEvaluation());
      const key = editorKey.review('ri-rewards-survey');
      await h.click(h.actionButton('ri-rewards-survey', 'review'));
      expect(h.focused?.id).to.equal(fieldId(key, 'on'));
      await h.typeDate(key, 'on', '20', '12', '2026');
      await h.type(key, 'note', 'Survey questions drafted with the school council.');
      await h.chooseStatus(key, 'in-progress');
      await h.save(key);
      expect(h.errorSummary).to.deep.equal(['The date of the review must be the same as or after 6 January 2027, when the action was added']);
      expect(h.value(key, 'note')).to.equal('Survey questions drafted with the school council.');
      await h.typeDate(key, 'on', '20', '3', '2027');
      await h.type(key, 'evidence', 'Draft questions attached to the plan.');
      await h.save(key);
      expect(changes).to.have.length(1);
      expect(changes[0]!.field).to.match(/^actions\.\d+\.reviews\.0$/);
      expect(at(changes[0]!.evaluation, changes[0]!.field)).to.include({ on: '2027-03-20', note: 'Survey questions drafted with the school council.', status: 'in-progress', evidence: 'Draft questions attached to the plan.' });
      const shown = h.read('ri-rewards-survey');
      expect(shown.tags[0]).to.equal('In progress');
      expect(shown.reviews).to.have.length(1);
      expect(shown.reviews[0]).to.contain('20 March 2027: moved to In progress');
    });

    it('should need a date and a note, and a full real date', async () => {
      const { h } = await plan(planEvaluation());
      const key = editorKey.review('ri-rewards-survey');
      await h.click(h.actionButton('ri-rewards-survey', 'review'));
      await h.save(key);
      expect(h.errorSummary).to.deep.equal(['Enter the date of the review', 'Enter what the review found']);
      await h.typeDate(key, 'on', '', '3', '2027');
      await h.save(key);
      expect(h.errorSummary[0]).to.equal('The date of the review must include a day');
    });
  });

  describe('dropping and confirming', () => {
    it('should drop an action only after the question is answered yes, keeping it in the plan', async () => {
      const { h, changes } = await plan(planEvaluation());
      await h.click(h.actionButton('at-weekly-calls', 'drop'));
      expect(h.query('[part="drop-confirmation"]')).to.exist;
      expect(h.focused?.id).to.equal(fieldId(editorKey.drop('at-weekly-calls'), 'question'));
      await h.click(h.query('[part="drop-confirmation"] .button--secondary'));
      expect(h.read('at-weekly-calls').tags[0]).to.equal('Not started');
      expect(changes).to.have.length(0);
      await h.click(h.actionButton('at-weekly-calls', 'drop'));
      await h.click(h.query('[data-drop="at-weekly-calls"]'));
      expect(changes).to.have.length(1);
      expect(changes[0]!.field).to.match(/^actions\.\d+\.status$/);
      expect(at(changes[0]!.evaluation, changes[0]!.field)).to.equal('dropped');
      expect(h.read('at-weekly-calls').tags[0]).to.equal('Dropped');
    });

    it('should show carried-forward actions with their history, each to confirm', async () => {
      const { h, changes } = await plan(carriedForwardEvaluation(), { today: '2027-09-10' });
      expect(textOf(h.query('[part="carried-forward-notice"]'))).to.contain('carried forward');
      const carried = h.read('qe-questioning-cpd');
      expect(carried.tags).to.include('Carried forward: to confirm');
      expect(carried.reviews).to.have.length(1);
      expect(h.actionIds(), 'done and dropped actions stay behind').not.to.include('ae-year-11-mentors');
      await h.click(h.actionButton('qe-questioning-cpd', 'confirm'));
      expect(h.read('qe-questioning-cpd').tags).not.to.include('Carried forward: to confirm');
      expect(at(changes[0]!.evaluation, `${changes[0]!.field}.carriedForward`)).to.equal(undefined);
      expect(at(changes[0]!.evaluation, `${changes[0]!.field}.id`)).to.equal('qe-questioning-cpd');
    });
  });

  describe('filters', () => {
    it('should narrow the plan by area, owner, status and overdue, and say how many are shown', async () => {
      const { h } = await plan(planEvaluation(), { today: '2027-07-15' });
      expect(h.queryAll('select')).to.have.length(3);
      expect(h.query('[part="filters"]')!.textContent, 'filters never sort').not.to.match(/sort/i);
      await h.filter('owner', 'SENCo');
      expect(h.actionIds()).to.deep.equal(['at-weekly-calls']);
      expect(h.showing).to.contain('Showing 1 of 5 actions.');
      await h.filter('owner', '');
      await h.filter('status', 'in-progress');
      expect(h.actionIds()).to.deep.equal(['qe-questioning-cpd']);
      await h.filter('status', '');
      await h.onlyOverdue(true);
      expect(h.actionIds().sort()).to.deep.equal(['at-weekly-calls', 'qe-questioning-cpd', 'ri-rewards-survey']);
      await h.filter('area', 'research-and-innovation');
      expect(h.actionIds()).to.deep.equal(['ri-rewards-survey']);
      expect(h.areaIds()).to.deep.equal(['research-and-innovation']);
      await h.click(h.query('#filters-clear'));
      expect(h.actionIds()).to.have.length(5);
    });
  });

  describe('drafts', () => {
    it('should save a review half written and resume it after a reload with nothing lost', async () => {
      const storage = memoryDraftStorage();
      const evaluation = planEvaluation();
      const first = await plan(evaluation, { storage });
      const saves: ApqSaveDetail[] = [];
      first.el.addEventListener('apq-save', (e) => saves.push(e.detail));
      const key = editorKey.review('qe-questioning-cpd');
      await first.h.click(first.h.actionButton('qe-questioning-cpd', 'review'));
      await first.h.typeDate(key, 'on', '2', '4', '2027');
      await first.h.type(key, 'by', 'Head of centre');
      await first.h.type(key, 'note', 'Half the lesson visits done; questioning stronger in maths.');
      await first.h.chooseStatus(key, 'done');
      expect(await first.el.save()).to.equal(true);
      expect(saves.at(-1)!.key).to.equal(`apq-action-plan:ap-quality-toolkit:${evaluation.id}`);
      expect(saves.at(-1)!.evaluation.extensions, 'the page is never handed the open editors').to.equal(undefined);
      first.el.remove();

      const second = await plan(evaluation, { storage });
      expect(second.h.editorOpen(key)).to.equal(true);
      expect(second.h.query<HTMLInputElement>(`#${fieldId(key, 'on')}`)!.value).to.equal('2');
      expect(second.h.value(key, 'by')).to.equal('Head of centre');
      expect(second.h.value(key, 'note')).to.equal('Half the lesson visits done; questioning stronger in maths.');
      expect(second.h.query<HTMLInputElement>(`input[name="${fieldId(key, 'status')}"][value="done"]`)!.checked).to.equal(true);
      expect(second.h.query('[part="resumed-notice"]')).to.exist;
      expect(second.h.focused?.id, 'focus returns to the field last used, at the status chosen').to.equal(`${fieldId(key, 'status')}--done`);
      await second.h.save(key);
      expect(second.h.read('qe-questioning-cpd').reviews).to.have.length(2);
      expect(second.el.evaluation!.extensions).to.equal(undefined);
    });

    it('should resume a draft whose save was refused with its errors shown', async () => {
      const { storage, editorKey: key } = draftMidReview();
      const { h } = await plan(planEvaluation(), { storage, today: '2027-03-20' });
      expect(h.errorSummary).to.deep.equal(['The date of the review must be a real date']);
      expect(h.value(key, 'note')).to.equal('Lesson visits show more open questions in maths.');
    });

    it('should keep changes saved to the plan across a reload', async () => {
      const storage = memoryDraftStorage();
      const evaluation = planEvaluation();
      const first = await plan(evaluation, { storage });
      await first.h.click(first.h.actionButton('at-weekly-calls', 'drop'));
      await first.h.click(first.h.query('[data-drop="at-weekly-calls"]'));
      await first.el.save();
      first.el.remove();
      const second = await plan(evaluation, { storage });
      expect(second.h.read('at-weekly-calls').tags[0]).to.equal('Dropped');
    });

    it('should warn visibly, with the plan to download, when the draft cannot be saved', async () => {
      const storage = memoryDraftStorage();
      let full = true;
      const refusing = {
        ...storage,
        save: (key: string, evaluation: Evaluation, context: { savedAt: string }) => {
          if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          storage.save(key, evaluation, context);
        },
      } as typeof storage;
      const { el, h } = await plan(planEvaluation(), { storage: refusing });
      const errors: ApqErrorDetail[] = [];
      el.addEventListener('apq-error', (e) => errors.push(e.detail));
      await h.click(h.actionButton('at-weekly-calls', 'drop'));
      await h.click(h.query('[data-drop="at-weekly-calls"]'));
      expect(await el.save()).to.equal(false);
      await el.updateComplete;
      const warning = h.query('[part="storage-warning"]')!;
      expect(warning.getAttribute('role')).to.equal('alert');
      expect(warning.textContent).to.contain('Your changes could not be saved in this browser because its storage is full.');
      const link = h.query<HTMLAnchorElement>('[part="download-link"]')!;
      expect(link.textContent!.trim()).to.equal('Download the plan as it stands');
      const downloaded = JSON.parse(await (await fetch(link.href)).text()) as Evaluation;
      expect(downloaded.actions.find((a) => a.id === 'at-weekly-calls')!.status).to.equal('dropped');
      expect(errors.map((e) => [e.kind, e.message])).to.deep.equal([['storage', 'Your changes could not be saved in this browser because its storage is full.']]);
      full = false;
      expect(await el.save()).to.equal(true);
      await el.updateComplete;
      expect(h.query('[part="storage-warning"]')).to.equal(null);
    });
  });

  describe('by keyboard alone', () => {
    /** Presses Tab until `match` has focus (at most `max` times). */
    async function tabTo(h: ActionPlanHarness, match: (el: Element) => boolean, max = 120): Promise<void> {
      for (let i = 0; i < max; i++) {
        const focused = h.focused;
        if (focused && match(focused)) return;
        await sendKeys({ press: 'Tab' });
      }
      throw new Error('never reached the control by Tab');
    }

    it('should make and review a plan with real key presses only', async () => {
      const { el, h, changes } = await plan(workedEvaluation('mixed-with-rationale'), { today: '2027-07-01' });
      const before = document.createElement('button');
      before.textContent = 'Before the plan';
      el.before(before);
      before.focus();
      await tabTo(h, (f) => f.id === 'add--outcomes-for-pupils--op-confirm-results');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const key = editorKey.newAction('outcomes-for-pupils', 'op-confirm-results');
      expect(h.focused?.id).to.equal(fieldId(key, 'what'));
      await sendKeys({ type: 'Check the provisional results with each school.' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Data manager' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '30' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '9' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '2027' });
      await tabTo(h, (f) => f.getAttribute('data-save') === key);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(changes).to.have.length(1);
      const id = (at(changes[0]!.evaluation, changes[0]!.field) as { id: string }).id;
      expect(h.read(id)).to.include({ what: 'Check the provisional results with each school.' });
      expect(h.read(id).rows.due).to.equal('30 September 2027');

      // Review it: Tab from the action's heading to its "Record a review" button.
      await tabTo(h, (f) => f.getAttribute('data-action-button') === 'review');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      const review = editorKey.review(id);
      expect(h.focused?.id).to.equal(fieldId(review, 'on'));
      for (const part of ['5', '7', '2027']) {
        await sendKeys({ type: part });
        await sendKeys({ press: 'Tab' });
      }
      await sendKeys({ type: 'Head of centre' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Two schools have confirmed; one is waiting for the board.' });
      await sendKeys({ press: 'Tab' });
      // The status radios: the current one has focus; the arrow moves and selects.
      await sendKeys({ press: 'ArrowDown' });
      await tabTo(h, (f) => f.getAttribute('data-save') === review);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(changes).to.have.length(2);
      expect(at(changes[1]!.evaluation, changes[1]!.field)).to.include({ on: '2027-07-05', by: 'Head of centre', status: 'in-progress' });
      expect(h.read(id).tags[0]).to.equal('In progress');
      before.remove();
    });
  });

  describe('bad input', () => {
    it('should refuse an action for an area the framework does not have, naming the path', async () => {
      const errors: string[] = [];
      const el = document.createElement('apq-action-plan');
      el.addEventListener('apq-error', (e) => errors.push(`${e.detail.kind}: ${e.detail.problems?.map((p) => p.path).join(', ')}`));
      el.storage = memoryDraftStorage();
      el.evaluation = missingAreaEvaluation();
      await fixture(html`<div>${el}</div>`);
      await el.updateComplete;
      const h = new ActionPlanHarness(el);
      expect(h.phase).to.equal('failed');
      expect(h.error!.lines.join('\n')).to.match(/^actions\[3\]\.area: /m);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/^evaluation: .*actions\[3\]\.area|^evaluation: .*actions\.3\.area/);
    });

    it('should refuse 10,000 actions at once, quickly, with the path and the limit', async () => {
      const e = workedEvaluation('self-evaluation-complete');
      const template = e.actions[0]!;
      e.actions = Array.from({ length: 10_000 }, (_, i) => ({ ...template, id: `a-${i}` }));
      const started = performance.now();
      const { h } = await plan(e);
      const took = performance.now() - started;
      expect(h.phase).to.equal('failed');
      expect(h.error!.lines.join('\n')).to.match(/^actions: /m);
      expect(took, `took ${took.toFixed(0)} ms`).to.be.below(3000);
    });

    it(`should draw the largest plan allowed a page of ${PAGE_SIZE} actions at a time, in bounded time`, async () => {
      const e = workedEvaluation('self-evaluation-complete');
      const template = e.actions.find((a) => a.id === 'qe-questioning-cpd')!;
      const limit = 500;
      e.actions = Array.from({ length: limit }, (_, i) => ({ ...template, id: `qe-${i}`, what: `Action ${i + 1}`, who: `Owner ${i % 7}` }));
      const started = performance.now();
      const { el, h } = await plan(e);
      const took = performance.now() - started;
      expect(h.phase).to.equal('ready');
      expect(h.actionIds()).to.have.length(PAGE_SIZE);
      expect(took, `took ${took.toFixed(0)} ms`).to.be.below(3000);
      const more = h.query<HTMLButtonElement>('[part="show-more"]')!;
      expect(textOf(more)).to.contain(`${PAGE_SIZE} of ${limit} shown`);
      await h.click(more);
      expect(h.actionIds()).to.have.length(PAGE_SIZE * 2);
      expect(h.focused?.id, 'focus goes to the first newly shown action').to.equal(`action--qe-${PAGE_SIZE}`);
      await h.filter('owner', 'Owner 3');
      expect(h.showing).to.contain(`Showing ${Math.ceil((limit - 3) / 7)} of ${limit} actions.`);
      expect(el.shadowRoot!.querySelectorAll('[part="action"]').length).to.be.at.most(PAGE_SIZE);
    });
  });
});

describe('examples of practice beside each area (the shared template in the summary and the framework view)', () => {
  const library = async () => (await (await fetch('/packages/elements/demo/practice-library.json')).json()) as unknown;

  it('should show a library’s examples beside their areas in <apq-summary>, saying they are illustrative', async () => {
    await import('../summary/apq-summary.js');
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<apq-summary .evaluation=${workedEvaluation('self-evaluation-complete')} .examples=${await library()}></apq-summary>`,
    );
    await el.updateComplete;
    const beside = el.shadowRoot!.querySelector('[part="area"][data-area="attendance-and-engagement"] [part="practice"]');
    expect(textOf(beside)).to.contain('A mentor for every persistently absent Year 11 pupil');
    expect(textOf(beside)).to.contain('illustrative');
    expect(el.shadowRoot!.querySelector('[part="area"][data-area="pupil-induction"] [part="practice"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('should show a clear warning for a library that is not valid, and the page all the same', async () => {
    await import('../framework-view/apq-framework-view.js');
    const bad = { format: 'apq-practice-library', formatVersion: 1, examples: [{ id: 'x', title: 'No areas', summary: 's', areas: [], framework: { id: 'ap-quality-toolkit', version: '2.0.0' }, offeredAt: 'yesterday' }] };
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<apq-framework-view framework="ap-quality-toolkit" version="2.0.0" no-hash .examples=${bad}></apq-framework-view>`,
    );
    await el.updateComplete;
    const warning = el.shadowRoot!.querySelector('[part="practice-warning"]');
    expect(textOf(warning)).to.contain('not a valid library');
    expect(textOf(warning)).to.match(/examples\[0\]\.areas/);
    expect(el.shadowRoot!.querySelectorAll('[part="area"]').length).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('[part="practice"]')).to.equal(null);
  });

  it('should load a library by examples-src in the framework view', async () => {
    await import('../framework-view/apq-framework-view.js');
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<apq-framework-view framework="ap-quality-toolkit" version="2.0.0" no-hash examples-src="/packages/elements/demo/practice-library.json"></apq-framework-view>`,
    );
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('#appropriate-transition [part="practice"]'))).to.contain('A weekly call about pupils waiting');
  });
});

function textOf(node: Node | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
