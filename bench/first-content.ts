/**
 * First content (issue 25): the time from navigation start to an element's first visible content,
 * each element file beside a bare Lit element built the same way (`bench/fixtures/
 * bare-lit-element.ts` through `elementFileConfig`: minified, one self-contained file, V8's
 * compile hint first).
 *
 * Every page loads one file as a site does (`<script type="module" src>` and the tag) from a
 * local server, in Chromium as the tests launch it. Each load gets a fresh browser context (no
 * HTTP cache, no compiled code kept from an earlier load); the pages are loaded in interleaved
 * rounds, the order reversed every other round (A B C, C B A, …), without throttling and with the
 * CPU slowed 4× (`Emulation.setCPUThrottlingRate`, a mid-range phone). An element's ratio is the
 * median over the rounds of its load's time over the bare element's in the same round: load from
 * other processes that rises or falls during the run moves both alike (the ratio of the two
 * medians is in the note). An element whose first content comes from the server (the member's
 * address, passkeys, …) is compared with the bare element that first fetches one small JSON answer
 * (`bare-lit-element-fetching.ts`), so the round trip every such element needs is not counted as
 * its own work. Budget: at 4×, at most 1.2 for every element with a first content. Beside each
 * element whose first content needs nothing from the server, its floor: its first DOM and sheets
 * in a static Lit element (`buildFloor`), so the table tells the form's own cost from the
 * element's work.
 *
 * `node --conditions=@portalkit/source --import tsx bench/first-content.ts` prints the table
 * (after `vite build`); `--loads=N` changes the number of rounds.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build, mergeConfig } from 'vite';
import { launchChromium } from '../test/support/chromium.js';
import { elementFileConfig, elementFilesDir } from '../vite.config.js';
import type { BenchRow } from './server.js';

const fixture = resolve(import.meta.dirname, 'fixtures/bare-lit-element.ts');
const fetchingFixture = resolve(import.meta.dirname, 'fixtures/bare-lit-element-fetching.ts');

/** The budget at 4× CPU throttling: an element's ratio to the bare element. */
const budget = 1.2;
const throttles = [1, 4] as const;

interface Subject {
  /** The file the page loads, and the element's tag. */
  file: string;
  tag: string;
  /** What counts as first content: the first match that is rendered with a size. */
  selector: string;
  /** What first content is, for the note. */
  what: string;
  /** Whether the budget applies (the references and floors have none). */
  budgeted: boolean;
  /** The content comes from the server: the reference is the bare element that fetches first. */
  fetches?: boolean;
  /** The tag's attributes on the page, as a site writes them. */
  attributes?: string;
}

const bare: Subject = {
  file: 'bare-lit-element.js',
  tag: 'bare-lit-element',
  selector: 'bare-lit-element input',
  what: 'its input',
  budgeted: false,
};

const bareFetching: Subject = {
  file: 'bare-lit-element-fetching.js',
  tag: 'bare-lit-element-fetching',
  selector: 'bare-lit-element-fetching input',
  what: 'its input, after GET /portal/bare',
  budgeted: false,
  fetches: true,
};

/**
 * Every element with a first content a member waits for. `<pk-portal>` shows nothing of its own,
 * `<pk-session-timer>` nothing until its warning. `<pk-register>` shows its first step at once and
 * asks the server where to resume in the background (one GET, answered at once here: not
 * activated, no letter in this browser). The others show what only the server knows; the local
 * server answers as the real one would (`answers`).
 */
const subjects: Subject[] = [
  {
    file: 'pk-login.js',
    tag: 'pk-login',
    selector: 'pk-login input',
    what: 'the identifier input',
    budgeted: true,
  },
  {
    file: 'pk-register.js',
    tag: 'pk-register',
    selector: 'pk-register input',
    what: "the identify step's first input",
    budgeted: true,
  },
  {
    file: 'pk-forgot-password.js',
    tag: 'pk-forgot-password',
    selector: 'pk-forgot-password input',
    what: "the identify step's input",
    budgeted: true,
  },
  {
    file: 'pk-address-change.js',
    tag: 'pk-address-change',
    selector: 'pk-address-change input',
    what: "the address form's first input, after GET /address (the current address)",
    budgeted: true,
    fetches: true,
  },
  {
    file: 'pk-bank-details.js',
    tag: 'pk-bank-details',
    selector: 'pk-bank-details input',
    what: "the bank details form's first input, after GET /bank-details",
    budgeted: true,
    fetches: true,
  },
  {
    file: 'pk-document-upload.js',
    tag: 'pk-document-upload',
    selector: 'pk-document-upload input',
    what: 'the first category to choose, after GET /documents/categories',
    budgeted: true,
    fetches: true,
  },
  {
    file: 'pk-account.js',
    tag: 'pk-account',
    selector: "pk-account [part~='action']",
    what: "the overview's first button, after GET /account and /account/sessions",
    budgeted: true,
    fetches: true,
  },
  {
    file: 'pk-approve.js',
    tag: 'pk-approve',
    selector: "pk-approve [part~='item'] button",
    what: 'the inbox\'s first approval (`mode="inbox"`), after GET /approvals',
    attributes: ' mode="inbox"',
    budgeted: true,
    fetches: true,
  },
  {
    file: 'pk-passkeys.js',
    tag: 'pk-passkeys',
    selector: "pk-passkeys [part~='passkey']",
    what: 'the first passkey of the list, after GET /passkeys',
    budgeted: true,
    fetches: true,
  },
];

/**
 * Each budgeted element's first content without the element (see `buildFloor`): what the form
 * itself costs to load, lay out and paint.
 */
const floors = new Map<Subject, Subject>(
  subjects
    .filter((subject) => subject.budgeted && !subject.fetches)
    .map((subject) => [
      subject,
      {
        file: `${subject.tag}-floor.js`,
        tag: `${subject.tag}-floor`,
        selector: `${subject.tag}-floor input`,
        what: `<${subject.tag}>'s first DOM as one static template, adopting its sheets, nothing else`,
        budgeted: false,
      },
    ]),
);
const floorOf = new Map([...floors].map(([subject, floor]) => [floor, subject]));

/** What the local portal answers, as the real one would for a member in that state. */
const answers: Record<string, unknown> = {
  // The passkey autofill ceremony <pk-login> starts once the browser said it can offer passkeys.
  '/portal/login/passkey/options': {
    options: {
      challenge: 'Zmlyc3QtY29udGVudA',
      rpId: 'localhost',
      userVerification: 'required',
    },
  },
  '/portal/register': { activated: false },
  '/portal/bare': { name: 'Anschrift' },
  '/portal/approvals': {
    approvals: [
      {
        id: 'approval-1',
        kind: 'address-change',
        summary: {
          de: {
            title: 'Neue Anschrift',
            lines: [
              {
                label: 'Straße und Hausnummer',
                from: 'Musterstraße 12a',
                to: 'Lindenweg 3',
              },
            ],
          },
          en: {
            title: 'New address',
            lines: [
              {
                label: 'Street and number',
                from: 'Musterstraße 12a',
                to: 'Lindenweg 3',
              },
            ],
          },
        },
        status: 'pending',
        createdAt: '2026-12-01T08:00:00Z',
        expiresAt: '2026-12-01T08:05:00Z',
      },
    ],
  },
  '/portal/address': {
    address: {
      street: 'Musterstraße',
      houseNumber: '12a',
      postcode: '10115',
      city: 'Berlin',
    },
  },
  '/portal/bank-details': {
    bankDetails: {
      holder: 'Erika Mustermann',
      iban: 'DE89 •••• •••• •••• ••30 00',
      bankName: 'Commerzbank',
    },
  },
  '/portal/documents/categories': {
    categories: [
      ['sick-note', 'Arbeitsunfähigkeitsbescheinigung', 'Sick note'],
      ['invoice', 'Rechnung', 'Invoice'],
    ].map(([id, de, en]) => ({
      id,
      label: { de, en },
      approval: false,
      types: ['application/pdf', 'image/jpeg', 'image/png'],
      maxFileBytes: 10_000_000,
      maxTotalBytes: 20_000_000,
      maxFiles: 5,
    })),
  },
  '/portal/account': {
    account: {
      displayName: 'Erika Mustermann',
      email: 'erika@example.de',
      passkeys: 2,
    },
    signal: {
      rpId: 'localhost',
      userId: 'Zmlyc3QtY29udGVudA',
      name: 'erika@example.de',
      displayName: 'Erika Mustermann',
    },
  },
  '/portal/account/sessions': {
    sessions: [
      {
        id: 'session-1',
        browser: 'Chrome',
        system: 'Linux',
        method: 'passkey',
        createdAt: '2026-12-01T08:00:00Z',
        lastSeenAt: '2026-12-01T08:05:00Z',
        current: true,
      },
    ],
  },
  '/portal/passkeys': {
    passkeys: [
      {
        id: 'pk-1',
        name: 'iPhone',
        createdAt: '2026-11-02T09:30:00Z',
        lastUsedAt: '2026-11-28T18:05:00Z',
        backedUp: true,
      },
      {
        id: 'pk-2',
        name: 'Windows Hello',
        createdAt: '2026-10-14T12:00:00Z',
        lastUsedAt: null,
        backedUp: false,
      },
    ],
    signal: {
      rpId: 'localhost',
      userId: 'Zmlyc3QtY29udGVudA',
      name: 'erika@example.de',
      displayName: 'Erika Mustermann',
    },
    offer: false,
  },
};

/**
 * Runs in the page from the start of parsing, before the element file. It looks for the first
 * content in a `requestAnimationFrame` callback, which runs in every frame right before the browser
 * styles, lays out and paints it: the first frame in which the content exists with a size is the
 * frame that shows it. From that callback it posts a `user-blocking` task (`scheduler.postTask`),
 * which runs as soon as that frame's rendering is done and ahead of other queued tasks, and takes
 * the time there, on the clock that starts at navigation. So the first content's style, layout and
 * paint count, and work the element scheduled for later (the browser's passkey answer, a request)
 * does not: a plain posted message would queue behind it. Before the content exists a frame costs
 * one `querySelector` (microseconds); in the frame it appears, the size check forces the style and
 * layout that frame does anyway. The same script runs on every page, the reference's included.
 * Element timing and LCP need no script, but an input is no candidate for either, text laid out
 * inline is timed with its block, and some elements paint a loading text first.
 *
 * It also notes where the time goes: the file's response end (resource timing), the call that
 * defines the tag (the file's last statement; the script wraps `customElements.define`) and its
 * return (the element's upgrade: constructor, `connectedCallback`), and the first update's end.
 */
function probe(subject: Subject): string {
  const config = JSON.stringify({
    selector: subject.selector,
    tag: subject.tag,
    file: subject.file,
  });
  return `(() => {
  const { selector, tag, file } = ${config};
  const marks = {};
  const define = customElements.define;
  customElements.define = function (name, ...rest) {
    if (name !== tag) return define.call(this, name, ...rest);
    marks.defining = performance.now();
    const result = define.call(this, name, ...rest);
    marks.defined = performance.now();
    const element = document.querySelector(tag);
    Promise.resolve(element && element.updateComplete).then(() => (marks.rendered = performance.now()));
    return result;
  };
  window.firstContent = new Promise((done) => {
    const check = () => {
      const found = document.querySelector(selector);
      if (!found || found.getBoundingClientRect().height === 0) return requestAnimationFrame(check);
      scheduler.postTask(() => {
        marks.firstContent = performance.now();
        const script = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/' + file));
        marks.responseEnd = script && script.responseEnd;
        done(marks);
      }, { priority: 'user-blocking' });
    };
    requestAnimationFrame(check);
  });
})();`;
}

/**
 * A page as a site embeds one element: its file and its tag. The site's font is set, so both
 * elements' text needs the same font loaded.
 */
function page(subject: Subject): string {
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${subject.tag}</title>
<style>body { font-family: system-ui, sans-serif; }</style>
<script>${probe(subject)}</script>
<script type="module" src="/elements/${subject.file}"></script>
</head>
<body><main><${subject.tag}${subject.attributes ?? ''}></${subject.tag}></main></body>
</html>`;
}

/** Builds a fixture like an element file, into `outDir` as `<name>.js`. */
async function buildLikeElementFile(outDir: string, name: string, entry: string): Promise<void> {
  await build(
    mergeConfig(elementFileConfig, {
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: false,
        sourcemap: false,
        lib: { entry: { [name]: entry }, formats: ['es'] },
      },
    }),
  );
}

/**
 * The page's marks once its first content showed. A page whose content does not show within a
 * minute fails the run, naming what the element rendered instead.
 */
async function firstContentOf(tab: Page, subject: Subject): Promise<Marks> {
  const shown = await tab.evaluate(
    (limit) =>
      Promise.race([
        (window as unknown as { firstContent: Promise<Marks> }).firstContent,
        new Promise<undefined>((done) => setTimeout(done, limit)),
      ]),
    60_000,
  );
  if (shown) return shown;
  const rendered = await tab.evaluate((tag) => document.querySelector(tag)?.outerHTML, subject.tag);
  throw new Error(`${subject.file}: "${subject.selector}" did not show; rendered: ${rendered}`);
}

/**
 * The floor under an element's first content: a Lit element that renders the DOM the element
 * first renders, as one static template, and adopts the same sheets, with nothing else (no
 * controllers, terms, client or schemas). Taken from the element itself at the start of each run,
 * so it follows every change of its markup and styles. What it costs over the bare element is what
 * the form costs; what the element costs over it is the element's own work.
 */
async function buildFloor(
  browser: Browser,
  url: string,
  workDir: string,
  subject: Subject,
  floor: Subject,
): Promise<void> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(`${url}/${subject.tag}.html`);
  await firstContentOf(tab, subject);
  const { markup, sheets } = await tab.evaluate(
    (tag) => ({
      markup: document.querySelector(tag)!.innerHTML,
      sheets: document.adoptedStyleSheets.map((sheet) =>
        [...sheet.cssRules].map((rule) => rule.cssText).join('\n'),
      ),
    }),
    subject.tag,
  );
  await context.close();
  const { tag } = floor;
  // Lit's markers are comments; a template literal needs its backticks, `${` and backslashes escaped.
  const template = markup
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/[`\\]|\$\{/g, (match) => `\\${match}`);
  // Written outside the repository, so it names Lit by its path.
  const lit = JSON.stringify(fileURLToPath(import.meta.resolve('lit')));
  const source = `import { html, LitElement, unsafeCSS } from ${lit};
const sheets = ${JSON.stringify(sheets.map((css) => css.replaceAll(subject.tag, tag)))}.map(unsafeCSS);
class Floor extends LitElement {
  override createRenderRoot(): HTMLElement {
    return this;
  }
  override connectedCallback(): void {
    super.connectedCallback();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, ...sheets.map((s) => s.styleSheet!)];
  }
  override render() {
    return html\`${template}\`;
  }
}
customElements.define('${tag}', Floor);
`;
  const entry = join(workDir, `${tag}.ts`);
  await writeFile(entry, source);
  await buildLikeElementFile(workDir, tag, entry);
}

/** Pages, element files and the portal's answers, never cached. */
async function serve(workDir: string, all: Subject[]): Promise<{ url: string; server: Server }> {
  const pages = new Map(all.map((subject) => [`/${subject.tag}.html`, page(subject)]));
  pages.set('/blank.html', '<!doctype html><html lang="de"><title>blank</title></html>');
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const headers = { 'Cache-Control': 'no-store' };
    const html = pages.get(pathname);
    if (html !== undefined) {
      return void response.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(html);
    }
    if (pathname in answers) {
      const body = JSON.stringify(answers[pathname]);
      return void response
        .writeHead(200, { ...headers, 'Content-Type': 'application/json' })
        .end(body);
    }
    const file = /^\/elements\/([\w-]+\.js)$/.exec(pathname)?.[1];
    if (!file) return void response.writeHead(404).end();
    // The bare element and the floor are built here; the element files by `vite build`.
    const dir = existsSync(join(workDir, file)) ? workDir : elementFilesDir;
    const body = await readFile(join(dir, file));
    response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return { url: `http://localhost:${port}`, server };
}

interface Load {
  /** Navigation start to the frame that shows the first content, rendered: ms. */
  firstContent: number;
  /** Navigation start to the file's response end. */
  fetched: number;
  /** The file's response end to its tag being defined: parse, compile, evaluate. */
  evaluated: number;
  /** Defining the tag: the element's upgrade (constructor, `connectedCallback`). */
  upgraded: number;
  /** The upgrade's end to the first update's end (the first render). */
  rendered: number;
}

type Marks = Partial<
  Record<'responseEnd' | 'defining' | 'defined' | 'rendered' | 'firstContent', number>
>;

/**
 * One load in a fresh context. The page first opens a blank page of the same site, so the
 * renderer process exists and is throttled before the measured navigation starts (a member comes
 * from another page of the site; starting a process is no part of an element's cost).
 */
async function load(browser: Browser, url: string, subject: Subject, rate: number): Promise<Load> {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.goto(`${url}/blank.html`);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await tab.goto(`${url}/${subject.tag}.html`);
    const marks = await firstContentOf(tab, subject);
    const { responseEnd, defining, defined, rendered, firstContent } = marks;
    if (
      responseEnd === undefined ||
      defining === undefined ||
      defined === undefined ||
      rendered === undefined ||
      firstContent === undefined
    ) {
      throw new Error(`${subject.file}: incomplete timing ${JSON.stringify(marks)}`);
    }
    return {
      firstContent,
      fetched: responseEnd,
      evaluated: defining - responseEnd,
      upgraded: defined - defining,
      rendered: rendered - defined,
    };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const ms = (value: number) => Math.round(value * 10) / 10;

/**
 * How far the median of the per-round ratios can move with which rounds happened to be measured:
 * the 5th and 95th percentiles of the median over 1000 resamples of the rounds (a seeded
 * generator, so one run's figures can be recomputed). A budget whose interval straddles it is
 * decided by the machine's noise as much as by the code.
 */
function spread(ratios: number[]): [number, number] {
  let seed = 25;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const medians = Array.from({ length: 1000 }, () =>
    median(ratios.map(() => ratios[Math.floor(random() * ratios.length)]!)),
  ).sort((a, b) => a - b);
  return [medians[50]!, medians[949]!];
}

/** Where a page's time goes: the median of each phase over its loads. */
function phases(loads: Load[]): string {
  const of = (phase: keyof Load) => Math.round(median(loads.map((load) => load[phase])));
  const rest = median(
    loads.map(
      (load) => load.firstContent - load.fetched - load.evaluated - load.upgraded - load.rendered,
    ),
  );
  return (
    `fetched ${of('fetched')}, module evaluated ${of('evaluated')}, upgraded ${of('upgraded')}, ` +
    `first render ${of('rendered')}, then shown ${Math.round(rest)} ms`
  );
}

export async function benchFirstContent(options: { loads?: number } = {}): Promise<BenchRow[]> {
  const loads = options.loads ?? 31;
  const workDir = await mkdtemp(join(tmpdir(), 'portalkit-first-content-'));
  await buildLikeElementFile(workDir, 'bare-lit-element', fixture);
  await buildLikeElementFile(workDir, 'bare-lit-element-fetching', fetchingFixture);
  const measuredSubjects = subjects.flatMap((subject) =>
    floors.has(subject) ? [floors.get(subject)!, subject] : [subject],
  );
  const all = [bare, bareFetching, ...measuredSubjects];
  const { url, server } = await serve(workDir, all);
  const chromium = await launchChromium();
  const loadBefore = loadavg()[0]!;
  const rows: BenchRow[] = [];
  try {
    for (const [subject, floor] of floors)
      await buildFloor(chromium.browser, url, workDir, subject, floor);
    for (const rate of throttles) {
      const results = new Map<Subject, Load[]>(all.map((subject) => [subject, []]));
      // One unmeasured round, so the first measured one is not the one that warms the browser up.
      for (const subject of all) await load(chromium.browser, url, subject, rate);
      for (let round = 0; round < loads; round++) {
        for (const subject of round % 2 === 0 ? all : [...all].reverse()) {
          results.get(subject)!.push(await load(chromium.browser, url, subject, rate));
        }
      }
      const cpu = rate === 1 ? 'no throttling' : `${rate}× CPU throttling`;
      const firstContents = (subject: Subject) =>
        results.get(subject)!.map((result) => result.firstContent);
      /** A page's first content over another's, round by round. */
      const ratiosTo = (subject: Subject, reference: Subject) => {
        const references = firstContents(reference);
        return firstContents(subject).map((value, round) => value / references[round]!);
      };
      const ratioTo = (subject: Subject, reference: Subject) =>
        median(ratiosTo(subject, reference));
      const reference = results.get(bare)!;
      rows.push({
        name: `first content, bare Lit element, ${cpu}`,
        value: ms(median(firstContents(bare))),
        unit: 'ms',
        note: `median of ${loads} loads: ${phases(reference)}`,
      });
      rows.push({
        name: `first content, bare Lit element fetching first, ${cpu}`,
        value: ms(median(firstContents(bareFetching))),
        unit: 'ms',
        compareTo: 'bare Lit element',
        ratio: ratioTo(bareFetching, bare),
        note: `${bareFetching.what}: ${phases(results.get(bareFetching)!)}; the reference for elements whose content comes from the server`,
      });
      for (const subject of measuredSubjects) {
        const measured = results.get(subject)!;
        const value = median(firstContents(subject));
        const against = subject.fetches ? bareFetching : bare;
        const ratios = ratiosTo(subject, against);
        const ratio = median(ratios);
        const [low, high] = spread(ratios);
        const checked = subject.budgeted && rate === 4;
        rows.push({
          name: `first content, ${floorOf.has(subject) ? `floor under ${floorOf.get(subject)!.file}` : subject.file}, ${cpu}`,
          value: ms(value),
          unit: 'ms',
          compareTo: subject.fetches ? 'bare Lit element fetching first' : 'bare Lit element',
          ratio,
          ...(checked ? { target: budget, pass: ratio <= budget } : {}),
          note:
            `${subject.what}: ${phases(measured)}; ratio ${low.toFixed(2)}–${high.toFixed(2)} ` +
            `in 90% of resamples of the rounds; medians' ratio ` +
            `${(value / median(firstContents(against))).toFixed(2)}` +
            (subject.fetches ? `; to the bare element ${ratioTo(subject, bare).toFixed(2)}` : ''),
        });
      }
    }
  } finally {
    await chromium.close();
    await new Promise((done) => server.close(done));
    await rm(workDir, { recursive: true, force: true });
  }
  const loadAfter = loadavg()[0]!;
  rows.push({
    name: 'first content: load average during the run',
    value: Math.round(Math.max(loadBefore, loadAfter) * 100) / 100,
    unit: 'runnable',
    note:
      `${loadBefore.toFixed(2)} at the start, ${loadAfter.toFixed(2)} at the end; the ratios ` +
      'come from interleaved loads, the milliseconds move with the load',
  });
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const loads = Number(/^--loads=(\d+)$/.exec(process.argv[2] ?? '')?.[1] ?? 31);
  for (const row of await benchFirstContent({ loads })) {
    const ratio = row.ratio === undefined ? '' : `  ratio ${row.ratio.toFixed(2)}`;
    const verdict = row.pass === undefined ? '' : row.pass ? '  ok' : '  MISSED';
    console.log(
      `${row.name.padEnd(58)} ${String(row.value).padStart(7)} ${row.unit}${ratio}${verdict}`,
    );
    if (row.note) console.log(`  ${row.note}`);
  }
}
