/** The browser tests: the built pane in headless Chromium (npm run test:e2e builds dist/ first). */
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ['**/*.e2e.test.ts'],
  testPathIgnorePatterns: [],
  globalSetup: undefined,
  testTimeout: 60000,
};
