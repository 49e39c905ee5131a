import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { type OversightDb } from '../../data/db';
import { ConfigRepo } from '../../data/repos/config-repo';
import { SettingsRepo } from '../../data/repos/settings-repo';
import { TrustRepo } from '../../data/repos/trust-repo';

export interface Store {
  db: OversightDb;
  trust: TrustRepo;
  settings: SettingsRepo;
  config: ConfigRepo;
}

const StoreContext = createContext<Store | null>(null);

export function createStore(db: OversightDb): Store {
  return { db, trust: new TrustRepo(db), settings: new SettingsRepo(db), config: new ConfigRepo(db) };
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
