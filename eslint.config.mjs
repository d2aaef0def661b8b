// ESLint flat config: typescript-eslint's recommended rules for every
// TypeScript file; formatting is Prettier's (eslint-config-prettier turns off
// the stylistic rules that would fight it).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'media/', 'node_modules/', 'test-results/', '.scratch/', 'out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // U+3000 and U+00A0 are data here (Word's indents and blanks), in strings,
      // templates, regexps and the comments that describe them.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true },
      ],
      // Escaping and stripping control characters is deliberate (YAML, HTML, terminals).
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests walk parsed YAML fixtures of any shape.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['client/src/webview/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier,
);
