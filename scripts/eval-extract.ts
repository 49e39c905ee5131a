// `npm run eval:extract`: field-by-field precision and recall of extraction on the five seed policies,
// in each form a user would have them (.txt, .docx, .pdf), and whether every form gives the same facts.
// The seeds live outside the project (../shared/seeds; OVERSIGHT_SEEDS overrides the folder).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultConfig } from '../src/data/defaults';
import { addScores, LIST_FIELDS, precisionRecall, predictFile, SCALAR_FIELDS, scoreFile, type FieldScore, type Prediction, type ScoredField, type SeedLabel } from '../src/cli/extraction-eval';

const FORMS = ['txt', 'docx', 'pdf'] as const;
const seeds = resolve(process.env.OVERSIGHT_SEEDS ?? join(__dirname, '../../shared/seeds'));

function pct(n: number): string {
  return `${(n * 100).toFixed(0)}%`.padStart(5);
}

function table(title: string, scores: Partial<Record<ScoredField, FieldScore>>): string {
  const rows = [`${title}`, `  ${'field'.padEnd(22)} ${'prec.'.padStart(5)} ${'recall'.padStart(6)}   tp  fp  fn  (both empty)`];
  const total: FieldScore = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const field of [...SCALAR_FIELDS, ...LIST_FIELDS]) {
    const s = scores[field];
    if (!s) continue;
    const { precision, recall } = precisionRecall(s);
    rows.push(`  ${field.padEnd(22)} ${pct(precision)} ${pct(recall).padStart(6)}  ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}  (${s.tn})`);
    total.tp += s.tp;
    total.fp += s.fp;
    total.fn += s.fn;
    total.tn += s.tn;
  }
  const { precision, recall } = precisionRecall(total);
  rows.push(`  ${'all fields'.padEnd(22)} ${pct(precision)} ${pct(recall).padStart(6)}  ${String(total.tp).padStart(3)} ${String(total.fp).padStart(3)} ${String(total.fn).padStart(3)}  (${total.tn})`);
  return rows.join('\n');
}

async function main(): Promise<void> {
  const labels = JSON.parse(readFileSync(join(seeds, 'labels.json'), 'utf8')) as SeedLabel[];
  const config = defaultConfig();
  const context = { frameworks: config.frameworks, guidance: config.guidance };
  const byForm = new Map<string, Prediction[]>();
  const all: Partial<Record<ScoredField, FieldScore>> = {};
  for (const form of FORMS) {
    const scores: Partial<Record<ScoredField, FieldScore>> = {};
    const predictions: Prediction[] = [];
    for (const label of labels) {
      const path = join(seeds, label.file.replace(/\.txt$/, `.${form}`));
      const prediction = await predictFile(path, new Uint8Array(readFileSync(path)), context);
      predictions.push(prediction);
      addScores(scores, scoreFile(label, prediction));
    }
    byForm.set(form, predictions);
    addScores(all, scores);
    console.log(`${table(`Seeds as .${form} (${labels.length} files)`, scores)}\n`);
  }
  console.log(`${table(`All forms (${labels.length * FORMS.length} files)`, all)}\n`);

  // The same facts whichever form was imported.
  const differences: string[] = [];
  labels.forEach((label, i) => {
    const [first, ...rest] = FORMS.map((f) => byForm.get(f)![i]!);
    for (const [j, other] of rest.entries()) {
      for (const field of [...SCALAR_FIELDS, ...LIST_FIELDS]) {
        const a = JSON.stringify((first as unknown as Record<string, unknown>)[field]);
        const b = JSON.stringify((other as unknown as Record<string, unknown>)[field]);
        if (a !== b) differences.push(`  ${label.file.replace(/\.txt$/, '')}: ${field} differs in .${FORMS[j + 1]} (${b}) from .txt (${a})`);
      }
    }
  });
  console.log(differences.length ? `Facts that differ between forms:\n${differences.join('\n')}` : 'Every form gives the same facts.');
}

void main();
