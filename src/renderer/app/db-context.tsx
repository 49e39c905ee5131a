import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { type OversightDb } from '../../data/db';
import { CompareRepo } from '../../data/repos/compare-repo';
import { ConfigRepo } from '../../data/repos/config-repo';
import { LeadsRepo } from '../../data/repos/leads-repo';
import { PoliciesRepo } from '../../data/repos/policies-repo';
import { ReviewsRepo } from '../../data/repos/reviews-repo';
import { SettingsRepo } from '../../data/repos/settings-repo';
import { TrustRepo } from '../../data/repos/trust-repo';
import { VisitsRepo } from '../../data/repos/visits-repo';

export interface Store {
  db: OversightDb;
  trust: TrustRepo;
  settings: SettingsRepo;
  config: ConfigRepo;
  compare: CompareRepo;
  reviews: ReviewsRepo;
  leads: LeadsRepo;
  policies: PoliciesRepo;
  visits: VisitsRepo;
}

const StoreContext = createContext<Store | null>(null);

export function createStore(db: OversightDb): Store {
  return { db, trust: new TrustRepo(db), settings: new SettingsRepo(db), config: new ConfigRepo(db), compare: new CompareRepo(db), reviews: new ReviewsRepo(db), leads: new LeadsRepo(db), policies: new PoliciesRepo(db), visits: new VisitsRepo(db) };
}

export function StoreProvider({ db, children }: { db: OversightDb; children: ReactNode }) {
  const store = useMemo(() => createStore(db), [db]);
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useStore(): Store {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside StoreProvider');
  return store;
}
