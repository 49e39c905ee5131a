// Property tests of the backup file: whatever the store holds — Welsh and Irish names, emoji, any Unicode,
// long notes, binary evidence files — export then import gives the same data, and export, import, export
// gives the same bytes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeBackup,
  encodeBackup,
  type BackupMeta,
  type Snapshot,
  type SnapshotTables,
} from '../../src/data/backup/format';
import { exportSnapshot, restoreSnapshot } from '../../src/data/backup/snapshot';
import { TABLE_NAMES } from '../../src/data/db';
import { LATEST_VERSION } from '../../src/data/migrations';
import { freshDb } from '../support/db';

const meta: BackupMeta = { createdAt: '2026-11-21T12:00:00.000Z', appVersion: 'test', kind: 'backup' };

const CELTIC = [
  'Siân ap Rhys',
  'Dafydd Llŷr',
  'Gwenllian ferch Rhys',
  'Rhodri ab Owain',
  'Ffion Ellis-Jones',
  'Aoife Ní Bhriain',
  'Seán Ó Súilleabháin',
  'Caoimhe Nic Giolla Phádraig',
  'Pádraig Mac Giolla Íosa',
  'Eithne Ó Ceallaigh',
  'Llinos Wyn',
  'Siôn Bŵt',
];
const EMOJI = ['🙂', '👩🏽‍🏫', '🏫', '🇬🇧', '🏴󠁧󠁢󠁷󠁬󠁳󠁿', '✅', '❤️', '👨‍👩‍👧‍👦'];

const text = fc.oneof(
  fc.constantFrom(...CELTIC),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.tuple(fc.constantFrom(...CELTIC), fc.constantFrom(...EMOJI)).map(([n, e]) => `${n} ${e}`),
);
// Long texts: a visit note or a policy of tens of thousands of characters.
const longText = fc
  .tuple(text, fc.integer({ min: 50, max: 2000 }))
  .map(([t, n]) => `${t} — ${'Mae’r DSL yn hysbys i’r staff. Tá an polasaí ar an suíomh. '.repeat(n)}`);
const iso = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString());

function table<T>(arb: fc.Arbitrary<T & { id: string }>, max: number) {
  return fc.uniqueArray(arb, { selector: (r) => r.id, maxLength: max });
}

const storeArb = fc
  .record({
    trustName: text,
    settings: table(
      fc.record({
        id: fc.uuid(),
        name: text,
        phase: fc.constantFrom('infant', 'primary', 'preschool'),
        archived: fc.constantFrom(0, 1),
        nameKey: text,
        linkedSettingIds: fc.array(fc.uuid(), { maxLength: 2 }),
        createdAt: iso,
        updatedAt: iso,
      }),
      4,
    ),
    people: table(
      fc.record({
        id: fc.uuid(),
        name: text,
        forename: text,
        surname: text,
        email: fc.constant(''),
        createdAt: iso,
        updatedAt: iso,
      }),
      8,
    ),
    visits: table(
      fc.record({
        id: fc.uuid(),
        settingId: fc.uuid(),
        date: fc.constant('2026-11-21'),
        officer: text,
        items: fc.array(fc.record({ id: fc.uuid(), section: text, text }), { maxLength: 4 }),
        status: fc.constantFrom('planned', 'completed'),
        createdAt: iso,
        updatedAt: iso,
      }),
      3,
    ),
    findings: table(
      fc.record({
        id: fc.uuid(),
        visitId: fc.uuid(),
        itemId: fc.uuid(),
        judgement: fc.constantFrom('met', 'partly', 'not_met', 'not_seen'),
        note: fc.oneof(text, longText),
        evidenceFileIds: fc.array(fc.uuid(), { maxLength: 2 }),
        updatedAt: iso,
      }),
      4,
    ),
    files: table(
      fc.record({
        id: fc.uuid(),
        name: text,
        mediaType: fc.constantFrom('image/jpeg', 'application/pdf'),
        size: fc.nat(),
        sha256: fc.constant('0'.repeat(64)),
        bytes: fc.uint8Array({ maxLength: 3000 }),
        createdAt: iso,
      }),
      3,
    ),
    config: fc.array(
      fc.record({
        key: fc.constantFrom('backups', 'dueSoonDays'),
        value: fc.oneof(fc.integer(), fc.record({ keep: fc.integer({ min: 1, max: 100 }), note: text })),
        updatedAt: iso,
      }),
      { maxLength: 1 },
    ),
  })
  .map((s): Snapshot => {
    const tables = Object.fromEntries(TABLE_NAMES.map((n) => [n, []])) as unknown as SnapshotTables;
    tables.trust = [
      {
        id: 'a1b2c3d4-0000-4000-8000-000000000001',
        name: s.trustName,
        kind: 'trust',
        createdAt: meta.createdAt,
        updatedAt: meta.createdAt,
      },
    ];
    tables.settings = s.settings;
    tables.people = s.people;
    tables.visits = s.visits;
    tables.findings = s.findings;
    tables.files = s.files.map((f) => ({ ...f, size: f.bytes.byteLength }));
    tables.config = s.config.slice(0, 1);
    return { schemaVersion: LATEST_VERSION, tables };
  });

function sorted(tables: SnapshotTables): SnapshotTables {
  const key = (r: Record<string, unknown>) => String(r.id ?? r.key);
  return Object.fromEntries(
    Object.entries(tables).map(([n, rows]) => [
      n,
      [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)),
    ]),
  ) as SnapshotTables;
}

describe('backups, for any data', () => {
  it('export then import gives equal data; export, import, export gives identical bytes', async () => {
    await fc.assert(
      fc.asyncProperty(storeArb, async (input) => {
        const first = freshDb();
        await restoreSnapshot(first, input);
        const bytes = await encodeBackup(await exportSnapshot(first), meta);
        const second = freshDb();
        await restoreSnapshot(second, (await decodeBackup(bytes)).snapshot);
        const again = await exportSnapshot(second);
        expect(sorted(again.tables)).toEqual(sorted(input.tables));
        expect(await encodeBackup(again, meta)).toEqual(bytes);
        first.close();
        second.close();
      }),
      { numRuns: 40 },
    );
  });

  it('an encrypted backup opens to the same data', async () => {
    await fc.assert(
      fc.asyncProperty(
        storeArb,
        fc.constantFrom(
          'Siân ap Rhys a’r tîm 🏴󠁧󠁢󠁷󠁬󠁳󠁿',
          'Tá an pasfhocal seo fada go leor',
          'correct horse battery staple',
        ),
        async (input, passphrase) => {
          const bytes = await encodeBackup(input, meta, { passphrase });
          const { snapshot } = await decodeBackup(bytes, { passphrase });
          expect(sorted(snapshot.tables)).toEqual(sorted(input.tables));
        },
      ),
      { numRuns: 4 },
    );
  });
});
