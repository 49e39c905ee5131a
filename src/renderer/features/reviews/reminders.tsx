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

export function ReviewReminders() {
  const store = useStore();
  const toasts = useToasts();
  const today = useToday();
  useEffect(() => {
    let cancelled = false;
    const check = async () => {
      const inputs = await store.reviews.loadInputs();
      const names = new Map(inputs.settings.filter((s) => !s.archived).map((s) => [s.id, s.name]));
      const run = runReminders(
        ReviewsRepo.assess(inputs, today),
        names,
        await store.reviews.reminderState(),
        today,
      );
      if (cancelled) return;
      await store.reviews.saveReminderState(run.state);
      const notification = reminderNotification(run.fresh);
      if (notification) await platform.notify(notification);
    };
    check().catch((error: unknown) => toasts.error(error, 'Review reminders could not be checked'));
    return () => {
      cancelled = true;
    };
  }, [store, toasts, today]);
  return null;
}
