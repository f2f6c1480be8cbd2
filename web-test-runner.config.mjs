import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import chromium from './test/support/chromium.json' with { type: 'json' };

const junitFile = 'test-results/elements.xml';

const escapeXml = (text) =>
  String(text).replace(
    /[<>&"']/g,
    (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char],
  );

function flatten(suite, path = []) {
  const here = suite.name ? [...path, suite.name] : path;
  return [
    ...suite.tests.map((test) => ({ ...test, name: [...here, test.name].join(' › ') })),
    ...suite.suites.flatMap((child) => flatten(child, here)),
  ];
}

/**
 * Writes JUnit XML for CI and prints one `elements: N passed, N failed, N skipped` line that the
 * root `npm test` script reads (the built-in reporters print no such line).
 */
function junitReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const suites = sessions.map((session) => {
        const tests = session.testResults ? flatten(session.testResults) : [];
        // A file that failed to load has no test results, only session errors: count it as a failure.
        const loadErrors = tests.length === 0 ? session.errors : [];
        const cases = tests.map((test) => {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
          const body = test.skipped
            ? '<skipped/>'
            : test.passed
              ? ''
              : `<failure message="${escapeXml(test.error?.message ?? 'failed')}">${escapeXml(test.error?.stack ?? '')}</failure>`;
          const time = ((test.duration ?? 0) / 1000).toFixed(3);
          return `    <testcase name="${escapeXml(test.name)}" time="${time}">${body}</testcase>`;
        });
        for (const error of loadErrors) {
          failed++;
          cases.push(
            `    <testcase name="loads the test file"><failure message="${escapeXml(error.message)}">${escapeXml(error.stack ?? '')}</failure></testcase>`,
          );
        }
        const file = relative(process.cwd(), session.testFile);
        return `  <testsuite name="${escapeXml(file)}" tests="${cases.length}">\n${cases.join('\n')}\n  </testsuite>`;
      });
      mkdirSync(dirname(junitFile), { recursive: true });
      writeFileSync(
        junitFile,
        `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="elements" tests="${passed + failed + skipped}" failures="${failed}" skipped="${skipped}">\n${suites.join('\n')}\n</testsuites>\n`,
      );
      console.log(`elements: ${passed} passed, ${failed} failed, ${skipped} skipped`);
    },
  };
}

/** Element tests in Debian's Chromium (no browser download); see /work/shared/TOOLCHAIN.md. */
export default {
  // `*.node.test.ts` read the sources or the manifest in Node (the `unit` suite), not in a browser.
  files: ['packages/elements/src/**/*.test.ts', '!packages/elements/src/**/*.node.test.ts'],
  // Inside this repository the Portalkit packages resolve to their TypeScript sources.
  nodeResolve: { exportConditions: ['@portalkit/source'] },
  concurrency: 2,
  // Creating the first pages waits for Chromium to start and the dev server to compile the
  // sources; on a busy 2-core machine that took longer than the default 30 s.
  browserStartTimeout: 120_000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    // The elements' tsconfig sets experimentalDecorators + useDefineForClassFields: false itself:
    // esbuild reads only this file (it does not follow `extends`), and Lit's reactive properties
    // silently stop updating with standard decorators. The plugin also maps `./x.js` imports in
    // TypeScript files to `./x.ts`, as the protocol package's sources use them.
    esbuildPlugin({ ts: true, tsconfig: './packages/elements/tsconfig.json' }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      // Debian's Chromium and the flags it needs here, shared with the end-to-end tests.
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? chromium.executablePath,
        args: chromium.args,
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), junitReporter()],
};
