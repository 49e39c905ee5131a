import { parseArgs } from 'node:util';
import { formatUkDate } from '../../core/dates';
import type { SettingId } from '../../core/ids';
import type { AppConfig } from '../../core/config';
import { computeCompliance, type ComplianceFigures } from '../../core/training/compliance';
import { audienceLabel } from '../../core/training/audience';
import { TRAINING_STATUS_LABELS } from '../../core/training/status';
import { upgradeSnapshot } from '../../data/backup/snapshot';
import { restoreConfig } from '../../data/defaults';
import { trainingDataFromTables } from '../../data/repos/training-repo';
import { UsageError, type Command } from '../io';
import { asOfOption, readBackupFile } from '../inputs';

const flat = (f: ComplianceFigures) => ({
  ...f.counts,
  required: f.required,
  compliant: f.compliant,
  percentCompliant: f.percentCompliant,
});
const pct = (p: number | null) => (p === null ? '—' : `${p.toFixed(1)}%`);

export const trainingCommand: Command = {
  name: 'training',
  summary: 'Training compliance from a backup: per setting and per course, and the people with exceptions',
  usage: `oversight training --data FILE [--as-of YYYY-MM-DD] [--json] [--counts-only] [--expiring-days N]

  --data FILE         an Oversight backup (.oversight)
  --as-of DATE        the date to judge training on (default: today)
  --json              print JSON: per setting and per course the counts (valid, expiring, expired,
                      missing) and the percentage compliant, and the exceptions
  --counts-only       leave out the people with exceptions (names), printing counts only
  --expiring-days N   the warning window in days (default: the backup's setting, else 60)`,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        data: { type: 'string' },
        'as-of': { type: 'string' },
        json: { type: 'boolean', default: false },
        'counts-only': { type: 'boolean', default: false },
        'expiring-days': { type: 'string' },
      },
    });
    if (!values.data) throw new UsageError('--data FILE is required');
    const asOf = asOfOption(values['as-of'], io);
    const decoded = await readBackupFile(io, values.data, 'cannot be read');
    const { tables } = upgradeSnapshot(decoded.snapshot);
    const stored = Object.fromEntries(tables.config.map((r) => [String(r.key), r.value])) as Partial<
      Record<keyof AppConfig, unknown>
    >;
    let expiringDays = restoreConfig(stored).config.trainingExpiringDays;
    if (values['expiring-days'] !== undefined) {
      expiringDays = Number(values['expiring-days']);
      if (!Number.isInteger(expiringDays) || expiringDays < 0 || expiringDays > 365)
        throw new UsageError(
          `--expiring-days must be a whole number from 0 to 365, not "${values['expiring-days']}"`,
        );
    }
    const data = trainingDataFromTables(tables);
    const settings = tables.settings
      .filter((s) => s.archived !== 1 && s.archived !== true)
      .map((s) => ({ id: String(s.id) as SettingId, name: String(s.name) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
    const names = new Map(settings.map((s) => [s.id, s.name]));
    const result = computeCompliance(data, { asOf, expiringDays, settingIds: settings.map((s) => s.id) });
    const bySetting = new Map(result.settings.map((s) => [s.settingId, s]));
    const courseName = new Map(result.courses.map((c) => [c.id, c.name]));
    const settingRows = settings.map((s) => {
      const r = bySetting.get(s.id);
      return {
        id: s.id,
        name: s.name,
        staff: r?.people ?? 0,
        peopleFullyCompliant: r?.peopleFullyCompliant ?? 0,
        ...(r
          ? flat(r)
          : {
              valid: 0,
              expiring: 0,
              expired: 0,
              missing: 0,
              required: 0,
              compliant: 0,
              percentCompliant: null,
            }),
        courses: (r?.courses ?? [])
          .filter((c) => c.required > 0)
          .map((c) => ({ id: c.courseId, name: courseName.get(c.courseId) ?? '', ...flat(c) })),
      };
    });
    const courseRows = result.courses.map((c, i) => ({
      id: c.id,
      name: c.name,
      validityMonths: c.validityMonths,
      audience: audienceLabel(c.audience),
      ...flat(result.courseFigures[i]!),
    }));
    const exceptions = result.exceptions.map((e) => ({
      personId: e.personId,
      name: e.name,
      settings: e.settingIds.map((id) => names.get(id) ?? id),
      course: courseName.get(e.courseId) ?? e.courseId,
      status: e.status,
      lastCompleted: e.lastCompleted,
      expiresOn: e.expiresOn,
    }));

    if (values.json) {
      const out = {
        asOf,
        expiringDays,
        overall: flat(result.overall),
        settings: settingRows,
        courses: courseRows,
        ...(values['counts-only'] ? {} : { exceptions }),
      };
      io.stdout(`${JSON.stringify(out, null, 2)}\n`);
      return 0;
    }
    const lines: string[] = [];
    lines.push(
      `Training compliance as of ${formatUkDate(asOf)} (expiring within ${expiringDays} days): ${pct(result.overall.percentCompliant)} compliant`,
      '',
    );
    const table = (header: string[], rows: string[][]) => {
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
      const fmt = (r: string[]) =>
        r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
      lines.push(fmt(header), ...rows.map(fmt), '');
    };
    const counts = (r: {
      valid: number;
      expiring: number;
      expired: number;
      missing: number;
      percentCompliant: number | null;
    }) => [
      String(r.valid),
      String(r.expiring),
      String(r.expired),
      String(r.missing),
      pct(r.percentCompliant),
    ];
    table(
      ['Setting', 'Staff', 'Valid', 'Expiring', 'Expired', 'Missing', 'Compliant'],
      settingRows.map((s) => [s.name, String(s.staff), ...counts(s)]),
    );
    table(
      ['Course', 'Valid', 'Expiring', 'Expired', 'Missing', 'Compliant'],
      courseRows.map((c) => [c.name, ...counts(c)]),
    );
    if (values['counts-only']) lines.push(`${exceptions.length} exceptions (names left out: --counts-only)`);
    else {
      lines.push(`${exceptions.length} exceptions:`);
      for (const e of exceptions) {
        const when = e.expiresOn
          ? ` (${e.status === 'expiring' ? 'expires' : 'expired'} ${formatUkDate(e.expiresOn)})`
          : '';
        lines.push(
          `  ${TRAINING_STATUS_LABELS[e.status]}: ${e.name}, ${e.course}${when} — ${e.settings.join(', ')}`,
        );
      }
    }
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};
