import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/support/chromium';
import { APP_TIME_ZONE } from './tests/support/app-clock';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  // Three on two cores: a test spends much of its time waiting (for the harness, a timer, a frame),
  // and a third worker fills those waits (e2e 436 s -> 378 s here, every test passing).
  workers: 3,
  retries: 0,
  // Ceilings, not speed limits: every wait is for a state. A busy two-core machine (CI beside
  // another suite) took up to 32 s for tests that take 10 s alone; speed is the bench's business.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'out/test-reports/playwright.json' }]],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    // As the first users have it (headless Chromium still draws native date inputs in US style).
    locale: 'sv-SE',
    timezoneId: APP_TIME_ZONE,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    // Recording a trace for every test, to keep the failing ones', cost a third of the e2e time on
    // this machine (four heavy specs: 59-64 s against 43-45 s). A failure keeps its screenshot;
    // `npx playwright test --trace retain-on-failure` records traces when one is to be looked into.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
