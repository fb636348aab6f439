/**
 * Palisade's own workflows: valid for GitHub's workflow parser, and clean under Palisade's own
 * checks (every reference pinned, the least permissions, each commented).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
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

  it('every complete workflow shown in the READMEs is valid for the parser too', async () => {
    const readmes = [
      'README.md',
      ...(await readdir(path.join(REPO_ROOT, 'actions'))).map(
        (name) => `actions/${name}/README.md`,
      ),
    ];
    let checked = 0;
    for (const readme of readmes) {
      const text = await readFile(path.join(REPO_ROOT, readme), 'utf8');
      const examples = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)]
        .map((match) => match[1] ?? '')
        // Bad-and-good pairs are two fragments in one block, not one workflow.
        .filter((block) => /^on:/m.test(block) && /^jobs:/m.test(block) && !/^# Bad/m.test(block));
      for (const [index, example] of examples.entries()) {
        // Examples pin Palisade to a placeholder; any 40-hex SHA parses the same.
        const content = example.replace(/<40-hex commit SHA>/g, 'f'.repeat(40));
        const parsed = parseWorkflow(
          { name: `${readme} example ${index + 1}`, content },
          new NoOperationTraceWriter(),
        );
        const errors = parsed.context.errors
          .getErrors()
          .map((error) => `${readme} example ${index + 1}: ${error.message}`);
        expect(errors).toEqual([]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6);
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

  it("the reusable workflows run Palisade's actions from their own commit, never a branch", async () => {
    for (const name of ['harden.yml', 'release-attest.yml']) {
      const workflow = parse(await readFile(path.join(WORKFLOWS, name), 'utf8')) as {
        on: Record<string, unknown>;
        jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, string> }> }>;
      };
      expect(Object.keys(workflow.on)).toEqual(['workflow_call']);
      for (const job of Object.values(workflow.jobs)) {
        const palisade = job.steps.filter(
          (step) => step.with?.repository === 'windlasstech/palisade',
        );
        expect(palisade).toHaveLength(1);
        expect(palisade[0]?.with?.ref).toBe('${{ github.job_workflow_sha }}');
        const folder = palisade[0]?.with?.path ?? '';
        for (const step of job.steps) {
          const uses = step.uses ?? '';
          if (uses === '') continue;
          // Palisade's own actions come from that checkout; anything else is pinned to a SHA.
          if (uses.startsWith('./'))
            expect(uses).toMatch(new RegExp(`^\\./${folder}/actions/[a-z-]+$`));
          else expect(uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
          expect(uses).not.toMatch(/windlasstech\/palisade.*@/);
        }
      }
    }
  });

  it('palisade audit of the repository itself reports nothing at any severity', async () => {
    const { code, out } = await run('audit', REPO_ROOT, '--fail-on', 'note');
    expect(out.trimEnd().split('\n').at(-1)).toMatch(/, no findings$/);
    expect(code).toBe(0);
  });
});
