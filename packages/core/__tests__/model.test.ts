import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { readAction, readWorkflow } from '../src/model.js';
import { InputError } from '../src/errors.js';
import { CORPUS } from './paths.js';

const corpusFile = (relative: string): string => readFileSync(path.join(CORPUS, relative), 'utf8');

describe('workflows from the corpus', () => {
  const file = '.github/workflows/check-lint.yml';
  const text = corpusFile(`astral-sh__uv/${file}`);

  it('places triggers, permissions, env and jobs at their exact lines', () => {
    const { model, errors } = readWorkflow(file, text);
    expect(errors).toEqual([]);
    expect(model.triggers.map((t) => [t.value, t.line, t.column])).toEqual([
      ['workflow_call', 2, 3],
    ]);
    expect(model.permissions?.all).toBeUndefined();
    expect(model.permissions?.line).toBe(13);
    expect(
      [...(model.permissions?.scopes ?? [])].map(([scope, level]) => [
        scope,
        level.value,
        level.line,
      ]),
    ).toEqual([['contents', 'read', 13]]);
    expect(model.env.get('HAWK_VERSION')).toMatchObject({ value: '0.1.13', line: 20, column: 17 });
    expect(model.env.get('CARGO_INCREMENTAL')?.value).toBe('0');
    expect(
      model.jobs.slice(0, 3).map((job) => [job.id.value, job.line, job.column, job.steps.length]),
    ).toEqual([
      ['ruff', 24, 3, 3],
      ['ty', 37, 3, 4],
      ['shellcheck', 63, 3, 3],
    ]);
    // Every job is a two-space-indented key below `jobs:` in this file.
    const jobsInText = text.slice(text.indexOf('\njobs:')).match(/^ {2}[a-z0-9-]+:$/gm) ?? [];
    expect(model.jobs.map((job) => `  ${job.id.value}:`)).toEqual(jobsInText);
  });

  it('gives each step its uses, with, run and name with exact positions and trailing comments', () => {
    const [ruff] = readWorkflow(file, text).model.jobs;
    const [checkout, setupUv, run] = ruff?.steps ?? [];
    expect(checkout).toMatchObject({ index: 0, line: 28, column: 9 });
    expect(checkout?.uses).toMatchObject({
      value: 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1',
      file,
      line: 28,
      column: 15,
      comment: 'v7.0.1',
    });
    expect(checkout?.with.get('persist-credentials')).toMatchObject({
      value: 'false',
      line: 30,
      column: 32,
    });
    expect(setupUv?.name).toMatchObject({ value: 'Install uv', line: 31, column: 15 });
    expect(setupUv?.name?.comment).toBeUndefined();
    expect(setupUv?.uses).toMatchObject({ line: 32, column: 15, comment: 'v10.0.1' });
    expect(setupUv?.with.get('version')).toMatchObject({ value: '0.12.5', line: 34, column: 20 });
    expect(run?.run).toMatchObject({
      value: 'uv run --only-group=check ruff check .',
      line: 35,
      column: 14,
    });
    expect(run?.uses).toBeUndefined();
  });

  it('offsets point at the exact bytes of a value, for fixers', () => {
    const uses = readWorkflow(file, text).model.jobs[0]?.steps[0]?.uses;
    expect(uses && text.slice(uses.start, uses.end)).toBe(
      'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1',
    );
  });

  it('reads a reusable workflow call with its inputs and inherited secrets', () => {
    const callerFile = '.github/workflows/windows11-arm64.yml';
    const { model, errors } = readWorkflow(
      callerFile,
      corpusFile(`actions__runner-images/${callerFile}`),
    );
    expect(errors).toEqual([]);
    const [job] = model.jobs;
    expect(job?.uses).toMatchObject({
      value: './.github/workflows/trigger-ubuntu-win-build.yml',
      line: 17,
      column: 11,
    });
    expect(job?.with.get('image_type')).toMatchObject({
      value: 'windows11-arm64',
      line: 19,
      column: 19,
    });
    expect(job?.secrets).toMatchObject({ value: 'inherit', line: 20, column: 14 });
    expect(job?.if?.line).toBe(16);
    expect(model.triggers.map((t) => t.value)).toEqual(['pull_request_target']);
  });

  it('reads the job container and service images', () => {
    const proxyFile = '.github/workflows/__global-proxy.yml';
    const { model, errors } = readWorkflow(
      proxyFile,
      corpusFile(`github__codeql-action/${proxyFile}`),
    );
    expect(errors).toEqual([]);
    expect(model.env.get('GITHUB_TOKEN')).toMatchObject({
      value: '${{ secrets.GITHUB_TOKEN }}',
      line: 8,
    });
    expect(model.triggers.map((t) => t.value)).toEqual([
      'push',
      'pull_request',
      'merge_group',
      'schedule',
      'workflow_dispatch',
      'workflow_call',
    ]);
    const [job] = model.jobs;
    expect(job?.container?.image).toMatchObject({ value: 'ubuntu:22.04', line: 73, column: 14 });
    expect(
      job?.services.map((s) => [s.service, s.image.value, s.image.line, s.image.column]),
    ).toEqual([['squid-proxy', 'ubuntu/squid:latest', 76, 16]]);
  });
});

describe('composite actions from the corpus', () => {
  it('reads runs.using and the composite steps with exact positions and comments', () => {
    const file = '.github/actions/install-go/action.yml';
    const { model, errors } = readAction(file, corpusFile(`containerd__containerd/${file}`));
    expect(errors).toEqual([]);
    expect(model.name?.value).toBe('Setup Go');
    expect([...model.inputs.keys()]).toEqual(['go-version']);
    expect(model.runs?.using).toMatchObject({ value: 'composite', line: 10, column: 10 });
    const [step] = model.runs?.steps ?? [];
    expect(step).toMatchObject({ index: 0, line: 12, column: 7 });
    expect(step?.name?.value).toBe('Setup Go');
    expect(step?.uses).toMatchObject({
      value: 'actions/setup-go@4a3601121dd01d1626a1e23e37211e3254c1c06c',
      line: 13,
      column: 13,
      comment: 'v6.4.0',
    });
    expect(step?.with.get('go-version')).toMatchObject({
      value: '${{ inputs.go-version }}',
      line: 15,
      column: 21,
    });
  });

  it('reads a docker action image', () => {
    const { model } = readAction(
      'action.yml',
      'name: x\nruns:\n  using: docker\n  image: docker://alpine:3.20 # pinned later\n',
    );
    expect(model.runs?.image).toMatchObject({
      value: 'docker://alpine:3.20',
      line: 4,
      column: 10,
      comment: 'pinned later',
    });
    expect(model.runs?.steps).toEqual([]);
  });
});

describe('what the parser must get right', () => {
  it('keeps positions and comments with CRLF line endings', () => {
    const lf = corpusFile('containerd__containerd/.github/actions/install-go/action.yml');
    const { model } = readAction('action.yml', lf.replace(/\n/g, '\r\n'));
    expect(model.runs?.steps[0]?.uses).toMatchObject({ line: 13, column: 13, comment: 'v6.4.0' });
  });

  it('resolves anchors and aliases, placing an alias where it is used', () => {
    const text = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - &checkout',
      '        uses: actions/checkout@v4 # v4.2.2',
      '  b:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - *checkout',
      '',
    ].join('\n');
    const { model, errors } = readWorkflow('w.yml', text);
    expect(errors).toEqual([]);
    expect(model.jobs[1]?.steps[0]?.uses).toMatchObject({
      value: 'actions/checkout@v4',
      line: 7,
      comment: 'v4.2.2',
    });
    expect(model.jobs[1]?.steps[0]?.line).toBe(11);
  });

  it('reads quoted and flow-style values and comments after them', () => {
    const text =
      'on: [push, pull_request]\njobs:\n  a:\n    steps:\n      - { uses: \'actions/cache@v4\' }\n      - uses: "actions/setup-node@v4"   # node\n';
    const { model } = readWorkflow('w.yml', text);
    expect(model.triggers.map((t) => [t.value, t.line, t.column])).toEqual([
      ['push', 1, 6],
      ['pull_request', 1, 12],
    ]);
    const [flow, quoted] = model.jobs[0]?.steps ?? [];
    expect(flow?.uses).toMatchObject({ value: 'actions/cache@v4', line: 5, column: 17 });
    expect(flow?.uses?.comment).toBeUndefined();
    expect(quoted?.uses).toMatchObject({
      value: 'actions/setup-node@v4',
      line: 6,
      column: 15,
      comment: 'node',
    });
  });

  it('takes a block scalar comment from its header line, never from the script', () => {
    const text =
      'on: push\njobs:\n  a:\n    steps:\n      - run: | # build it\n          make # not a YAML comment\n';
    const step = readWorkflow('w.yml', text).model.jobs[0]?.steps[0];
    expect(step?.run).toMatchObject({
      value: 'make # not a YAML comment\n',
      line: 5,
      comment: 'build it',
    });
  });

  it('reports a job or steps in the wrong shape at their line and reads the rest', () => {
    const text =
      'on: push\njobs:\n  a:\n    steps: run this\n  b:\n    steps:\n      - just a string\n      - uses: actions/checkout@v4\n  c:\n';
    const { model, errors } = readWorkflow('w.yml', text);
    expect(errors.map((e) => [e.location.line, e.reason])).toEqual([
      [4, '`steps` must be a list'],
      [7, 'step 1 must be a mapping'],
      [9, 'job `c` is empty'],
    ]);
    expect(model.jobs.map((job) => job.id.value)).toEqual(['a', 'b']);
    expect(model.jobs[1]?.steps.map((s) => s.uses?.value)).toEqual(['actions/checkout@v4']);
  });

  it('says a YAML file without jobs or runs is not a workflow or an action', () => {
    expect(readWorkflow('w.yml', 'name: config\n').errors.map((e) => e.message)).toEqual([
      'w.yml:1: not a workflow: it has no `jobs`',
    ]);
    expect(readAction('action.yml', 'name: x\n').errors.map((e) => e.message)).toEqual([
      'action.yml:1: not an action: it has no `runs`',
    ]);
    expect(readWorkflow('w.yml', '- a\n- b\n').errors.map((e) => e.message)).toEqual([
      'w.yml:1: not a workflow: the file is not a mapping',
    ]);
  });

  it('rejects invalid YAML with the line of the first error', () => {
    expect(() => readWorkflow('w.yml', 'on: push\njobs:\n  a:\n    steps: [\n')).toThrow(
      InputError,
    );
    try {
      readWorkflow('w.yml', 'on: push\njobs:\n  a: 1\n  a: 2\n');
    } catch (error) {
      expect((error as InputError).location).toEqual({ file: 'w.yml', line: 4 });
      expect((error as InputError).message).toBe('w.yml:4: invalid YAML: Map keys must be unique');
    }
    expect.assertions(3);
  });
});
