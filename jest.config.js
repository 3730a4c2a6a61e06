/**
 * One jest run for unit tests (`__tests__/` beside the code), subgraph integration tests and
 * the cross-subgraph tests in `tests/`. Type errors are caught by `npm run typecheck`, so
 * ts-jest only transpiles (much faster on two cores).
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/lib', '<rootDir>/gateway', '<rootDir>/subgraphs', '<rootDir>/scripts', '<rootDir>/bench', '<rootDir>/tests'],
  testMatch: ['**/__tests__/**/*.test.ts', '<rootDir>/tests/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json', diagnostics: false }] },
  testTimeout: 120_000,
  maxWorkers: 2,
};
