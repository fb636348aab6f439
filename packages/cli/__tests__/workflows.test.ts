/**
 * Palisade's own workflows: valid for GitHub's workflow parser, and clean under Palisade's own
 * checks (every reference pinned, the least permissions, each commented).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import { main } from '../src/cli.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const WORKFLOWS = path.join(REPO_ROOT, '.github/workflows');

async function workflowFiles(): Promise<string[]> {
  return (await readdir(WORKFLOWS)).filter((name) => /\.ya?ml$/.test(name)).sort();
}

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

describe("Palisade's workflows", () => {
  it('include the reusable workflows and CI', async () => {
    expect(await workflowFiles()).toEqual(expect.arrayContaining(['ci.yml', 'harden.yml']));
  });

  it('each is valid for GitHub’s workflow parser, with no error', async () => {
    for (const name of await workflowFiles()) {
      const content = await readFile(path.join(WORKFLOWS, name), 'utf8');
      const parsed = parseWorkflow(
        { name: `.github/workflows/${name}`, content },
        new NoOperationTraceWriter(),
      );
      const errors = parsed.context.errors.getErrors().map((error) => `${name}: ${error.message}`);
      expect(errors).toEqual([]);
      expect(parsed.value).toBeDefined();
      if (parsed.value === undefined) continue;
      const template = await convertWorkflowTemplate(parsed.context, parsed.value);
      expect((template.errors ?? []).map((error) => `${name}: ${error.Message}`)).toEqual([]);
      expect(template.jobs.length).toBeGreaterThan(0);
    }
  });

  it('the parser does report a broken workflow (the check above can fail)', () => {
    const parsed = parseWorkflow(
      {
        name: '.github/workflows/broken.yml',
        content:
          'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions:\n      tokens: write\n    steps: [{ run: echo }]\n',
      },
      new NoOperationTraceWriter(),
    );
    expect(parsed.context.errors.getErrors().length).toBeGreaterThan(0);
  });

  it('palisade audit of the repository itself reports nothing at any severity', async () => {
    const { code, out } = await run('audit', REPO_ROOT, '--fail-on', 'note');
    expect(out.trimEnd().split('\n').at(-1)).toMatch(/, no findings$/);
    expect(code).toBe(0);
  });
});
