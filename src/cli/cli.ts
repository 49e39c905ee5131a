// `npx oversight …`: the same core, data and documents as the app, from a terminal.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UsageError, type CliIo, type Command } from './io';
import { sampleCommand } from './commands/sample';
import { extractCommand } from './commands/extract';
import { reportCommand } from './commands/report';
import { trainingCommand } from './commands/training';
import { verifyCommand } from './commands/verify';
import { statusCommand } from './commands/status';
import { compareCommand } from './commands/compare';
import { APP_VERSION } from './version';

export const COMMANDS: Command[] = [sampleCommand, extractCommand, reportCommand, trainingCommand, statusCommand, verifyCommand, compareCommand];

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `Oversight ${APP_VERSION}: safeguarding policy oversight from the command line.`,
    '',
    'Usage: oversight <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "oversight <command> --help" for a command’s options.',
    '',
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${APP_VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`Unknown command "${name}".\n\n${helpText()}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`Usage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`oversight ${name}: ${(error as Error).message}\n\nUsage: ${command.usage}\n`);
      return 2;
    }
    io.stderr(`oversight ${name}: ${(error as Error).message}\n`);
    return 1;
  }
}

export const nodeIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readFile: async (p) => new Uint8Array(await readFile(p)),
  writeFile: async (p, b) => {
    await mkdir(dirname(p), { recursive: true });
    await writeFile(p, b);
  },
  now: () => new Date(),
  prompt: promptWithoutEcho,
};

/**
 * Asks for a passphrase on the terminal without echoing what is typed; undefined when there is no terminal
 * (a pipe or a script), so the command can say to use --passphrase-file instead.
 */
function promptWithoutEcho(question: string): Promise<string | undefined> {
  const input = process.stdin;
  if (!input.isTTY || typeof input.setRawMode !== 'function') return Promise.resolve(undefined);
  process.stderr.write(question);
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (value: string | undefined, error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return finish(typed);
        if (char === '\u0003') return finish(undefined, new Error('cancelled'));
        if (char === '\u0004') return finish(typed);
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
    };
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });
}

export async function main(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2), nodeIo);
}
