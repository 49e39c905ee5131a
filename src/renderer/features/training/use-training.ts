// The training feature's access to the store: repositories, the catalogue, the settings and the
// configured window. Compliance itself is worked out in a worker (compliance-client.ts).
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Course } from '../../../core/model';
import { sortSettings, type Setting } from '../../../core/settings';
import { TrainingRepo } from '../../../data/repos/training-repo';
import { TrainingImportRepo } from '../../../data/repos/training-import-repo';
import { StaffRepo } from '../../../data/repos/staff-repo';
import { CompletionsRepo } from '../../../data/repos/completions-repo';
import { useStore } from '../../app/db-context';

export interface TrainingRepos {
  training: TrainingRepo;
  staff: StaffRepo;
  completions: CompletionsRepo;
  imports: TrainingImportRepo;
}

export function useTrainingRepos(): TrainingRepos {
  const { db } = useStore();
  return useMemo(
    () => ({
      training: new TrainingRepo(db),
      staff: new StaffRepo(db),
      completions: new CompletionsRepo(db),
      imports: new TrainingImportRepo(db),
    }),
    [db],
  );
}

/** The course catalogue (archived courses included, last). */
export function useCourses(): Course[] | undefined {
  const { training } = useTrainingRepos();
  return useLiveQuery(() => training.listCourses(), [training]);
}

export function useSettingsList(): Setting[] | undefined {
  const store = useStore();
  const all = useLiveQuery(() => store.settings.list(), [store]);
  return useMemo(() => (all ? sortSettings(all) : undefined), [all]);
}

/** The configured expiring window (config.trainingExpiringDays). */
export function useExpiringDays(): number | undefined {
  const store = useStore();
  return useLiveQuery(async () => (await store.config.load()).trainingExpiringDays, [store]);
}
