#!/usr/bin/env node
// Runs the TypeScript CLI (src/cli) through tsx, so `npx oversight` works straight after `npm install`
// with no build step and always matches the sources.
const path = require('node:path');
require('tsx/cjs/api').register();

require(path.join(__dirname, '..', 'src', 'cli', 'entry.ts'));
