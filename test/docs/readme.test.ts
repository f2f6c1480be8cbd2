import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Every code block in the README is one that a test runs. A block is marked on the line above its
// fence with where it comes from:
//   <!-- snippet: examples/react/src/App.tsx -->  its lines appear, in order and together, in that
//                                                  file, which a test builds or runs;
//   <!-- commands -->                              each command is an npm script of this
//                                                  repository, an install of one of its packages,
//                                                  or the CI script.
// So an example that changes takes the README with it, or this test fails.

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const scripts: Record<string, string> = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).scripts;
const published = ['protocol', 'server', 'elements'].map(
  (name) => JSON.parse(readFileSync(resolve(root, 'packages', name, 'package.json'), 'utf8')).name as string,
);

/** Folders whose files the tests run: the examples and the demo (end to end), the test files. */
const runByTests = ['examples/', 'demo-server/src/', 'packages/server/src/adapters/', 'test/'];

interface Block {
  line: number;
  marker: string;
  language: string;
  lines: string[];
}

function blocks(): Block[] {
  const lines = readme.split('\n');
  const found: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(\w*)$/.exec(lines[i]!);
    if (!fence) continue;
    const end = lines.indexOf('```', i + 1);
    assert.ok(end > i, `README.md:${i + 1}: the code block is not closed`);
    found.push({
      line: i + 1,
      marker: (lines[i - 1] ?? '').trim(),
      language: fence[1]!,
      lines: lines.slice(i + 1, end),
    });
    i = end;
  }
  return found;
}

/** Lines without their indentation and trailing space, blank ones dropped. */
const normalize = (lines: string[]) => lines.map((line) => line.trim()).filter((line) => line !== '');

function containsInOrder(haystack: string[], needle: string[]): boolean {
  for (let start = 0; start + needle.length <= haystack.length; start++) {
    if (needle.every((line, k) => haystack[start + k] === line)) return true;
  }
  return false;
}

function checkCommand(command: string, where: string): void {
  const words = command
    .trim()
    .split(/\s+/)
    .filter((word) => !/^[A-Z_]+=/.test(word));
  const [tool, verb, ...rest] = words;
  if (tool === 'bash' && verb === '.ci/run') return;
  if (tool === 'apt-get' && verb === 'install') return;
  assert.equal(tool, 'npm', `${where}: \`${command}\` is not an npm command`);
  if (verb === 'ci') return;
  if (verb === 'install') {
    for (const name of rest) assert.ok(published.includes(name), `${where}: ${name} is not a Portalkit package`);
    return;
  }
  const script = verb === 'run' ? rest[0] : verb;
  assert.ok(script && script in scripts, `${where}: there is no npm script \`${script}\``);
}

test('every code block in the README comes from a file that a test runs, or names real commands', () => {
  const all = blocks();
  assert.ok(all.length > 5);
  for (const block of all) {
    const where = `README.md:${block.line}`;
    const snippet = /^<!-- snippet: (\S+) -->$/.exec(block.marker)?.[1];
    if (snippet) {
      assert.ok(
        runByTests.some((folder) => snippet.startsWith(folder)),
        `${where}: ${snippet} is not in a folder the tests run`,
      );
      const file = resolve(root, snippet);
      assert.ok(existsSync(file), `${where}: ${snippet} does not exist`);
      assert.ok(
        containsInOrder(normalize(readFileSync(file, 'utf8').split('\n')), normalize(block.lines)),
        `${where}: the block is not in ${snippet} as written (copy it from there again)`,
      );
    } else if (block.marker === '<!-- commands -->') {
      assert.equal(block.language, 'sh', `${where}: commands are a sh block`);
      for (const line of block.lines) {
        const command = line.replace(/#.*$/, '').trim();
        if (command) for (const part of command.split('&&')) checkCommand(part, where);
      }
    } else {
      assert.fail(`${where}: mark the block with <!-- snippet: path --> or <!-- commands --> on the line above`);
    }
  }
});
