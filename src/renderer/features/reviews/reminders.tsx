// Review reminders: at start and each day while the app runs, one desktop notification for whatever has
// newly become due soon or overdue. What was notified is remembered in the store, so a restart does not
// repeat it. The in-app list is on the overview.
import { useEffect } from 'react';
import { reminderNotification, runReminders } from '../../../core/reviews/reminders';
import { ReviewsRepo } from '../../../data/repos/reviews-repo';
import { useStore } from '../../app/db-context';
import { useToday } from '../../app/today';
import { useToasts } from '../../components/toasts';
import { platform } from '../../platform';

const START_DELAY_MS = 3000;

export function ReviewReminders() {
  const store = useStore();
  const toasts = useToasts();
  const today = useToday();
  useEffect(() => {
    let cancelled = false;
    const check = async () => {
      const inputs = await store.reviews.loadInputs();
      const names = new Map(inputs.settings.filter((s) => !s.archived).map((s) => [s.id, s.name]));
      const before = await store.reviews.reminderState();
      const run = runReminders(ReviewsRepo.assess(inputs, today), names, before, today);
      if (cancelled) return;
      // Written only when something changed: a write wakes every view that reads the configuration.
      if (JSON.stringify(run.state) !== JSON.stringify(before))
        await store.reviews.saveReminderState(run.state);
      const notification = reminderNotification(run.fresh);
      if (notification) await platform.notify(notification);
    };
    // A moment after start, so the first page the officer opens loads first.
    const timer = window.setTimeout(() => {
      check().catch((error: unknown) => toasts.error(error, 'Review reminders could not be checked'));
    }, START_DELAY_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [store, toasts, today]);
  return null;
}
