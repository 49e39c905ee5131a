import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate, isoDateOf } from '../../core/dates';
import { outlineToText } from '../../core/outline';
import { encodeBackup } from '../../data/backup/format';
import { sampleSnapshot, textFiles } from '../../data/sample/materialise';
import { buildSampleTrust } from '../../data/sample/sample-trust';
import { buildLaScale, LA_SCALE } from '../../data/sample/la-scale';
import { outlineToDocx } from '../../documents/outline-render';
import { UsageError, type Command } from '../io';
import { APP_VERSION } from '../version';
import { sampleTrustSnapshot } from '../sample-trust-snapshot';

export const sampleCommand: Command = {
  name: 'sample',
  summary: 'Write the sample trust, or a synthetic local authority, as a backup file the app can restore',
  usage: `oversight sample --out FILE [--scale trust|la] [--as-of YYYY-MM-DD] [--policies DIR]

  --scale trust   the sample trust: six settings with Word policies, people, staff and training (default)
  --scale la      a synthetic local authority: ${LA_SCALE.settings} settings, ${LA_SCALE.settings * LA_SCALE.policiesPerSetting} policies,
                  ${LA_SCALE.settings * LA_SCALE.staffPerSetting} staff and ${LA_SCALE.settings * LA_SCALE.staffPerSetting * LA_SCALE.completionsPerPerson} training completions
  --as-of DATE    the date the sample's dates are relative to (default: today)
  --policies DIR  also write the sample trust's policies as .docx and .txt files into DIR, to try importing them`,
  async run(args, io) {
    const { values } = parseArgs({ args, options: { out: { type: 'string' }, scale: { type: 'string', default: 'trust' }, 'as-of': { type: 'string' }, policies: { type: 'string' } } });
    if (!values.out && !values.policies) throw new UsageError('--out FILE is required');
    if (values.scale !== 'trust' && values.scale !== 'la') throw new UsageError(`--scale must be "trust" or "la", not "${values.scale}"`);
    const asOf = values['as-of'] ?? isoDateOf(io.now());
    if (!isIsoDate(asOf)) throw new UsageError(`--as-of must be a date as YYYY-MM-DD, not "${asOf}"`);
    const createdAt = `${asOf}T12:00:00.000Z`;
    if (values.policies) {
      if (values.scale !== 'trust') throw new UsageError('--policies writes the sample trust’s files; it does not go with --scale la');
      const sample = buildSampleTrust(asOf);
      for (const p of sample.policies) {
        await io.writeFile(join(values.policies, `${p.fileStem}.docx`), await outlineToDocx(p.outline));
        await io.writeFile(join(values.policies, `${p.fileStem}.txt`), new TextEncoder().encode(outlineToText(p.outline)));
      }
      io.stdout(`Wrote ${sample.policies.length * 2} policy files (.docx and .txt) to ${values.policies}\n`);
    }
    if (!values.out) return 0;
    const started = performance.now();
    const snapshot = values.scale === 'trust' ? await sampleTrustSnapshot(asOf, createdAt) : await sampleSnapshot(buildLaScale(asOf), textFiles, createdAt);
    const bytes = await encodeBackup(snapshot, { createdAt, appVersion: APP_VERSION, kind: 'backup', description: values.scale === 'la' ? 'Synthetic local authority sample' : 'Sample trust' });
    await io.writeFile(values.out, bytes);
    const counts = Object.entries(snapshot.tables)
      .filter(([, rows]) => rows.length > 0)
      .map(([name, rows]) => `${rows.length} ${name}`)
      .join(', ');
    io.stdout(`Wrote ${values.out} (${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s: ${counts}\n`);
    return 0;
  },
};
