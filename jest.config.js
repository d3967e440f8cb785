/** One jest run: unit, store contract, integration (real Redis, real sockets) and browser tests. */

export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': '<rootDir>/tests/helpers/transform.cjs',
    // FormatJS ships ES modules only: compiled to CommonJS like our own files.
    '/node_modules/(intl-messageformat|@formatjs)/.+\\.js$': '<rootDir>/tests/helpers/transform.cjs',
  },
  transformIgnorePatterns: ['/node_modules/(?!(intl-messageformat|@formatjs)/)'],
  globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/tests/helpers/global-teardown.ts',
  // Connections a failed test left open are closed after its file, so its process can exit.
  setupFilesAfterEnv: ['<rootDir>/tests/helpers/close-leftovers.ts'],
  testTimeout: 30000,
  // Two cores: integration and browser tests each start servers; two workers keep them honest.
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/tests/helpers/summary-reporter.cjs'],
};
