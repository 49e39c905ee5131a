// What a command may touch, passed in so tests run commands without a terminal or a disk.
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /** Today's date, for `--as-of` defaults. */
  now(): Date;
  /** Reads a line from the terminal without echo (passphrases); undefined when there is no terminal. */
  prompt?(question: string): Promise<string | undefined>;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

export class UsageError extends Error {}
