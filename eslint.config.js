import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const platformImports = [
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'core/ has no UI.' },
  { group: ['node:*'], message: 'core/ runs on no platform.' },
  { group: ['@mirohq/*'], message: 'core/ knows no whiteboard SDK.' },
  {
    // A folder of the project outside core/, at any depth: core/ has no folder of these names.
    group: ['board', 'app', 'panel', 'sandbox', 'cli', 'entries', 'test'],
    message: 'core/ imports nothing from the rest of the project.',
  },
];

/**
 * The layers' import rules (DESIGN §2): what each layer must not import. The paths are relative
 * imports, so `^(\.\./)+board/` is the project's board/ seen from any folder below src/.
 */
const above = (layers, message) => ({ regex: `^(\\.\\./)+(${layers.join('|')})/`, message });
/** The read flow's steps, which app/ puts together: outside it only their types are used. */
const readPipeline = {
  regex: '^(\\.\\./)+core/(readback/|snapshot/buildSnapshot|report/(buildReport|analyzeMap)\\.ts$)',
  allowTypeImports: true,
  message: 'Read and report through app/ (readMaps, readReport), not core pieces of your own.',
};
/** Each whiteboard's global is touched by its own adapter alone (and its emulator). */
const noMiro = { name: 'miro', message: 'Only board/miro talks to the Miro SDK.' };
const noFigma = { name: 'figma', message: 'Only board/figjam talks to the FigJam plugin API.' };
const testHelpers = above(['test'], 'Test builders and fakes are for tests only.');
const sandboxBoard = (regex) => ({
  regex,
  message:
    'sandbox/ reaches the emulator through sandbox/SandboxEmulator.ts, board files through board/rest/parseBoardFile.ts.',
});

/**
 * Per layer, what its sources must not import, and its tests (`tests`, when they differ): tests
 * of app/ and panel/ may run the real adapter over the emulator and build boards from test/.
 */
const layers = {
  board: {
    sources: [above(['app', 'panel', 'sandbox', 'cli', 'entries'], 'board/ imports core/ only.')],
  },
  app: {
    sources: [
      above(['panel', 'sandbox', 'cli', 'entries'], 'app/ is called by the UIs, never calls them.'),
    ],
    adapters: {
      regex: '^(\\.\\./)+board/(?!port\\.ts$)',
      allowTypeImports: true,
      message: 'app/ works on the Board port; entries/ choose the adapter.',
    },
  },
  panel: {
    sources: [
      above(['sandbox', 'cli', 'entries'], 'panel/ imports app/, core/ and the Board port.'),
      readPipeline,
    ],
    adapters: {
      regex: '^(\\.\\./)+board/(miro|rest|emulator|figjam)/',
      message: 'panel/ sees the board through the Board port only.',
    },
  },
  sandbox: {
    sources: [
      above(['panel', 'cli', 'entries'], 'sandbox/ hosts the panel in a frame, not by import.'),
      readPipeline,
      sandboxBoard('^(\\.\\./)+board/(miro|emulator|figjam|rest/(?!parseBoardFile\\.ts$))'),
    ],
  },
  cli: {
    sources: [
      above(['panel', 'sandbox', 'entries'], 'cli/ imports app/, core/ and the REST readers.'),
      readPipeline,
      {
        regex: '^(\\.\\./)+board/(miro|emulator|figjam/(?!rest/))',
        message: 'cli/ reads over board/rest and board/figjam/rest.',
      },
    ],
  },
};

const layerRules = Object.entries(layers).flatMap(([layer, { sources, adapters }]) => [
  {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...sources, ...(adapters ? [adapters] : []), testHelpers] },
      ],
    },
  },
  {
    files: [`src/${layer}/**/*.test.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns: sources }] },
  },
]);

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-console': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'Name what you export.' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: platformImports }],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'miro',
        'figma',
        'fetch',
        'setTimeout',
        'localStorage',
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'Time comes in as an argument.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Time comes in as an argument.',
        },
        {
          selector: "MemberExpression[object.name='Math'][property.name='random']",
          message: 'Ids come in as arguments.',
        },
        { selector: 'ExportAllDeclaration', message: 'Name what you export.' },
      ],
    },
  },
  {
    files: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: platformImports.filter((p) => !p.group.includes('test')) },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/board/miro/**', 'src/board/emulator/**', 'src/board/figjam/**', 'src/core/**'],
    rules: { 'no-restricted-globals': ['error', noMiro, noFigma] },
  },
  {
    files: ['src/board/miro/**/*.{ts,tsx}', 'src/board/emulator/**/*.{ts,tsx}'],
    rules: { 'no-restricted-globals': ['error', noFigma] },
  },
  {
    files: ['src/board/figjam/**/*.{ts,tsx}'],
    rules: { 'no-restricted-globals': ['error', noMiro] },
  },
  ...layerRules,
  {
    files: ['src/sandbox/SandboxEmulator.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...layers.sandbox.sources.filter((pattern) => !pattern.regex.includes('board/')),
            sandboxBoard('^(\\.\\./)+board/(?!emulator/EmulatorView\\.ts$)'),
            testHelpers,
          ],
        },
      ],
    },
  },
  {
    files: ['public/**/*.js'],
    languageOptions: { globals: { window: 'readonly' } },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
