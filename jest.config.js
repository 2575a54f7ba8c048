/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // The browser tests need a build and Chromium: `npm run test:e2e` (part of `npm test`).
  testPathIgnorePatterns: ['/node_modules/', '\\.e2e\\.test\\.ts$'],
  transform: {
    // Transpile only: types are checked by `npm run typecheck`, which CI runs too.
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
  },
  // office-addin-mock pulls an ESM-only module through office-addin-manifest's index; its CommonJS entry avoids it.
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js',
  },
  // The CLI tests run the real bin, which needs the compiled lib/.
  globalSetup: '<rootDir>/test/support/build-cli.js',
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  testTimeout: 30000,
};
