import path from 'node:path';
import type { Action, Job, Located, Repository, Step, Workflow, YamlFile } from '@palisade/core';
import type { Node } from 'yaml';
import { actionName, lookupAction, type Condition, type TokenSource } from './knowledge/actions.js';
import {
  commandName,
  ghNeed,
  httpNeed,
  httpRequest,
  parseShell,
  TOKEN_BLIND_COMMANDS,
  unwrap,
  type CommandNeed,
  type ShellCommand,
} from './knowledge/commands.js';
import { classifyRoute, methodNeed, REST_METHODS, type RouteNeed } from './knowledge/routes.js';
import type { JobNeeds, Level, Need, Scope, StepNeeds } from './scopes.js';

export interface AnalysisContext {
  repository: Repository;
}

// ---------------------------------------------------------------------------------------------
// Public API

/** What one step needs of the GITHUB_TOKEN, given the steps before it in its job or action. */
export function analyzeStep(
  step: Step,
  job: Job,
  container: Workflow | Action,
  context: AnalysisContext,
): StepNeeds {
  const steps = container.kind === 'workflow' ? job.steps : (container.runs?.steps ?? []);
  const frame =
    container.kind === 'workflow'
      ? workflowFrame(container, job, context, new Set([container.file]))
      : standaloneActionFrame(container, context);
  let result: StepNeeds | undefined;
  for (const current of steps) {
    const analysed = analyseStep(current, frame);
    if (current === step) {
      result = analysed;
      break;
    }
  }
  return result ?? analyseStep(step, frame);
}

/** What a job needs: the union of its steps, or of the jobs of the local workflow it calls. */
export function analyzeJob(workflow: Workflow, job: Job, context: AnalysisContext): JobNeeds {
  return analyseJobIn(workflow, job, context, new Set([workflow.file]), undefined);
}

/**
 * How much of the repository the knowledge base covers: every `uses:` of a step (in workflows
 * and composite actions) counts; it is known when the action is in the knowledge base, is a
 * local action found in the repository, or is a `docker://` image (whose needs come from what
 * the step passes it).
 */
export function knowledgeCoverage(repository: Repository): {
  total: number;
  known: number;
  unknownActions: Map<string, number>;
} {
  const index = indexOf(repository);
  let total = 0;
  let known = 0;
  const unknownActions = new Map<string, number>();
  const count = (
    uses: Located,
    file: string,
    checkouts: readonly string[] = [],
    foreign: readonly ForeignCheckout[] = [],
  ): void => {
    total++;
    const value = uses.value.trim();
    let isKnown: boolean;
    if (value.startsWith('docker://')) {
      isKnown = true;
    } else if (isLocal(value)) {
      const remote = remoteOfLocal(value, foreign);
      isKnown =
        findLocalAction(index, repositoryPrefix(index, file), value, checkouts) !== undefined ||
        (remote !== undefined && lookupAction(remote) !== undefined);
    } else {
      isKnown = lookupAction(value) !== undefined;
    }
    if (isKnown) {
      known++;
    } else {
      const name = isLocal(value) ? value : actionName(value);
      unknownActions.set(name, (unknownActions.get(name) ?? 0) + 1);
    }
  };
  for (const workflow of repository.workflows) {
    for (const job of workflow.jobs) {
      const checkouts: string[] = [];
      const foreign: ForeignCheckout[] = [];
      for (const step of job.steps) {
        if (step.uses) count(step.uses, workflow.file, checkouts, foreign);
        const checkout = checkoutPath(step);
        if (checkout !== undefined) checkouts.push(checkout);
        const other = foreignCheckout(step);
        if (other !== undefined) foreign.push(other);
      }
    }
  }
  for (const action of repository.actions) {
    for (const step of action.runs?.steps ?? []) if (step.uses) count(step.uses, action.file);
  }
  return { total, known, unknownActions };
}

// ---------------------------------------------------------------------------------------------
// Frames: where the expressions of a list of steps are resolved

/** What a value may be, as far as the GITHUB_TOKEN goes. */
type TokenClass =
  { kind: 'github' } | { kind: 'other' } | { kind: 'none' } | { kind: 'unknown'; reason: string };

const GITHUB: TokenClass = { kind: 'github' };
const OTHER: TokenClass = { kind: 'other' };
const NONE: TokenClass = { kind: 'none' };

interface EnvLayer {
  values: ReadonlyMap<string, Located>;
  frame: Frame;
}

/** `inputs.*` of a composite action (the calling step's `with:`) or of a called workflow. */
interface InputScope {
  values: ReadonlyMap<string, Located>;
  /** Where the values are resolved: the caller. */
  frame: Frame;
  defaults: ReadonlyMap<string, string>;
}

/** What a job's steps leave behind for the steps after them. */
interface JobState {
  /** The token git on the runner authenticates with (set by actions/checkout, `git remote`). */
  gitCredential: TokenClass;
  /** Variables a step wrote to $GITHUB_ENV. */
  exported: Map<string, TokenClass>;
  /** Folders (under the workspace) where actions/checkout put this repository. */
  checkouts: string[];
  /** Folders where actions/checkout put another repository, whose actions run as `./folder/…`. */
  foreignCheckouts: ForeignCheckout[];
}

/** `actions/checkout` of another repository (`repository: owner/name`) into `path:`. */
interface ForeignCheckout {
  folder: string;
  repository: string;
}

interface Frame {
  context: AnalysisContext;
  index: RepositoryIndex;
  /** The file the steps are in. */
  file: string;
  /** The repository folder inside the tree (`''`, or `owner__repo/` in a tree of repositories). */
  prefix: string;
  env: EnvLayer[];
  inputs?: InputScope;
  /** In a called workflow: the secrets its caller passes (`inherit`: all of the caller's). */
  secrets?: { values: ReadonlyMap<string, Located>; frame: Frame } | 'inherit';
  /** Earlier steps with an `id`, for `steps.<id>.outputs`. */
  steps: Map<string, Step>;
  state: JobState;
  /** Files being analysed up the call chain (cycles). */
  visiting: ReadonlySet<string>;
  /** Appended to reasons of steps in a composite action: ` in ./.github/actions/x`. */
  where: string;
}

function newState(): JobState {
  return { gitCredential: NONE, exported: new Map(), checkouts: [], foreignCheckouts: [] };
}

function workflowFrame(
  workflow: Workflow,
  job: Job,
  context: AnalysisContext,
  visiting: ReadonlySet<string>,
  caller?: { job: Job; frame: Frame },
): Frame {
  const index = indexOf(context.repository);
  const frame: Frame = {
    context,
    index,
    file: workflow.file,
    prefix: repositoryPrefix(index, workflow.file),
    env: [],
    steps: new Map(),
    state: newState(),
    visiting,
    where: '',
  };
  frame.env.push({ values: workflow.env, frame }, { values: job.env, frame });
  if (caller) {
    frame.inputs = {
      values: caller.job.with,
      frame: caller.frame,
      defaults: workflowCallDefaults(workflow),
    };
    const secrets = caller.job.secrets;
    frame.secrets =
      secrets === undefined
        ? { values: new Map(), frame: caller.frame }
        : secrets instanceof Map
          ? { values: secrets, frame: caller.frame }
          : 'inherit';
  }
  return frame;
}

function standaloneActionFrame(action: Action, context: AnalysisContext): Frame {
  const index = indexOf(context.repository);
  const frame: Frame = {
    context,
    index,
    file: action.file,
    prefix: repositoryPrefix(index, action.file),
    env: [],
    steps: new Map(),
    state: newState(),
    visiting: new Set([action.file]),
    where: '',
  };
  frame.inputs = { values: new Map(), frame, defaults: actionDefaults(action) };
  return frame;
}

// ---------------------------------------------------------------------------------------------
// Jobs

function analyseJobIn(
  workflow: Workflow,
  job: Job,
  context: AnalysisContext,
  visiting: ReadonlySet<string>,
  caller: { job: Job; frame: Frame } | undefined,
): JobNeeds {
  const result: JobNeeds = { workflow, job, steps: [], needs: new Map(), unknown: [] };
  const frame = workflowFrame(workflow, job, context, visiting, caller);

  if (job.uses) {
    analyseCall(job, frame, result);
    return result;
  }

  for (const need of containerNeeds(job, frame)) addNeed(result, need);
  const containerUnknown = containerUnknowns(job, frame);
  result.unknown.push(...containerUnknown);

  for (const step of job.steps) {
    const stepNeeds = analyseStep(step, frame);
    result.steps.push(stepNeeds);
    for (const need of stepNeeds.needs) addNeed(result, need, step);
    if (stepNeeds.unknown !== undefined) result.unknown.push(stepNeeds.unknown);
  }
  return result;
}

/** `jobs.<id>.uses`: a local reusable workflow is read; a remote one cannot be. */
function analyseCall(job: Job, frame: Frame, result: JobNeeds): void {
  const uses = job.uses?.value.trim() ?? '';
  if (!isLocal(uses)) {
    result.unknown.push(`the reusable workflow \`${uses}\` cannot be read offline`);
    return;
  }
  const file = resolveLocal(frame.prefix, uses);
  const called = file === undefined ? undefined : frame.index.workflows.get(file);
  if (file === undefined || called === undefined) {
    result.unknown.push(`the reusable workflow \`${uses}\` is not in the repository`);
    return;
  }
  if (frame.visiting.has(file)) {
    result.unknown.push(`\`${uses}\` calls itself through a cycle of reusable workflows`);
    return;
  }
  const visiting = new Set([...frame.visiting, file]);
  for (const calledJob of called.jobs) {
    const inner = analyseJobIn(called, calledJob, frame.context, visiting, { job, frame });
    result.steps.push(...inner.steps);
    for (const [, need] of inner.needs) addNeed(result, need, need.step);
    for (const reason of inner.unknown) {
      result.unknown.push(`${uses} job \`${calledJob.id.value}\`: ${reason}`);
    }
  }
}

function addNeed(result: JobNeeds, need: Need, step?: Step): void {
  const current = result.needs.get(need.scope);
  if (current === undefined || (current.level === 'read' && need.level === 'write')) {
    const entry: Need & { step?: Step } = {
      scope: need.scope,
      level: need.level,
      reason: need.reason,
    };
    if (step) entry.step = step;
    result.needs.set(need.scope, entry);
  }
}

/** The job's container and services pulled from GitHub Packages with the GITHUB_TOKEN. */
function containerNeeds(job: Job, frame: Frame): Need[] {
  const needs: Need[] = [];
  for (const { name, password } of containerPasswords(job)) {
    if (classify(password, frame).kind === 'github') {
      needs.push({
        scope: 'packages',
        level: 'read',
        reason: `the ${name} is pulled with the GITHUB_TOKEN`,
      });
    }
  }
  return needs;
}

function containerUnknowns(job: Job, frame: Frame): string[] {
  const reasons: string[] = [];
  for (const { name, password } of containerPasswords(job)) {
    const token = classify(password, frame);
    if (token.kind === 'unknown') {
      reasons.push(
        `cannot tell whether the ${name}'s registry password is the GITHUB_TOKEN: ${token.reason}`,
      );
    }
  }
  return reasons;
}

function containerPasswords(job: Job): Array<{ name: string; password: string }> {
  const found: Array<{ name: string; password: string }> = [];
  const password = (node: unknown): string | undefined => {
    const credentials = mapGet(node, 'credentials');
    const value = mapGet(credentials, 'password');
    return typeof value === 'string' ? value : undefined;
  };
  const container = password(mapGet(job.node, 'container'));
  if (container !== undefined) found.push({ name: 'job container', password: container });
  const services = mapGet(job.node, 'services');
  if (isYamlMap(services)) {
    for (const item of services.items) {
      const key = scalarValue(item.key);
      const value = password(item.value);
      if (key !== undefined && value !== undefined) {
        found.push({ name: `service \`${key}\``, password: value });
      }
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Steps

interface Collected {
  needs: Need[];
  unknown: string[];
}

function analyseStep(step: Step, frame: Frame): StepNeeds {
  const partial: Collected = { needs: [], unknown: [] };
  const label = stepLabel(step, frame);
  const uses = step.uses?.value.trim();
  if (uses !== undefined && uses !== '') {
    if (uses.startsWith('docker://')) {
      dockerStep(step, frame, uses, label, partial);
    } else if (isLocal(uses)) {
      localAction(step, frame, uses, label, partial);
    } else {
      knownAction(step, frame, uses, label, partial);
    }
  } else if (step.run) {
    runStep(step, frame, label, partial);
  }
  if (step.id) frame.steps.set(step.id.value, step);
  const result: StepNeeds = { step, file: frame.file, needs: dedupe(partial.needs) };
  if (partial.unknown.length > 0) result.unknown = [...new Set(partial.unknown)].join('; ');
  return result;
}

function stepLabel(step: Step, frame: Frame): string {
  const name = step.name?.value ?? step.id?.value;
  // The step's place in its job, not its line: lines move when a fixer inserts a block.
  const base = name !== undefined ? `step '${name}'` : `step ${step.index + 1}`;
  return `${base}${frame.where}`;
}

function dedupe(needs: Need[]): Need[] {
  const seen = new Set<string>();
  return needs.filter((need) => {
    const key = `${need.scope}:${need.level}:${need.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function push(partial: Collected, scope: Scope, level: Level, what: string, label: string): void {
  partial.needs.push({ scope, level, reason: `${what} (${label})` });
}

/** `uses: docker://…`: it needs nothing unless the GITHUB_TOKEN is passed to it. */
function dockerStep(
  step: Step,
  frame: Frame,
  uses: string,
  label: string,
  partial: Collected,
): void {
  const passed = [...step.with.values(), ...step.env.values()].map((value) =>
    classify(value.value, frame),
  );
  for (const [name, token] of effectiveEnv(step, frame)) {
    if (token.kind === 'github') passed.push(token);
    if (token.kind === 'unknown')
      passed.push({ kind: 'unknown', reason: `${name}: ${token.reason}` });
  }
  if (passed.some((token) => token.kind === 'github')) {
    partial.unknown.push(`the GITHUB_TOKEN is passed to the container \`${uses}\` (${label})`);
    return;
  }
  const unknown = passed.find((token) => token.kind === 'unknown');
  if (unknown?.kind === 'unknown') {
    partial.unknown.push(`cannot tell what is passed to \`${uses}\`: ${unknown.reason} (${label})`);
  }
}

/** `uses: ./path`: a composite action is followed into its steps; other kinds run code. */
function localAction(
  step: Step,
  frame: Frame,
  uses: string,
  label: string,
  partial: Collected,
): void {
  const action = findLocalAction(frame.index, frame.prefix, uses, frame.state.checkouts);
  if (action === undefined) {
    // `./tools/actions/x` after checking out owner/tools into `tools` is owner/tools/actions/x.
    const remote = remoteOfLocal(uses, frame.state.foreignCheckouts);
    if (remote !== undefined) {
      knownAction(step, frame, remote, label, partial);
      return;
    }
    partial.unknown.push(`the local action \`${uses}\` is not in the repository (${label})`);
    return;
  }
  if (frame.visiting.has(action.file)) {
    partial.unknown.push(`the local action \`${uses}\` calls itself (${label})`);
    return;
  }
  const using = action.runs?.using.value.trim() ?? '';
  const defaults = actionDefaults(action);
  if (using !== 'composite') {
    // A JavaScript or Docker action gets the token only through its inputs or environment.
    const given = [...step.with.values()].map((value) => classify(value.value, frame));
    for (const [input, text] of defaults) {
      if (!step.with.has(input)) given.push(classify(text, frame));
    }
    for (const [, token] of effectiveEnv(step, frame)) given.push(token);
    if (given.some((token) => token.kind === 'github')) {
      partial.unknown.push(
        `the local action \`${uses}\` runs its own code (${using}) with the GITHUB_TOKEN (${label})`,
      );
    }
    return;
  }
  const inner: Frame = {
    ...frame,
    file: action.file,
    env: [...frame.env, { values: step.env, frame }],
    inputs: { values: step.with, frame, defaults },
    // Composite actions have no `secrets` context.
    secrets: undefined,
    steps: new Map(),
    visiting: new Set([...frame.visiting, action.file]),
    where: ` in ${uses}`,
  };
  for (const innerStep of action.runs?.steps ?? []) {
    const result = analyseStep(innerStep, inner);
    partial.needs.push(...result.needs);
    if (result.unknown !== undefined) partial.unknown.push(result.unknown);
  }
}

/** `uses: owner/repo@ref`: the knowledge base says what it needs. */
function knownAction(
  step: Step,
  frame: Frame,
  uses: string,
  label: string,
  partial: Collected,
): void {
  const knowledge = lookupAction(uses);
  const name = actionName(uses);
  if (knowledge === undefined) {
    partial.unknown.push(`\`${name}\` is not in the knowledge base (${label})`);
    return;
  }
  const token = knowledge.token ? tokenOf(knowledge.token, step, frame) : NONE;
  const tokenUnknown = (): void => {
    if (token.kind === 'unknown') {
      partial.unknown.push(
        `cannot tell whether ${describeSource(knowledge.token)} is the GITHUB_TOKEN: ${token.reason} (${label})`,
      );
    }
  };
  for (const rule of knowledge.needs) {
    const holds = rule.when === undefined ? true : evaluate(rule.when, step, frame);
    if (holds === false) continue;
    if (holds !== true) {
      partial.unknown.push(`${name}: ${holds.reason} (${label})`);
      continue;
    }
    const viaToken = (rule.via ?? 'token') === 'token' && knowledge.token !== undefined;
    if (viaToken && token.kind !== 'github') {
      tokenUnknown();
      continue;
    }
    if ('unknown' in rule) {
      partial.unknown.push(`${rule.unknown} (${label})`);
    } else {
      push(partial, rule.scope, rule.level, rule.reason, label);
    }
  }
  if (knowledge.persistsGitCredentials) {
    const persists = evaluate(knowledge.persistsGitCredentials, step, frame);
    if (persists === true) frame.state.gitCredential = token;
    else if (persists !== false)
      frame.state.gitCredential = { kind: 'unknown', reason: persists.reason };
  }
  if (knowledge.script === 'github-script') githubScript(step, frame, token, label, partial);
  const checkout = checkoutPath(step);
  if (checkout !== undefined) frame.state.checkouts.push(checkout);
  const foreign = foreignCheckout(step);
  if (foreign !== undefined) frame.state.foreignCheckouts.push(foreign);
}

/**
 * An `actions/checkout` step that puts another repository (a plain `owner/name`) into a plain
 * `path:`; undefined for any other step.
 */
function foreignCheckout(step: Step): ForeignCheckout | undefined {
  if (step.uses === undefined || actionName(step.uses.value) !== 'actions/checkout')
    return undefined;
  const repository = step.with.get('repository')?.value.trim();
  if (repository === undefined || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return undefined;
  const folder = step.with.get('path')?.value.trim();
  if (folder === undefined || folder === '' || folder.includes('${{')) return undefined;
  const clean = path.posix.normalize(folder).replace(/^\.\/|\/+$/g, '');
  if (clean === '.' || clean.startsWith('..')) return undefined;
  return { folder: clean, repository };
}

/** `./folder/sub/path` → `owner/name/sub/path` for a checkout of owner/name into `folder`. */
function remoteOfLocal(uses: string, checkouts: readonly ForeignCheckout[]): string | undefined {
  const relative = path.posix.normalize(uses.replace(/^\.\//, '')).replace(/\/+$/, '');
  // The latest checkout into a folder is the one the step sees.
  for (const checkout of [...checkouts].reverse()) {
    if (relative.startsWith(`${checkout.folder}/`)) {
      return `${checkout.repository}/${relative.slice(checkout.folder.length + 1)}`;
    }
  }
  return undefined;
}

/**
 * The folder an `actions/checkout` step puts this same repository in (`path:`), so that
 * `uses: ./<path>/.github/actions/x` finds the action. Undefined for other steps, for another
 * repository, and for a path that is not plain text.
 */
function checkoutPath(step: Step): string | undefined {
  if (step.uses === undefined || actionName(step.uses.value) !== 'actions/checkout')
    return undefined;
  const repository = step.with.get('repository')?.value.replace(/\s+/g, '');
  if (repository !== undefined && repository !== '${{github.repository}}') return undefined;
  const folder = step.with.get('path')?.value.trim();
  if (folder === undefined || folder === '' || folder.includes('${{')) return undefined;
  const clean = path.posix.normalize(folder).replace(/^\.\/|\/+$/g, '');
  return clean === '.' || clean.startsWith('..') ? undefined : clean;
}

function describeSource(source: TokenSource | undefined): string {
  if (source === undefined) return 'its token';
  return 'input' in source ? `\`${source.input}\`` : `env \`${source.env}\``;
}

/** The token the step gives the action: its input (or the input's default), or an env var. */
function tokenOf(source: TokenSource, step: Step, frame: Frame): TokenClass {
  if ('input' in source) {
    const given = step.with.get(source.input);
    if (given !== undefined) return classify(given.value, frame);
    return source.defaultsToGithubToken ? GITHUB : NONE;
  }
  return lookupEnv(source.env, step, frame) ?? NONE;
}

// ---------------------------------------------------------------------------------------------
// actions/github-script

const CLIENT = String.raw`\b(?:github|octokit)`;
const REST_CALL = new RegExp(String.raw`${CLIENT}\.rest\.(\w+)\.(\w+)`, 'g');
const LEGACY_CALL = new RegExp(String.raw`\bgithub\.(\w+)\.(\w+)\s*[(,)]`, 'g');
const REQUEST_CALL = new RegExp(
  String.raw`${CLIENT}\.(?:request|paginate(?:\.iterator)?)\(\s*(?:(['"\x60])([A-Za-z]+)\s+([^'"\x60]+)\1|(${CLIENT}\.))?`,
  'g',
);
const GRAPHQL_CALL = new RegExp(String.raw`${CLIENT}\.graphql\b`);
/** The client itself handed to other code: `({ github, context })`, `setup(core, github)`. */
const CLIENT_ESCAPES = /(?<![\w.$'"`/-])(?:github|octokit)(?=\s*[,)}\]]|\s*;|\s*$)/m;

function githubScript(
  step: Step,
  frame: Frame,
  token: TokenClass,
  label: string,
  partial: Collected,
): void {
  const script = step.with.get('script')?.value ?? '';
  if (script.trim() === '') return;
  if (token.kind === 'other' || token.kind === 'none') return;
  if (token.kind === 'unknown') {
    partial.unknown.push(
      `cannot tell whether \`github-token\` is the GITHUB_TOKEN: ${token.reason} (${label})`,
    );
    return;
  }
  const code = script.replace(/\$\{\{[\s\S]*?\}\}/g, '""');
  const add = (need: RouteNeed, what: string): void => {
    if (need.kind === 'needs') {
      for (const { scope, level } of need.needs) push(partial, scope, level, what, label);
    } else if (need.kind === 'unknown') {
      partial.unknown.push(`${what}: ${need.reason} (${label})`);
    }
  };
  for (const match of code.matchAll(REST_CALL)) {
    const [, namespace = '', method = ''] = match;
    const need = methodNeed(namespace, method);
    add(
      need ?? { kind: 'unknown', reason: 'not in the route table' },
      `github.rest.${namespace}.${method}`,
    );
  }
  for (const match of code.matchAll(LEGACY_CALL)) {
    const [, namespace = '', method = ''] = match;
    if (namespace === 'rest' || !Object.hasOwn(REST_METHODS, namespace)) continue;
    const need = methodNeed(namespace, method);
    add(
      need ?? { kind: 'unknown', reason: 'not in the route table' },
      `github.${namespace}.${method}`,
    );
  }
  for (const match of code.matchAll(REQUEST_CALL)) {
    const [, , verb, route, method] = match;
    // `github.paginate(github.rest.x.y, …)`: the method is read above.
    if (method !== undefined) continue;
    if (verb === undefined || route === undefined) {
      partial.unknown.push(`the script calls github.request with a computed route (${label})`);
      continue;
    }
    if (/\$\{/.test(route.split('/').slice(0, 2).join('/'))) {
      partial.unknown.push(`the route of \`${verb} ${route}\` is not literal (${label})`);
      continue;
    }
    add(classifyRoute(verb, route.trim()), `${verb.toUpperCase()} ${route.trim()}`);
  }
  if (GRAPHQL_CALL.test(code)) {
    partial.unknown.push(`GraphQL calls cannot be mapped to scopes statically (${label})`);
  }
  if (/\bgetOctokit\s*\(/.test(code)) {
    partial.unknown.push(`the script makes its own client with getOctokit (${label})`);
  } else if (CLIENT_ESCAPES.test(code)) {
    partial.unknown.push(`the script hands the client to code that cannot be read (${label})`);
  }
}

// ---------------------------------------------------------------------------------------------
// run: steps

/** Marks put in place of `${{ … }}` before the script is split into commands. */
const TOKEN_MARK = '\uE000T\uE001';
const OTHER_MARK = '\uE000E\uE001';
const GHCR = /^(https?:\/\/)?(ghcr\.io|docker\.pkg\.github\.com)(\/|$)/i;
/** Shells whose scripts are not shell commands: the token given to them cannot be followed. */
const CODE_SHELLS = /(^|[\s/])(python[\d.]*|node|ruby|perl|Rscript|deno|bun)(\s|$)/;

interface RunEnv {
  /** Variable → what it holds, for the token question. */
  vars: Map<string, TokenClass>;
}

function runStep(step: Step, frame: Frame, label: string, partial: Collected): void {
  const script = step.run?.value ?? '';
  const shell = step.shell?.value.trim() ?? 'bash';
  let inlineToken = false;
  const text = script.replace(/\$\{\{([\s\S]*?)\}\}/g, (_whole, expression: string) => {
    const substituted = substituteExpression(expression.trim());
    if (substituted !== undefined) return substituted;
    const token = classifyExpression(expression, frame, 0);
    if (token.kind === 'github') {
      inlineToken = true;
      return TOKEN_MARK;
    }
    // `${{ inputs.command }}` in a composite action: the caller's text, when it is plain.
    const literal = resolveLiteral(`\${{${expression}}}`, frame);
    return typeof literal === 'string' && !literal.includes('${{') ? literal : OTHER_MARK;
  });

  if (/\bACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)\b/.test(text)) {
    push(partial, 'id-token', 'write', 'requests an OIDC token', label);
  }

  const env: RunEnv = { vars: new Map(effectiveEnv(step, frame)) };
  const carriesToken = (): boolean =>
    inlineToken || [...env.vars.values()].some((token) => token.kind === 'github');

  if (CODE_SHELLS.test(shell)) {
    if (carriesToken()) {
      partial.unknown.push(`the GITHUB_TOKEN is given to a \`${shell}\` script (${label})`);
    }
    return;
  }

  const stdinToken = new Set<ShellCommand>();
  for (const raw of parseShell(text)) {
    const command = unwrap(raw);
    const local = new Map(env.vars);
    for (const [name, value] of command.assignments) local.set(name, valueClass(value, env.vars));
    if (command.words.length === 0) {
      for (const [name, value] of command.assignments)
        env.vars.set(name, valueClass(value, env.vars));
      continue;
    }
    if (['export', 'local', 'declare', 'readonly', 'typeset'].includes(command.words[0] ?? '')) {
      for (const [name, value] of command.assignments)
        env.vars.set(name, valueClass(value, env.vars));
      continue;
    }
    const explicit = mentionsToken(command, local) || stdinToken.has(raw);
    if (explicit && raw.pipesTo) stdinToken.add(raw.pipesTo);
    runCommand(command, {
      frame,
      label,
      partial,
      env: local,
      explicit,
      exported: (name, token) => {
        frame.state.exported.set(name, token);
      },
    });
  }
}

/** Expressions whose value is known and useful in a command line. */
function substituteExpression(expression: string): string | undefined {
  switch (expression) {
    case 'github.api_url':
      return 'https://api.github.com';
    case 'github.server_url':
      return 'https://github.com';
    case 'github.repository':
      return '{owner}/{repo}';
    case 'github.repository_owner':
      return '{owner}';
    default:
      return undefined;
  }
}

/** The class of a shell value: the token mark, or `$VAR` of a variable holding the token. */
function valueClass(value: string, vars: ReadonlyMap<string, TokenClass>): TokenClass {
  if (value.includes(TOKEN_MARK)) return GITHUB;
  let result: TokenClass = value.trim() === '' ? NONE : OTHER;
  for (const name of referencedVariables(value)) {
    const token = vars.get(name);
    if (token?.kind === 'github') return GITHUB;
    if (token?.kind === 'unknown') result = token;
  }
  return result;
}

function referencedVariables(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/\$(?:env:)?\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
    if (match[1] !== undefined) names.push(match[1]);
  }
  return names;
}

function mentionsToken(command: ShellCommand, vars: ReadonlyMap<string, TokenClass>): boolean {
  const texts = [...command.words, ...command.assignments.values()];
  return texts.some((text) => valueClass(text, vars).kind === 'github');
}

interface CommandContext {
  frame: Frame;
  label: string;
  partial: Collected;
  env: ReadonlyMap<string, TokenClass>;
  /** The command line (or its stdin) carries the GITHUB_TOKEN. */
  explicit: boolean;
  exported: (name: string, token: TokenClass) => void;
}

function runCommand(command: ShellCommand, ctx: CommandContext): void {
  const words = command.words;
  const name = commandName(words[0] ?? '');
  const { partial, label } = ctx;
  const apply = (need: CommandNeed, fallback: string): void => {
    if (need.kind === 'needs') {
      for (const { scope, level } of need.needs)
        push(partial, scope, level, need.what || fallback, label);
    } else if (need.kind === 'unknown') {
      partial.unknown.push(`${need.reason} (${label})`);
    }
  };

  switch (name) {
    case 'gh': {
      const tokenVar = ['GH_TOKEN', 'GITHUB_TOKEN'].find((v) => ctx.env.has(v));
      const token = tokenVar === undefined ? NONE : (ctx.env.get(tokenVar) ?? NONE);
      const need = ghNeed(words.slice(1));
      if (need.kind === 'none') return;
      if (token.kind === 'github') {
        apply(need, 'gh');
      } else if (token.kind === 'unknown') {
        partial.unknown.push(
          `cannot tell whether ${tokenVar ?? 'GH_TOKEN'} (for \`gh\`) is the GITHUB_TOKEN: ${token.reason} (${label})`,
        );
      }
      return;
    }
    case 'git':
      gitCommand(words, ctx);
      return;
    case 'curl':
    case 'wget': {
      if (!ctx.explicit) return;
      const request = httpRequest(words);
      if (request === undefined) {
        partial.unknown.push(
          `the GITHUB_TOKEN is given to \`${name}\` without a URL it can read (${label})`,
        );
        return;
      }
      const url = request.url
        .replace(/\$\{?GITHUB_REPOSITORY\}?/g, '{owner}/{repo}')
        .replace(/\$\{?GITHUB_REPOSITORY_OWNER\}?/g, '{owner}');
      apply(httpNeed(request.method, url), name);
      return;
    }
    case 'docker':
    case 'podman':
      dockerCommand(words, ctx);
      return;
    case 'npm':
    case 'pnpm':
    case 'yarn':
      if (words.includes('publish')) {
        const auth = ctx.env.get('NODE_AUTH_TOKEN');
        if (auth?.kind === 'github' || ctx.explicit) {
          push(partial, 'packages', 'write', `${name} publish to GitHub Packages`, label);
        } else if (auth?.kind === 'unknown') {
          partial.unknown.push(
            `cannot tell whether NODE_AUTH_TOKEN is the GITHUB_TOKEN: ${auth.reason} (${label})`,
          );
        }
        if (words.includes('--provenance')) {
          push(
            partial,
            'id-token',
            'write',
            `${name} publish --provenance signs with an OIDC token`,
            label,
          );
        }
        return;
      }
      break;
    case 'uv':
      if (words[1] === 'publish') {
        const credentials = words.some((w) =>
          /^(-t|--token|-p|--password|-u|--username)(=|$)/.test(w),
        );
        const never =
          words.some((w, i) => w === '--trusted-publishing' && words[i + 1] === 'never') ||
          words.includes('--trusted-publishing=never');
        const envCredentials = ['UV_PUBLISH_TOKEN', 'UV_PUBLISH_PASSWORD'].some((v) =>
          ctx.env.has(v),
        );
        if (!credentials && !never && !envCredentials) {
          push(partial, 'id-token', 'write', 'uv publish uses trusted publishing', label);
        }
        return;
      }
      break;
    case 'cosign':
      if (
        /^(sign|attest|sign-blob|attest-blob)$/.test(words[1] ?? '') &&
        !words.some((w) => /^--key(=|$)/.test(w))
      ) {
        push(
          partial,
          'id-token',
          'write',
          `cosign ${words[1] ?? ''} signs keylessly with an OIDC token`,
          label,
        );
      }
      return;
    case 'echo':
    case 'printf':
      echoCommand(command, ctx);
      return;
    default:
      break;
  }

  if (TOKEN_BLIND_COMMANDS.has(name)) {
    if (ctx.explicit && command.redirects.some((target) => !isRunnerFile(target))) {
      partial.unknown.push(`the GITHUB_TOKEN is written to a file (${label})`);
    }
    return;
  }
  const shown = words
    .slice(0, 2)
    .join(' ')
    .replace(/[\uE000\uE001]/g, '');
  if (ctx.explicit) {
    partial.unknown.push(
      `the GITHUB_TOKEN is passed to \`${shown}\`, whose use of it cannot be read (${label})`,
    );
    return;
  }
  const inEnv = [...ctx.env].filter(([, token]) => token.kind === 'github').map(([v]) => v);
  if (inEnv.length > 0) {
    partial.unknown.push(
      `the GITHUB_TOKEN is in the environment (${inEnv.join(', ')}) of \`${shown}\`, which may use it (${label})`,
    );
  }
}

function isRunnerFile(target: string): boolean {
  return (
    /^\$\{?(env:)?(GITHUB_ENV|GITHUB_OUTPUT|GITHUB_STEP_SUMMARY|GITHUB_PATH)\}?$/.test(target) ||
    target === '/dev/null' ||
    target === '/dev/stderr'
  );
}

function gitCommand(words: readonly string[], ctx: CommandContext): void {
  const { partial, label } = ctx;
  let i = 1;
  while (i < words.length && (words[i] ?? '').startsWith('-')) {
    i += words[i] === '-C' || words[i] === '-c' ? 2 : 1;
  }
  const sub = words[i] ?? '';
  if (ctx.explicit) {
    if (sub === 'push') {
      push(partial, 'contents', 'write', 'git push with the GITHUB_TOKEN', label);
    } else if (['clone', 'fetch', 'pull', 'ls-remote', 'submodule'].includes(sub)) {
      push(partial, 'contents', 'read', `git ${sub} with the GITHUB_TOKEN`, label);
    } else if (sub === 'remote' || sub === 'config') {
      ctx.frame.state.gitCredential = GITHUB;
    } else {
      partial.unknown.push(`the GITHUB_TOKEN is passed to \`git ${sub}\` (${label})`);
    }
    return;
  }
  if (sub !== 'push') return;
  const credential = ctx.frame.state.gitCredential;
  if (credential.kind === 'github') {
    push(
      partial,
      'contents',
      'write',
      'git push with the credentials actions/checkout left',
      label,
    );
  } else if (credential.kind === 'unknown') {
    partial.unknown.push(`cannot tell which token git push uses: ${credential.reason} (${label})`);
  }
}

function dockerCommand(words: readonly string[], ctx: CommandContext): void {
  const { partial, label } = ctx;
  const sub = words[1] ?? '';
  if (sub === 'login') {
    if (!ctx.explicit) return;
    const registry =
      words
        .slice(2)
        .find(
          (w, i, rest) =>
            !w.startsWith('-') && !/^-(u|p|-username|-password)$/.test(rest[i - 1] ?? ''),
        ) ?? 'docker.io';
    if (GHCR.test(registry)) {
      push(
        partial,
        'packages',
        'write',
        `docker login to ${registry} with the GITHUB_TOKEN (to push)`,
        label,
      );
    } else {
      partial.unknown.push(
        `the GITHUB_TOKEN is the password for the registry \`${registry}\` (${label})`,
      );
    }
    return;
  }
  const tokenVars = [...ctx.env].filter(([, token]) => token.kind === 'github').map(([v]) => v);
  const passes = words.some((word, i) => {
    const previous = words[i - 1] ?? '';
    const variable = /^([A-Za-z_][A-Za-z0-9_]*)/.exec(word)?.[1] ?? '';
    return (
      ((previous === '-e' || previous === '--env') && tokenVars.includes(variable)) ||
      tokenVars.some((v) => word.includes(`env=${v}`))
    );
  });
  if (ctx.explicit || passes) {
    partial.unknown.push(
      `the GITHUB_TOKEN is passed into a container by \`docker ${sub}\` (${label})`,
    );
  }
}

/** `echo "NAME=value" >> $GITHUB_ENV` exports a variable to the next steps. */
function echoCommand(command: ShellCommand, ctx: CommandContext): void {
  const toEnv = command.redirects.some((target) => /^\$\{?(env:)?GITHUB_ENV\}?$/.test(target));
  if (toEnv) {
    for (const word of command.words.slice(1)) {
      const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(word);
      if (match?.[1] !== undefined) ctx.exported(match[1], valueClass(match[2] ?? '', ctx.env));
    }
    return;
  }
  if (ctx.explicit && command.redirects.some((target) => !isRunnerFile(target))) {
    ctx.partial.unknown.push(`the GITHUB_TOKEN is written to a file (${ctx.label})`);
  }
}

// ---------------------------------------------------------------------------------------------
// Expressions and values

/** Every variable in the step's environment (step, $GITHUB_ENV, job, workflow, callers). */
function effectiveEnv(step: Step, frame: Frame): Map<string, TokenClass> {
  const result = new Map<string, TokenClass>();
  for (const layer of frame.env) {
    for (const [name, value] of layer.values) result.set(name, classify(value.value, layer.frame));
  }
  for (const [name, token] of frame.state.exported) result.set(name, token);
  for (const [name, value] of step.env) result.set(name, classify(value.value, frame));
  return result;
}

/** One variable of the step's environment, or undefined when it is not set. */
function lookupEnv(name: string, step: Step | undefined, frame: Frame): TokenClass | undefined {
  const own = step?.env.get(name);
  if (own !== undefined) return classify(own.value, frame);
  const exported = frame.state.exported.get(name);
  if (exported !== undefined) return exported;
  for (const layer of [...frame.env].reverse()) {
    const value = layer.values.get(name);
    if (value !== undefined) return classify(value.value, layer.frame);
  }
  return undefined;
}

/** Whether a value (text with `${{ }}` expressions) is, or may be, the GITHUB_TOKEN. */
function classify(text: string, frame: Frame, depth = 0): TokenClass {
  const expressions = [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)];
  if (expressions.length === 0) return text.trim() === '' ? NONE : OTHER;
  const classes = expressions.map((match) => classifyExpression(match[1] ?? '', frame, depth));
  const rest = text.replace(/\$\{\{[\s\S]*?\}\}/g, '').trim();
  if (rest !== '') classes.push(OTHER);
  return combine(classes);
}

function combine(classes: readonly TokenClass[]): TokenClass {
  if (classes.some((c) => c.kind === 'github')) return GITHUB;
  const unknown = classes.find((c) => c.kind === 'unknown');
  if (unknown) return unknown;
  return classes.some((c) => c.kind === 'other') ? OTHER : NONE;
}

const GITHUB_TOKEN_EXPRESSION = /\bsecrets\s*\.\s*GITHUB_TOKEN\b|\bgithub\s*\.\s*token\b/i;

function classifyExpression(raw: string, frame: Frame, depth: number): TokenClass {
  const expression = raw.replace(/\[\s*['"]([^'"]+)['"]\s*\]/g, '.$1');
  if (GITHUB_TOKEN_EXPRESSION.test(expression)) return GITHUB;
  if (depth > 8) return { kind: 'unknown', reason: 'the value is defined in a loop' };
  const classes: TokenClass[] = [];
  const references = expression.matchAll(
    /\b(secrets|env|inputs|steps|needs|matrix|vars|github|runner|job|jobs|strategy)\s*\.\s*([A-Za-z_][\w-]*)/g,
  );
  for (const match of references) {
    const [, kind = '', name = ''] = match;
    classes.push(classifyReference(kind, name, frame, depth));
  }
  if (classes.length === 0) {
    return /^\s*(''|""|null)?\s*$/.test(expression) ? NONE : OTHER;
  }
  return combine(classes);
}

function classifyReference(kind: string, name: string, frame: Frame, depth: number): TokenClass {
  switch (kind) {
    case 'secrets': {
      const secrets = frame.secrets;
      if (secrets === undefined || secrets === 'inherit') return OTHER;
      const passed = secrets.values.get(name);
      return passed === undefined ? NONE : classify(passed.value, secrets.frame, depth + 1);
    }
    case 'env': {
      const exported = frame.state.exported.get(name);
      if (exported !== undefined) return exported;
      for (const layer of [...frame.env].reverse()) {
        const value = layer.values.get(name);
        if (value !== undefined) return classify(value.value, layer.frame, depth + 1);
      }
      return { kind: 'unknown', reason: `env.${name} is not set in the workflow` };
    }
    case 'inputs': {
      const inputs = frame.inputs;
      if (inputs === undefined) return { kind: 'unknown', reason: `inputs.${name} has no caller` };
      const given = inputs.values.get(name);
      if (given !== undefined) return classify(given.value, inputs.frame, depth + 1);
      const fallback = inputs.defaults.get(name);
      return fallback === undefined ? NONE : classify(fallback, frame, depth + 1);
    }
    case 'steps': {
      const step = frame.steps.get(name);
      const uses = step?.uses?.value;
      if (uses !== undefined && lookupAction(uses)?.mintsToken) return OTHER;
      return { kind: 'unknown', reason: `the outputs of step \`${name}\` cannot be read` };
    }
    case 'needs':
    case 'jobs':
      return { kind: 'unknown', reason: `the outputs of job \`${name}\` cannot be read` };
    default:
      // matrix, vars, github (not `github.token`), runner, job, strategy: never the token.
      return OTHER;
  }
}

type Truth = true | false | { reason: string };

/** A knowledge-base condition on the step's inputs and environment. */
function evaluate(condition: Condition, step: Step, frame: Frame): Truth {
  if ('all' in condition) {
    let unknown: Truth | undefined;
    for (const part of condition.all) {
      const value = evaluate(part, step, frame);
      if (value === false) return false;
      if (value !== true) unknown ??= value;
    }
    return unknown ?? true;
  }
  if ('any' in condition) {
    let unknown: Truth | undefined;
    for (const part of condition.any) {
      const value = evaluate(part, step, frame);
      if (value === true) return true;
      if (value !== false) unknown ??= value;
    }
    return unknown ?? false;
  }
  if ('not' in condition) {
    const value = evaluate(condition.not, step, frame);
    return typeof value === 'boolean' ? !value : value;
  }
  if ('env' in condition) {
    return (lookupEnv(condition.env, step, frame) !== undefined) === condition.set;
  }
  const given = step.with.get(condition.input);
  if ('isGithubToken' in condition || 'mentionsGithubToken' in condition) {
    if (given === undefined) return false;
    const token = classify(given.value, frame);
    if (token.kind === 'github') return true;
    if (token.kind === 'unknown' && 'isGithubToken' in condition) {
      return {
        reason: `cannot tell whether \`${condition.input}\` is the GITHUB_TOKEN: ${token.reason}`,
      };
    }
    return false;
  }
  if ('set' in condition) {
    if (given === undefined) return !condition.set;
    const value = resolveLiteral(given.value, frame);
    const isSet = typeof value === 'string' ? value.trim() !== '' : true;
    return isSet === condition.set;
  }
  const text = given === undefined ? (condition.default ?? '') : resolveLiteral(given.value, frame);
  if (typeof text !== 'string') {
    return { reason: `\`${condition.input}\` ${text.reason}` };
  }
  if ('equals' in condition) {
    return condition.equals.some((value) => value.toLowerCase() === text.trim().toLowerCase());
  }
  return condition.matches.test(text.trim());
}

/** A value's text with the expressions that can be evaluated replaced, or why it cannot be. */
function resolveLiteral(text: string, frame: Frame, depth = 0): string | { reason: string } {
  let failure: { reason: string } | undefined;
  const resolved = text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_whole, raw: string) => {
    const expression = raw.trim().replace(/\[\s*['"]([^'"]+)['"]\s*\]/g, '.$1');
    const literal = /^'((?:[^']|'')*)'$/.exec(expression);
    if (literal) return (literal[1] ?? '').replace(/''/g, "'");
    if (/^(true|false|\d+(\.\d+)?)$/.test(expression)) return expression;
    if (expression === 'null') return '';
    const reference = /^(env|inputs)\.([A-Za-z_][\w-]*)$/.exec(expression);
    if (reference && depth < 8) {
      const [, kind, name = ''] = reference;
      const value = kind === 'env' ? envText(name, frame) : inputText(name, frame);
      if (value !== undefined) {
        const inner = resolveLiteral(value.text, value.frame, depth + 1);
        if (typeof inner === 'string') return inner;
        failure ??= inner;
        return '';
      }
    }
    failure ??= { reason: `depends on \`\${{ ${raw.trim()} }}\`, which cannot be evaluated` };
    return '';
  });
  return failure ?? resolved;
}

function envText(name: string, frame: Frame): { text: string; frame: Frame } | undefined {
  for (const layer of [...frame.env].reverse()) {
    const value = layer.values.get(name);
    if (value !== undefined) return { text: value.value, frame: layer.frame };
  }
  return undefined;
}

function inputText(name: string, frame: Frame): { text: string; frame: Frame } | undefined {
  const inputs = frame.inputs;
  if (inputs === undefined) return undefined;
  const given = inputs.values.get(name);
  if (given !== undefined) return { text: given.value, frame: inputs.frame };
  const fallback = inputs.defaults.get(name);
  return { text: fallback ?? '', frame };
}

// ---------------------------------------------------------------------------------------------
// The repository: local actions and workflows

interface RepositoryIndex {
  actions: Map<string, Action>;
  workflows: Map<string, Workflow>;
  /** Folders holding a `.github/workflows` (`''` for a single repository), longest first. */
  roots: string[];
}

const indexes = new WeakMap<Repository, RepositoryIndex>();

function indexOf(repository: Repository): RepositoryIndex {
  const cached = indexes.get(repository);
  if (cached) return cached;
  const roots = new Set<string>();
  for (const workflow of repository.workflows) {
    const at = workflow.file.lastIndexOf('.github/workflows/');
    if (at >= 0) roots.add(workflow.file.slice(0, at));
  }
  const index: RepositoryIndex = {
    actions: new Map(repository.actions.map((action) => [action.file, action])),
    workflows: new Map(repository.workflows.map((workflow) => [workflow.file, workflow])),
    roots: [...roots].sort((a, b) => b.length - a.length),
  };
  indexes.set(repository, index);
  return index;
}

function repositoryPrefix(index: RepositoryIndex, file: string): string {
  const root = index.roots.find((candidate) => file.startsWith(candidate));
  if (root !== undefined) return root;
  const at = file.indexOf('.github/');
  return at >= 0 ? file.slice(0, at) : '';
}

function isLocal(uses: string): boolean {
  return uses.startsWith('./') || uses.startsWith('$/');
}

/** `./path` in the repository at `prefix` → its repository-relative path, if inside it. */
function resolveLocal(prefix: string, uses: string): string | undefined {
  const relative = uses.replace(/^\$\//, './').replace(/@.*$/, '');
  const joined = path.posix.normalize(path.posix.join(prefix || '.', relative));
  const clean = joined === '.' ? '' : joined.replace(/\/+$/, '');
  if (clean.startsWith('..')) return undefined;
  if (prefix !== '' && !`${clean}/`.startsWith(prefix)) return undefined;
  return clean;
}

function findLocalAction(
  index: RepositoryIndex,
  prefix: string,
  uses: string,
  checkouts: readonly string[] = [],
): Action | undefined {
  const candidates = [uses];
  const relative = uses.replace(/^(\.|\$)\//, '');
  for (const checkout of checkouts) {
    if (relative.startsWith(`${checkout}/`))
      candidates.push(`./${relative.slice(checkout.length + 1)}`);
  }
  for (const candidate of candidates) {
    const folder = resolveLocal(prefix, candidate);
    if (folder === undefined) continue;
    const base = folder === '' ? '' : `${folder}/`;
    const action =
      index.actions.get(`${base}action.yml`) ?? index.actions.get(`${base}action.yaml`);
    if (action) return action;
  }
  return undefined;
}

/** The `default:` of each input of an action.yml. */
function actionDefaults(action: Action): Map<string, string> {
  const source = action.source;
  const root = source.asMap(source.document.contents);
  return inputDefaults(source, root ? source.get(root, 'inputs') : undefined);
}

/** The `default:` of each `on.workflow_call.inputs` of a workflow. */
function workflowCallDefaults(workflow: Workflow): Map<string, string> {
  const source = workflow.source;
  const root = source.asMap(source.document.contents);
  const on = source.asMap(root ? source.get(root, 'on') : undefined);
  const call = source.asMap(on ? source.get(on, 'workflow_call') : undefined);
  return inputDefaults(source, call ? source.get(call, 'inputs') : undefined);
}

function inputDefaults(source: YamlFile, node: Node | undefined): Map<string, string> {
  const defaults = new Map<string, string>();
  const inputs = source.asMap(node);
  if (!inputs) return defaults;
  for (const { key, node: value } of source.pairs(inputs)) {
    const map = source.asMap(value);
    const fallback = map ? source.scalarText(source.get(map, 'default')) : undefined;
    if (fallback !== undefined) defaults.set(key.value, fallback);
  }
  return defaults;
}

// Reading a job's YAML node without importing the yaml package at run time.

interface YamlMapLike {
  items: Array<{ key: unknown; value: unknown }>;
}

function isYamlMap(node: unknown): node is YamlMapLike {
  return (
    typeof node === 'object' && node !== null && Array.isArray((node as { items?: unknown }).items)
  );
}

function scalarValue(node: unknown): string | undefined {
  if (typeof node === 'object' && node !== null && 'value' in node) {
    const value = node.value;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  }
  return undefined;
}

function mapGet(node: unknown, key: string): unknown {
  if (!isYamlMap(node)) return undefined;
  const pair = node.items.find((item) => scalarValue(item.key) === key);
  if (pair === undefined) return undefined;
  return isYamlMap(pair.value) ? pair.value : scalarValue(pair.value);
}
