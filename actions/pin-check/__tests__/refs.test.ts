import { describe, expect, it } from '@jest/globals';
import { readWorkflow } from '@palisade/core';
import { classifyRef, parseUses, versionInComment } from '../src/refs.js';
import { pinnedDependenciesScore } from '../src/scorecard.js';

describe('refs', () => {
  it('tells a full SHA, a short SHA, major and version tags and branches apart', () => {
    expect(
      [
        '11bd71901bbe5b1630ceea73d27597364c9af683',
        '11bd719',
        'v4',
        '4',
        'v4.2',
        'v4.2.1',
        '1.0.0-rc.1',
        'main',
        'release/v1',
        'stable',
        'cafe',
      ].map((ref) => [ref, classifyRef(ref)]),
    ).toEqual([
      ['11bd71901bbe5b1630ceea73d27597364c9af683', 'sha'],
      ['11bd719', 'short-sha'],
      ['v4', 'major-tag'],
      ['4', 'major-tag'],
      ['v4.2', 'version-tag'],
      ['v4.2.1', 'version-tag'],
      ['1.0.0-rc.1', 'version-tag'],
      ['main', 'branch'],
      ['release/v1', 'branch'],
      ['stable', 'branch'],
      ['cafe', 'branch'],
    ]);
  });

  it('reads the version from the comment forms people and tools write', () => {
    expect(
      [
        'v4.2.2',
        'v4.2.2 pinned for CI',
        'tag=v4.2.2',
        'ratchet:actions/checkout@v4.2.2',
        '4.2.2',
        'v6',
        'pin',
        'see #12',
        undefined,
      ].map(versionInComment),
    ).toEqual([
      'v4.2.2',
      'v4.2.2',
      'v4.2.2',
      'v4.2.2',
      '4.2.2',
      'v6',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('splits owner, repository, path and ref, and finds the ref in the file', () => {
    const text =
      'on: push\njobs:\n  a:\n    steps:\n      - uses: "github/codeql-action/init@v4" # v4.1.0\n';
    const uses = readWorkflow('w.yml', text).model.jobs[0]?.steps[0]?.uses;
    if (!uses) throw new Error('no uses');
    const reference = parseUses('action', uses, text);
    expect(reference).toMatchObject({
      kind: 'action',
      owner: 'github',
      repo: 'codeql-action',
      path: 'init',
      ref: 'v4',
      refType: 'major-tag',
      commentVersion: 'v4.1.0',
    });
    if (reference.kind !== 'action') throw new Error('malformed');
    expect(text.slice(reference.refStart, reference.refEnd)).toBe('v4');
  });

  it('calls a uses without @ref or owner malformed', () => {
    const text =
      'on: push\njobs:\n  a:\n    steps:\n      - uses: actions/checkout\n      - uses: checkout@v4\n  b:\n    uses: octo/repo/ci.yml@v1\n';
    const { model } = readWorkflow('w.yml', text);
    const [first, second] = model.jobs[0]?.steps ?? [];
    const call = model.jobs[1]?.uses;
    if (!first?.uses || !second?.uses || !call) throw new Error('missing');
    expect(parseUses('action', first.uses, text)).toMatchObject({
      kind: 'malformed',
      reason: 'it has no `@ref`',
    });
    expect(parseUses('action', second.uses, text)).toMatchObject({
      kind: 'malformed',
      reason: 'it is not of the form `owner/repo[/path]@ref`',
    });
    expect(parseUses('reusable-workflow', call, text)).toMatchObject({
      kind: 'malformed',
      reason: 'a reusable workflow is `owner/repo/.github/workflows/file.yml@ref`',
    });
  });
});

describe('the Scorecard Pinned-Dependencies score', () => {
  const at = (file: string) => ({ file, line: 1, column: 1, value: '', start: 0, end: 0 });
  const ref = (owner: string, pinned: boolean, file = '.github/workflows/ci.yml') => ({
    owner,
    uses: at(file),
    pinned,
  });
  const score = (refs: ReturnType<typeof ref>[]) =>
    pinnedDependenciesScore(
      refs,
      (reference) => refs.find((r) => r.uses === reference.uses)?.pinned ?? false,
    );

  it('weighs third-party actions 8 and GitHub-owned ones 2, rounding down', () => {
    // GitHub-owned: 1 of 2 pinned; third-party: 3 of 4. floor(10 × (1×2 + 3×8) / (2×2 + 4×8)) = floor(260 / 36) = 7.
    expect(
      score([
        ref('actions', true),
        ref('github', false),
        ref('octo', true),
        ref('octo', true),
        ref('octo', true),
        ref('other', false),
      ]),
    ).toBe(7);
  });

  it('scores one kind alone by its own proportion, and nothing as undefined', () => {
    expect(score([ref('actions', true), ref('actions', false), ref('actions', false)])).toBe(3);
    expect(score([ref('octo', true)])).toBe(10);
    expect(score([])).toBeUndefined();
  });

  it('counts only references in workflows, as Scorecard does', () => {
    expect(score([ref('octo', false, 'action.yml'), ref('octo', true)])).toBe(10);
  });
});
