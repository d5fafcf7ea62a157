import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bench/.work/', 'coverage/', 'test/.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', TextDecoder: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The bin is CommonJS (bin/package.json), so that `okr --version` needs no ES module loader.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Maps parsed from YAML inherit `constructor` and friends: look ids up through src/lookup.ts.
      'no-restricted-syntax': ['error',
        {
          selector: "MemberExpression[computed=true][object.type='MemberExpression'][object.property.name=/^(people|rules|roles)$/]",
          message: 'A lookup by id into a map from YAML sees inherited names (constructor): use own() from src/lookup.ts.',
        },
        {
          selector: "MemberExpression[computed=true][object.type='Identifier'][object.name=/^(people|registry)$/]",
          message: 'A lookup by id into a map from YAML sees inherited names (constructor): use own() from src/lookup.ts.',
        },
        {
          selector: "BinaryExpression[operator='in'][left.type!='Literal']",
          message: '`key in map` is true for inherited names (constructor): use Object.hasOwn or hasOwn() from src/lookup.ts.',
        },
      ],
    },
  },
);
