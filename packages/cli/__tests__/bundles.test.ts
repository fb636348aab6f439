import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const actions = readdirSync(path.join(REPO_ROOT, 'actions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

interface ActionYml {
  name?: string;
  description?: string;
  branding?: { icon?: string; color?: string };
  inputs?: Record<string, { description?: string; default?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs?: { using?: string; main?: string };
}

describe('every action folder', () => {
  it('exists for pin-check at least', () => {
    expect(actions).toContain('pin-check');
  });

  it.each(actions)(
    '%s runs its committed bundle on node24, with documented kebab-case inputs and outputs',
    (name) => {
      const action = parse(
        readFileSync(path.join(REPO_ROOT, 'actions', name, 'action.yml'), 'utf8'),
      ) as ActionYml;
      expect(action.runs).toEqual({ using: 'node24', main: `../../dist/${name}/index.js` });
      expect(existsSync(path.join(REPO_ROOT, 'dist', name, 'index.js'))).toBe(true);
      expect(action.name).toMatch(/^Palisade /);
      expect(action.description?.length).toBeGreaterThan(20);
      expect(action.branding).toEqual({
        icon: expect.any(String) as unknown,
        color: expect.any(String) as unknown,
      });
      for (const [input, spec] of [
        ...Object.entries(action.inputs ?? {}),
        ...Object.entries(action.outputs ?? {}),
      ]) {
        expect(input).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
        expect(spec.description?.length ?? 0).toBeGreaterThan(10);
      }
      if (action.inputs?.['github-token'])
        expect(action.inputs['github-token'].default).toBe('${{ github.token }}');
      expect(existsSync(path.join(REPO_ROOT, 'actions', name, 'README.md'))).toBe(true);
    },
  );
});
