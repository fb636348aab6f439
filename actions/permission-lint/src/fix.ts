/**
 * The format-preserving fixer behind `palisade permission-lint --fix`: the workflow gets
 * `permissions: {}` at the top, and each job whose needs are known gets a block listing exactly
 * the scopes it needs, each with a comment saying why. The fixer edits the text at the offsets
 * the parser recorded instead of re-serializing the YAML, so no other byte of the file changes:
 * comments, quoting, indentation, blank lines, CRLF line endings and trailing spaces stay.
 *
 * Nothing is guessed. A job whose needs are unknown keeps the permissions it has: when it has
 * none of its own and the workflow-level block is about to become `{}`, that block is copied
 * into the job first; when the workflow has no block (the repository's default applies, which
 * the file does not say), the workflow level is left as it is.
 */
import type { Job, Step, TextEdit, Workflow, YamlFile } from '@palisade/core';
import type { Node, Pair, Scalar, YAMLMap } from 'yaml';
import type { JobNeeds, Need, Scope } from './scopes.js';

/** What the fixer does to each job of a workflow, before any text is looked at. */
export interface PermissionPlan {
  /** Jobs whose needs are known, with the block to write. */
  jobs: Array<{ job: Job; needs: Map<Scope, Need & { step?: Step }> }>;
  /** Jobs left alone (needs unknown), with the reason. */
  skipped: Array<{ job: Job; reason: string }>;
}

/** The edits of one workflow file, the jobs left alone, and why the top level was kept if it was. */
export interface WorkflowFix {
  /** Edits of `workflow.file`, sorted by offset; empty when the file is already as it should be. */
  edits: TextEdit[];
  skipped: Array<{ job: Job; reason: string }>;
  /** Set when the workflow-level `permissions:` was left as it is, saying why. */
  note?: string;
}

/** Longest reason written in a comment, in characters, before it is cut with `…`. */
const MAX_COMMENT = 120;

/**
 * Splits a workflow's jobs into those whose needs are known and those left alone. `jobNeeds`
 * may hold other workflows' jobs; a job of this workflow with no entry is left alone.
 */
export function planPermissions(workflow: Workflow, jobNeeds: readonly JobNeeds[]): PermissionPlan {
  const byId = new Map<string, JobNeeds>();
  for (const entry of jobNeeds) {
    if (entry.workflow.file === workflow.file) byId.set(entry.job.id.value, entry);
  }
  const plan: PermissionPlan = { jobs: [], skipped: [] };
  for (const job of workflow.jobs) {
    const entry = byId.get(job.id.value);
    if (!entry) {
      plan.skipped.push({ job, reason: 'no needs were computed for this job' });
    } else if (entry.unknown.length > 0) {
      plan.skipped.push({ job, reason: entry.unknown.join('; ') });
    } else {
      plan.jobs.push({ job, needs: entry.needs });
    }
  }
  return plan;
}

/**
 * The edits that give `workflow` least-privilege permissions: `permissions: {}` at the top
 * level, and for each job whose needs are known a block of exactly those scopes (replacing
 * the job's own `permissions:` value, or inserted after its `runs-on:` line, else before its
 * first key). Jobs whose needs are unknown, or whose text cannot be edited safely (YAML
 * aliases and anchors, flow-style jobs), are returned in `skipped`. Applying the edits to a
 * file the fixer already fixed, with the same needs, gives no edits.
 */
export function planWorkflowFix(workflow: Workflow, jobNeeds: readonly JobNeeds[]): WorkflowFix {
  const plan = planPermissions(workflow, jobNeeds);
  const text = workflow.source.text;
  const editor = new Editor(workflow.file, text, workflow.source);
  const edits: TextEdit[] = [];
  const skipped = [...plan.skipped];

  for (const { job, needs } of plan.jobs) {
    const site = editor.jobSite(job);
    if ('reason' in site) {
      skipped.push({ job, reason: site.reason });
      continue;
    }
    const edit = editor.jobEdit(site, neededValue(needs));
    if (edit) edits.push(edit);
  }

  // Jobs left alone with no `permissions:` of their own get the workflow level's: changing
  // it changes theirs, unless they are given a copy of it first.
  const inheriting = skipped.filter(({ job }) => editor.ownPermissions(job) === undefined);
  const top = editor.topLevel(workflow);
  let note: string | undefined;
  if ('reason' in top) {
    note = `the workflow-level \`permissions:\` was left as it is: ${top.reason}`;
  } else if (top.kind === 'absent' && inheriting.length > 0) {
    note =
      `\`permissions: {}\` was not added at the workflow level: ${describeJobs(inheriting)} ` +
      `no \`permissions:\` of ${inheriting.length === 1 ? 'its' : 'their'} own and ` +
      `${inheriting.length === 1 ? 'gets' : 'get'} the repository's default token ` +
      'permissions, which the workflow does not say; give ' +
      `${inheriting.length === 1 ? 'it a block' : 'each a block'} by hand, then run the fixer again`;
  } else if (top.kind !== 'empty') {
    const copies: TextEdit[] = [];
    const problems: string[] = [];
    for (const { job, reason } of inheriting) {
      const site = editor.jobSite(job);
      const copy = 'reason' in site ? site : copiedValue(workflow, reason);
      if ('reason' in copy) {
        problems.push(
          `job \`${job.id.value}\` inherits it and cannot be given a copy: ${copy.reason}`,
        );
        continue;
      }
      const edit = 'reason' in site ? undefined : editor.jobEdit(site, copy);
      if (edit) copies.push(edit);
    }
    if (problems.length > 0) {
      note = `the workflow-level \`permissions:\` was left as it is: ${problems.join('; ')}`;
    } else {
      edits.push(...copies);
      const edit = editor.topLevelEdit(top);
      if (edit) edits.push(edit);
    }
  }

  edits.sort((a, b) => a.start - b.start);
  const result: WorkflowFix = { edits, skipped };
  if (note !== undefined) result.note = note;
  return result;
}

/** One `scope: level # comment` line of a block. */
interface Entry {
  scope: string;
  level: string;
  comment?: string;
}

/** A `permissions:` value to write: a block (`{}` when empty), or `read-all` and the like. */
type Value = { kind: 'map'; entries: Entry[] } | { kind: 'scalar'; text: string };

/** Where a `key:` pair's value is: [afterColon, end) is what replacing the value replaces. */
interface ValueSite {
  afterColon: number;
  end: number;
  /** What follows the value on the key's line (spaces, a comment), kept after the new value. */
  tail: string;
}

/** Where a job's block goes, and how the job's keys are indented. */
interface JobSite {
  indent: string;
  step: string;
  /** The job's own `permissions:` value, replaced; else an insertion. */
  existing?: ValueSite;
  insertAt: number;
  /** Whether the block goes after the line at `insertAt` (after `runs-on:`) or before it. */
  after: boolean;
}

type TopLevel =
  | { kind: 'absent'; insertAt: number; indent: string }
  | { kind: 'empty' }
  | { kind: 'present'; site: ValueSite };

type Problem = { reason: string };

/** The block of exactly the scopes `needs` lists, by scope name. */
function neededValue(needs: ReadonlyMap<Scope, Need & { step?: Step }>): Value {
  const entries = [...needs.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([scope, need]) => {
      // The analysis's reason already names the step that needs the scope.
      const entry: Entry = { scope, level: need.level };
      const comment = commentText(need.reason);
      if (comment !== '') entry.comment = comment;
      return entry;
    });
  return { kind: 'map', entries };
}

/** The workflow level's permissions, to write into a job that keeps them. */
function copiedValue(workflow: Workflow, reason: string): (Value & { header: string }) | Problem {
  const permissions = workflow.permissions;
  const header = commentText(`kept from the workflow level: ${reason}`);
  if (!permissions) return { reason: 'the workflow has no `permissions:` to copy' };
  if (permissions.all) {
    const written = workflow.source.text.slice(permissions.all.start, permissions.all.end);
    if (written === '') return { reason: 'its value is empty' };
    if (/[\r\n]/.test(written)) return { reason: 'its value is not on one line' };
    return { kind: 'scalar', text: written, header };
  }
  const entries: Entry[] = [];
  for (const [scope, level] of permissions.scopes) {
    if (!SIMPLE_WORD.test(scope) || !SIMPLE_WORD.test(level.value)) {
      return { reason: `\`${scope}: ${level.value}\` is not a plain scope and level` };
    }
    entries.push({ scope, level: level.value });
  }
  return { kind: 'map', entries, header };
}

const SIMPLE_WORD = /^[A-Za-z0-9_-]+$/;

/**
 * A reason as the text of a YAML comment: on one line, with no control characters, no `#`
 * after a space (`issue #12` becomes `issue 12`), and at most MAX_COMMENT characters.
 */
function commentText(reason: string): string {
  // eslint-disable-next-line no-control-regex
  let text = reason.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g, ' ');
  text = text
    .replace(/(^|\s)#+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length > MAX_COMMENT) text = `${text.slice(0, MAX_COMMENT - 1).trimEnd()}…`;
  return text;
}

function describeJobs(jobs: ReadonlyArray<{ job: Job; reason: string }>): string {
  const list = jobs.map(({ job, reason }) => `\`${job.id.value}\` (${reason})`).join(', ');
  return `${jobs.length === 1 ? 'job' : 'jobs'} ${list} ${jobs.length === 1 ? 'has' : 'have'}`;
}

/** Reads positions in one file's text and turns values into edits of it. */
class Editor {
  constructor(
    private readonly file: string,
    private readonly text: string,
    private readonly source: YamlFile,
  ) {}

  /** The job's own `permissions:` pair, as written (an alias included). */
  ownPermissions(job: Job): Pair<Node, Node | null> | undefined {
    return this.pair(job.node, 'permissions');
  }

  /** Where the workflow level's `permissions: {}` goes, or why it cannot be written. */
  topLevel(workflow: Workflow): TopLevel | Problem {
    const root = this.source.document.contents;
    if (!root || this.isAlias(root) || !this.source.asMap(root)) {
      return { reason: 'the file is not a mapping' };
    }
    const rootMap = root as YAMLMap;
    const pair = this.pair(rootMap, 'permissions');
    if (pair) {
      const permissions = workflow.permissions;
      if (permissions && !permissions.all && permissions.scopes.size === 0) {
        return { kind: 'empty' };
      }
      const site = this.valueSite(pair);
      return 'reason' in site ? { reason: `it ${site.reason}` } : { kind: 'present', site };
    }
    const jobs = this.pair(rootMap, 'jobs');
    const start = jobs?.key.range?.[0];
    if (start === undefined) return { reason: 'the workflow has no `jobs:` to put it before' };
    const lineStart = this.lineStart(start);
    const indent = this.text.slice(lineStart, start);
    if (!/^ *$/.test(indent)) {
      return { reason: '`jobs:` does not start its line, so no line can go before it' };
    }
    return { kind: 'absent', insertAt: lineStart, indent };
  }

  topLevelEdit(top: Exclude<TopLevel, { kind: 'empty' }>): TextEdit | undefined {
    if (top.kind === 'present') return this.replace(top.site, ` {}${top.site.tail}`);
    const eol = this.eolAt(top.insertAt);
    return this.edit(top.insertAt, top.insertAt, `${top.indent}permissions: {}${eol}`);
  }

  /** Where the job's block goes, or why the job's text cannot be edited safely. */
  jobSite(job: Job): JobSite | Problem {
    const jobsNode = this.source.document.contents
      ? this.pair(this.source.document.contents as YAMLMap, 'jobs')?.value
      : undefined;
    if (!jobsNode || this.isAlias(jobsNode) || (jobsNode as YAMLMap).anchor) {
      return { reason: '`jobs:` is a YAML alias or anchor, which the fixer does not edit' };
    }
    const jobPair = (jobsNode as YAMLMap).items.find(
      (item) => (item as Pair<Node, Node | null>).key.range?.[0] === job.id.start,
    ) as Pair<Node, Node | null> | undefined;
    if (!jobPair || jobPair.value !== job.node) {
      return { reason: 'the job is a YAML alias, which the fixer does not edit' };
    }
    if (job.node.anchor) {
      return {
        reason: `the job is anchored (\`&${job.node.anchor}\`) and may be aliased elsewhere; set its permissions by hand`,
      };
    }
    if (job.node.flow) {
      return { reason: 'the job is written in flow style (`{ … }`); set its permissions by hand' };
    }
    const firstKey = (job.node.items[0] as Pair<Node, Node | null> | undefined)?.key.range?.[0];
    if (firstKey === undefined) return { reason: 'the job has no keys' };
    const lineStart = this.lineStart(firstKey);
    const indent = this.text.slice(lineStart, firstKey);
    if (!/^ *$/.test(indent)) {
      return { reason: 'the first key of the job does not start its line' };
    }
    const jobColumn = job.id.column - 1;
    const step = indent.length > jobColumn ? indent.length - jobColumn : 2;
    const site: JobSite = {
      indent,
      step: ' '.repeat(step),
      insertAt: lineStart,
      after: false,
    };

    const own = this.ownPermissions(job);
    if (own) {
      const existing = this.valueSite(own);
      if ('reason' in existing) return { reason: `its \`permissions:\` ${existing.reason}` };
      site.existing = existing;
      return site;
    }
    const runsOn = this.pair(job.node, 'runs-on');
    const value = runsOn?.value;
    if (runsOn && !this.isBlockScalar(value)) {
      const end = value?.range && !this.isNullAtColon(value) ? value.range[1] : undefined;
      const contentEnd = this.trimEnd(end ?? runsOn.key.range?.[1] ?? firstKey, firstKey);
      site.insertAt = this.lineEnd(contentEnd);
      site.after = true;
    }
    return site;
  }

  /** The edit writing `value` as the job's permissions; undefined when the text says it already. */
  jobEdit(site: JobSite, value: Value & { header?: string }): TextEdit | undefined {
    const eol = this.eolAt(site.existing?.afterColon ?? site.insertAt);
    if (site.existing) {
      return this.replace(site.existing, this.render(value, site.existing.tail, site, eol));
    }
    const tail = value.header ? ` # ${value.header}` : '';
    const block = `${site.indent}permissions:${this.render(value, tail, site, eol)}`;
    return site.after
      ? this.edit(site.insertAt, site.insertAt, `${eol}${block}`)
      : this.edit(site.insertAt, site.insertAt, `${block}${eol}`);
  }

  /** What follows `permissions:`: ` {}`, ` read-all`, or the block's lines. */
  private render(value: Value, tail: string, site: JobSite, eol: string): string {
    if (value.kind === 'scalar') return ` ${value.text}${tail}`;
    if (value.entries.length === 0) return ` {}${tail}`;
    const lines = value.entries.map(
      ({ scope, level, comment }) =>
        `${site.indent}${site.step}${scope}: ${level}${comment === undefined ? '' : ` # ${comment}`}`,
    );
    return `${tail}${eol}${lines.join(eol)}`;
  }

  /**
   * Where the value of `key: value` is, from just after the colon to the end of the value's
   * last line, and what follows a value written on the key's line. Aliases, anchors and tags
   * are refused: editing them would change other nodes, or be a guess.
   */
  private valueSite(pair: Pair<Node, Node | null>): ValueSite | Problem {
    let colon = pair.key.range?.[1];
    if (colon === undefined) return { reason: 'could not be placed in the file' };
    while (this.text[colon] === ' ' || this.text[colon] === '\t') colon += 1;
    if (this.text[colon] !== ':') return { reason: 'is not written as `key: value`' };
    const afterColon = colon + 1;
    const keyLineEnd = this.lineEnd(afterColon);
    const value = pair.value;
    if (!value?.range || this.isNullAtColon(value)) {
      return { afterColon, end: keyLineEnd, tail: this.text.slice(afterColon, keyLineEnd) };
    }
    if (this.isAlias(value)) {
      return { reason: 'is a YAML alias, which the fixer does not edit; set it by hand' };
    }
    if (value.anchor) {
      return {
        reason: `is anchored (\`&${value.anchor}\`) and may be aliased elsewhere; set it by hand`,
      };
    }
    const [start, end] = value.range;
    const between = this.text.slice(afterColon, start);
    if (!/^(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*$/.test(between)) {
      return { reason: 'has a YAML tag or other properties, which the fixer does not edit' };
    }
    const contentEnd = this.trimEnd(end, start + 1);
    if (between.includes('\n')) {
      // A block mapping below the key: what follows the colon (spaces, a comment) stays.
      return {
        afterColon,
        end: this.lineEnd(contentEnd),
        tail: this.text.slice(afterColon, keyLineEnd),
      };
    }
    if (contentEnd <= keyLineEnd) {
      return { afterColon, end: keyLineEnd, tail: this.text.slice(contentEnd, keyLineEnd) };
    }
    // Starts on the key's line and goes on below it (a block scalar, a flow mapping on lines).
    return { afterColon, end: this.lineEnd(contentEnd), tail: '' };
  }

  private replace(site: ValueSite, text: string): TextEdit | undefined {
    if (this.text.slice(site.afterColon, site.end) === text) return undefined;
    return this.edit(site.afterColon, site.end, text);
  }

  private edit(start: number, end: number, text: string): TextEdit {
    return { file: this.file, start, end, text };
  }

  private pair(map: YAMLMap, key: string): Pair<Node, Node | null> | undefined {
    if (!('items' in map) || !Array.isArray(map.items)) return undefined;
    return (map.items as Array<Pair<Node, Node | null>>).find(
      (item) => !this.isAlias(item.key) && this.source.scalarText(item.key) === key,
    );
  }

  private isAlias(node: Node): boolean {
    return this.source.resolve(node) !== node;
  }

  /** `key:` with nothing after it: the parser places the null value at the comment or line end. */
  private isNullAtColon(node: Node): boolean {
    const range = node.range;
    return (
      !this.isAlias(node) &&
      range != null &&
      range[0] === range[1] &&
      this.source.scalarText(node) === ''
    );
  }

  private isBlockScalar(node: Node | null | undefined): boolean {
    if (!node || this.isAlias(node) || this.source.scalarText(node) === undefined) return false;
    const type = (node as Scalar).type;
    return type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED';
  }

  /** `offset` moved back over whitespace and line breaks, never before `floor`. */
  private trimEnd(offset: number, floor: number): number {
    let position = offset;
    while (position > floor && /\s/.test(this.text[position - 1] ?? '')) position -= 1;
    return position;
  }

  private lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The end of the line holding `offset`, before its `\n` or `\r\n`. */
  private lineEnd(offset: number): number {
    const newline = this.text.indexOf('\n', offset);
    if (newline < 0) return this.text.length;
    return newline > offset && this.text[newline - 1] === '\r' ? newline - 1 : newline;
  }

  /** The line ending of the line holding `offset`, else the file's first one, else `\n`. */
  private eolAt(offset: number): string {
    const newline = this.text.indexOf('\n', offset);
    const at = newline < 0 ? this.text.indexOf('\n') : newline;
    return at > 0 && this.text[at - 1] === '\r' ? '\r\n' : '\n';
  }
}
