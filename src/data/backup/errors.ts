// Errors a user can act on when opening a backup or pack. Their `name` survives the trip from the worker,
// so the app can ask for a passphrase rather than only show a message.

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

export class PassphraseRequiredError extends BackupError {
  constructor(message = 'This file is encrypted: enter its passphrase to open it') {
    super(message);
    this.name = 'PassphraseRequiredError';
  }
}

export class WrongPassphraseError extends BackupError {
  constructor(
    message = 'That passphrase does not open this file. Check it and try again; nothing has been changed.',
  ) {
    super(message);
    this.name = 'WrongPassphraseError';
  }
}
