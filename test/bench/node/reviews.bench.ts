// Reviews and named leads at LA scale, in Node (fake IndexedDB): the dashboard's queries (reading what it
// computes on, then computing it) and the leads register's, against 3,000 policies and 600 settings.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { decodeBackup } from '../../../src/data/backup/format';
import { restoreSnapshot } from '../../../src/data/backup/snapshot';
import { OversightDb } from '../../../src/data/db';
import { ReviewsRepo } from '../../../src/data/repos/reviews-repo';
import { LeadsRepo } from '../../../src/data/repos/leads-repo';
import { reviewDashboard } from '../../../src/core/reviews/dashboard';
import { runReminders, EMPTY_REMINDER_STATE } from '../../../src/core/reviews/reminders';
import { BENCH_AS_OF, LA_BACKUP, median, record, timeRuns } from '../harness';
import { extractedSummaries } from '../la-summaries';

export async function run(): Promise<void> {
  const { snapshot } = await decodeBackup(new Uint8Array(readFileSync(LA_BACKUP)));
  const summaries = extractedSummaries(snapshot);
  const db = new OversightDb('bench-reviews');
  await restoreSnapshot(db, snapshot);
  await db.transaction('rw', db.policies, async () => {
    await db.policies.toCollection().modify((p) => {
      const s = summaries[p.id];
      if (s) p.reviewSummary = s;
    });
  });
  const reviews = new ReviewsRepo(db);
  const leads = new LeadsRepo(db);

  const loadMs = await timeRuns(() => reviews.loadInputs(), 10);
  record({
    name: 'Review dashboard query: read 600 settings, 3,000 policy summaries, reviews, config',
    value: median(loadMs),
    unit: 'ms',
    target: { below: 100 },
    notes: 'fake-indexeddb; median of 10',
  });

  const inputs = await reviews.loadInputs();
  const assessMs = await timeRuns(() => ReviewsRepo.assess(inputs, BENCH_AS_OF), 20);
  record({
    name: 'Review records and statuses of 3,000 policies (next due, reason, cadence exception)',
    value: median(assessMs),
    unit: 'ms',
    target: { below: 100 },
    notes: 'median of 20',
  });
  const assessed = ReviewsRepo.assess(inputs, BENCH_AS_OF);
  const dashMs = await timeRuns(() => reviewDashboard(inputs.settings, assessed, BENCH_AS_OF), 20);
  const c = reviewDashboard(inputs.settings, assessed, BENCH_AS_OF).counts;
  record({
    name: 'Review dashboard from the statuses: counts, lists, red/amber/green, term timeline',
    value: median(dashMs),
    unit: 'ms',
    target: { below: 100 },
    notes: `median of 20; ${c.overdue} overdue, ${c.due_soon} due soon, ${c.no_date} no date, ${c.current} current, ${c.cadenceExceptions} cadence exceptions`,
  });
  const filteredMs = await timeRuns(
    () =>
      reviewDashboard(inputs.settings, assessed, BENCH_AS_OF, {
        phase: 'primary',
        policyType: 'online_safety',
      }),
    20,
  );
  record({
    name: 'Review dashboard filtered by phase and policy type',
    value: median(filteredMs),
    unit: 'ms',
    target: { below: 100 },
    notes: 'median of 20',
  });
  const names = new Map(inputs.settings.map((s) => [s.id, s.name]));
  const remindMs = await timeRuns(() => runReminders(assessed, names, EMPTY_REMINDER_STATE, BENCH_AS_OF), 20);
  record({
    name: 'Reminders: what is newly due soon or overdue among 3,000 policies',
    value: median(remindMs),
    unit: 'ms',
    target: { below: 100 },
    notes: 'median of 20',
  });

  const leadsLoadMs = await timeRuns(() => leads.loadInputs(), 10);
  // fake-indexeddb reads thousands of records several times slower than Chromium: the 100 ms target for
  // this query is held in the browser (dashboard.bench.ts); here the figure is for comparison.
  record({
    name: 'Leads register query: role assignments, their people, policy summaries, DSL training',
    value: median(leadsLoadMs),
    unit: 'ms',
    notes: 'fake-indexeddb (slower than Chromium); median of 10',
  });
  const leadsInputs = await leads.loadInputs();
  const overviewMs = await timeRuns(() => LeadsRepo.overview(leadsInputs, BENCH_AS_OF), 20);
  const o = LeadsRepo.overview(leadsInputs, BENCH_AS_OF);
  record({
    name: 'Leads register: holders, vacancies and mismatches of 600 settings',
    value: median(overviewMs),
    unit: 'ms',
    target: { below: 100 },
    notes: `median of 20; ${o.counts.vacancies} vacancies, ${o.counts.mismatches} mismatches`,
  });
  db.close();
}
