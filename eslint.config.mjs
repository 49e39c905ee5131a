// The layering of ARCHITECTURE.md, enforced: each folder may import only what sits below it.
// renderer, cli -> data, documents -> core; main and preload know only ipc.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'url', 'util', 'stream', 'zlib', 'worker_threads'];
const uiAndShell = ['electron', 'electron/*', 'react', 'react/*', 'react-dom', 'react-dom/*', 'react-router', 'dexie', 'dexie-react-hooks'];
const formats = ['docx', 'mammoth', 'mammoth/*', 'pdfjs-dist', 'pdfjs-dist/*'];
const layer = (name) => [`**/${name}`, `**/${name}/*`, `**/${name}/**`];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'resources/**', '.bench/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['**/*.cjs', 'scripts/**/*.mjs', 'bin/**'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly', __filename: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([...layer('main'), ...layer('preload'), ...layer('cli'), 'electron', 'electron/*', ...nodeBuiltins], 'The renderer runs sandboxed: it reaches the system only through the platform API (src/renderer/platform).'),
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      ...restrict(
        [...uiAndShell, ...formats, ...nodeBuiltins, ...layer('data'), ...layer('documents'), ...layer('renderer'), ...layer('main'), ...layer('preload'), ...layer('ipc'), ...layer('cli'), ...layer('resources')],
        'core is pure domain code: no electron, dexie, react, docx, mammoth, pdfjs, node or DOM. Pass what it needs in as arguments.',
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'fetch', 'Buffer', 'process', 'require', 'self', 'crypto'],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'core never reads the clock: take `asOf` as an argument.' }, { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'core never reads the clock: take `asOf` as an argument.' }],
    },
  },
  {
    files: ['src/documents/**/*.ts'],
    rules: restrict([...uiAndShell, ...layer('data'), ...layer('renderer'), ...layer('main'), ...layer('preload'), ...layer('cli')], 'documents reads and writes file formats for core; it knows nothing of the store, the UI or the shell.'),
  },
  {
    files: ['src/data/**/*.ts'],
    rules: restrict(['electron', 'electron/*', 'react', 'react/*', 'react-dom', ...formats, ...layer('renderer'), ...layer('main'), ...layer('preload'), ...layer('cli'), ...layer('documents')], 'data is the offline store: it maps records to core types and knows nothing of the UI, the shell or file formats.'),
  },
  {
    files: ['src/ipc/**/*.ts'],
    rules: restrict([...uiAndShell, ...formats, ...nodeBuiltins, ...layer('core'), ...layer('data'), ...layer('documents'), ...layer('renderer'), ...layer('main'), ...layer('preload'), ...layer('cli')], 'ipc is the contract alone: channel names, types and validators.'),
  },
  {
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: [...layer('core'), ...layer('data'), ...layer('documents'), ...layer('renderer'), ...layer('cli'), 'react', 'dexie'], message: 'main and preload know only the ipc contract: keep them thin.' }],
          // Raw IPC is wired in exactly two files (main/index.ts, preload/index.ts); everything else goes through the typed contract.
          paths: [{ name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'Use the typed contract in src/ipc; raw IPC is wired only in main/index.ts and preload/index.ts.' }],
        },
      ],
    },
  },
  {
    files: ['src/main/index.ts', 'src/preload/index.ts'],
    rules: restrict([...layer('core'), ...layer('data'), ...layer('documents'), ...layer('renderer'), ...layer('cli'), 'react', 'dexie'], 'main and preload know only the ipc contract: keep them thin.'),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: restrict([...layer('renderer'), ...layer('main'), ...layer('preload'), 'electron', 'react'], 'The CLI uses core, data and documents, never the UI or the shell.'),
  },
);
