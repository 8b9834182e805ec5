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

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results'] },
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
    ignores: ['src/board/miro/**', 'src/board/emulator/**', 'src/core/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'miro', message: 'Only board/miro talks to the Miro SDK.' },
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
