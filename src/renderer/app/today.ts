import { useEffect, useState } from 'react';
import { isoDateOf, type IsoDate } from '../../core/dates';

/** Today's date, read at the edge and handed to core as `asOf`. Updates at midnight. */
export function useToday(): IsoDate {
  const [today, setToday] = useState(() => isoDateOf(new Date()));
  useEffect(() => {
    const timer = window.setInterval(() => {
      const now = isoDateOf(new Date());
      setToday((prev) => (prev === now ? prev : now));
    }, 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return today;
}
