// What several commands read the same way: the --as-of date, a file named on the command line, and a
// backup given with --data. Each failure says which option or file and what is wrong with it.
import { isIsoDate, isoDateOf, type IsoDate } from '../core/dates';
import { decodeBackup, type DecodedBackup } from '../data/backup/format';
import { UsageError, type CliIo } from './io';

/** The --as-of date: today when it is not given; a usage error when it is not a real date. */
export function asOfOption(value: string | undefined, io: Pick<CliIo, 'now'>): IsoDate {
  const asOf = value ?? isoDateOf(io.now());
  if (!isIsoDate(asOf)) throw new UsageError(`--as-of must be a real date as YYYY-MM-DD, not "${asOf}"`);
  return asOf;
}

/** The bytes of `path`, or an error naming it. */
export async function readInputFile(io: Pick<CliIo, 'readFile'>, path: string): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch (error) {
    throw new Error(`Cannot read "${path}": ${(error as Error).message}`);
  }
}

/**
 * The backup at `path`, decoded. `notReadable` finishes the message when the file is there but is no
 * backup this version can read ("… cannot be read: it is not a zip file").
 */
export async function readBackupFile(
  io: Pick<CliIo, 'readFile'>,
  path: string,
  notReadable: string,
): Promise<DecodedBackup> {
  const bytes = await readInputFile(io, path);
  try {
    return await decodeBackup(bytes);
  } catch (error) {
    throw new Error(`"${path}" ${notReadable}: ${(error as Error).message}`);
  }
}
