import type { TrustId } from '../../core/ids';
import { cleanName } from '../../core/names';
import { hasErrors } from '../../core/settings';
import { validateTrustDraft, type Trust, type TrustDraft } from '../../core/trust';
import { newId, nowIso, type OversightDb } from '../db';

export class ValidationError<E extends object> extends Error {
  constructor(readonly errors: E) {
    super(Object.values(errors).filter(Boolean).join('; '));
    this.name = 'ValidationError';
  }
}

/** The store holds one trust (or local authority): the organisation this laptop oversees. */
export class TrustRepo {
  constructor(private readonly db: OversightDb) {}

  async get(): Promise<Trust | undefined> {
    return this.db.trust.toCollection().first();
  }

  async create(draft: TrustDraft): Promise<Trust> {
    const errors = validateTrustDraft(draft);
    if (hasErrors(errors)) throw new ValidationError(errors);
    return this.db.transaction('rw', this.db.trust, async () => {
      if ((await this.db.trust.count()) > 0) throw new Error('A trust already exists in this store');
      const now = nowIso();
      const trust: Trust = { id: newId<TrustId>(), name: cleanName(draft.name), kind: draft.kind, createdAt: now, updatedAt: now };
      await this.db.trust.add(trust);
      return trust;
    });
  }

  async update(draft: TrustDraft): Promise<Trust> {
    const errors = validateTrustDraft(draft);
    if (hasErrors(errors)) throw new ValidationError(errors);
    return this.db.transaction('rw', this.db.trust, async () => {
      const current = await this.db.trust.toCollection().first();
      if (!current) throw new Error('There is no trust to update yet');
      const next: Trust = { ...current, name: cleanName(draft.name), kind: draft.kind, updatedAt: nowIso() };
      await this.db.trust.put(next);
      return next;
    });
  }
}
