import { describe, expect, it } from '@jest/globals';
import { applyEdits } from '../src/edits.js';
import { makePatch } from '../src/patch.js';

describe('applyEdits', () => {
  it('applies edits given in any order', () => {
    const edits = [
      { file: 'f', start: 6, end: 7, text: 'E' },
      { file: 'f', start: 0, end: 1, text: 'AA' },
      { file: 'f', start: 3, end: 3, text: '+' },
    ];
    expect(applyEdits('abcdefg', edits)).toBe('AAbc+defE');
  });

  it('refuses overlapping edits, two edits at one offset and edits of two files', () => {
    expect(() =>
      applyEdits('abcdefg', [
        { file: 'f', start: 1, end: 4, text: 'x' },
        { file: 'f', start: 3, end: 5, text: 'y' },
      ]),
    ).toThrow('overlapping edits in f: [1, 4) and [3, 5)');
    expect(() =>
      applyEdits('abcdefg', [
        { file: 'f', start: 2, end: 2, text: 'x' },
        { file: 'f', start: 2, end: 2, text: 'y' },
      ]),
    ).toThrow('overlapping edits');
    expect(() =>
      applyEdits('abcdefg', [
        { file: 'f', start: 0, end: 1, text: 'x' },
        { file: 'g', start: 2, end: 3, text: 'y' },
      ]),
    ).toThrow('edits of two files');
    expect(() => applyEdits('abc', [{ file: 'f', start: 2, end: 9, text: 'x' }])).toThrow(
      'outside f',
    );
  });
});

describe('makePatch', () => {
  it('writes a git-style unified diff of one change', () => {
    const file = '.github/workflows/ci.yml';
    const sha = '11bd71901bbe5b1630ceea73d27597364c9af683';
    const lines = [
      'on: push',
      'jobs:',
      '',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - run: make test',
      '',
    ];
    const before = lines.join('\n');
    const after = before.replace('actions/checkout@v4', `actions/checkout@${sha} # v4.2.1`);
    expect(makePatch([{ file, before, after }])).toBe(
      [
        'diff --git a/.github/workflows/ci.yml b/.github/workflows/ci.yml',
        '--- a/.github/workflows/ci.yml',
        '+++ b/.github/workflows/ci.yml',
        '@@ -4,5 +4,5 @@',
        '   build:',
        '     runs-on: ubuntu-latest',
        '     steps:',
        '-      - uses: actions/checkout@v4',
        `+      - uses: actions/checkout@${sha} # v4.2.1`,
        '       - run: make test',
        '',
      ].join('\n'),
    );
  });

  it('leaves out unchanged files and lists the others in path order', () => {
    const patch = makePatch([
      { file: 'b.yml', before: 'x: 1\n', after: 'x: 2\n' },
      { file: 'same.yml', before: 'y: 1\n', after: 'y: 1\n' },
      { file: 'a.yml', before: 'x: 1\n', after: 'x: 3\n' },
    ]);
    expect(patch.match(/^diff --git .*$/gm)).toEqual([
      'diff --git a/a.yml b/a.yml',
      'diff --git a/b.yml b/b.yml',
    ]);
    expect(makePatch([])).toBe('');
  });
});
