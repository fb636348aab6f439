import type { Node, YAMLMap } from 'yaml';
import { InputError } from './errors.js';
import { YamlFile, type Located } from './yaml-source.js';

/** A node of a workflow or action: where it starts. */
export interface Place {
  file: string;
  line: number;
  column: number;
}

/** `permissions:` as written: `read-all`/`write-all`/an expression, or a map of scopes. */
export interface Permissions extends Place {
  /** The scalar form (`read-all`, `write-all`, `${{ … }}`), when not a map. */
  all?: Located;
  /** Scope name → level (`read`, `write`, `none`); `{}` is an empty map. */
  scopes: Map<string, Located>;
  /** Offsets of the whole value, for fixers. */
  start: number;
  end: number;
}

export interface Step extends Place {
  /** Position among the job's (or composite action's) steps, from 0. */
  index: number;
  id?: Located;
  name?: Located;
  uses?: Located;
  run?: Located;
  shell?: Located;
  if?: Located;
  with: Map<string, Located>;
  env: Map<string, Located>;
  node: YAMLMap;
}

/** A job's `container:` or one of its `services:`. */
export interface ContainerImage extends Place {
  /** The service name; undefined for the job container. */
  service?: string;
  image: Located;
}

export interface Job extends Place {
  id: Located;
  name?: Located;
  permissions?: Permissions;
  /** A reusable workflow called by the job. */
  uses?: Located;
  with: Map<string, Located>;
  /** `secrets: inherit`, or the named secrets passed to a reusable workflow. */
  secrets?: Located | Map<string, Located>;
  runsOn?: Located;
  if?: Located;
  environment?: Located;
  container?: ContainerImage;
  services: ContainerImage[];
  env: Map<string, Located>;
  steps: Step[];
  node: YAMLMap;
}

export interface Workflow {
  kind: 'workflow';
  file: string;
  source: YamlFile;
  name?: Located;
  /** Events under `on:`, in any of its three forms (a name, a list, a map). */
  triggers: Located[];
  permissions?: Permissions;
  env: Map<string, Located>;
  jobs: Job[];
}

export interface ActionRuns extends Place {
  using: Located;
  main?: Located;
  /** A docker action's image: `Dockerfile` or `docker://…`. */
  image?: Located;
  /** A composite action's steps. */
  steps: Step[];
}

export interface Action {
  kind: 'action';
  file: string;
  source: YamlFile;
  name?: Located;
  description?: Located;
  inputs: Map<string, Located>;
  runs?: ActionRuns;
}

/** What the model builders return: the model, and what in the file could not be read. */
export interface Parsed<T> {
  model: T;
  errors: InputError[];
}

/** Reads a workflow's structure; each part in the wrong shape is an error naming its line. */
export function readWorkflow(file: string, text: string): Parsed<Workflow> {
  const source = YamlFile.parse(file, text);
  const builder = new ModelBuilder(source);
  const workflow: Workflow = {
    kind: 'workflow',
    file,
    source,
    triggers: [],
    env: new Map(),
    jobs: [],
  };
  const root = builder.rootMap('a workflow');
  if (!root) return { model: workflow, errors: builder.errors };

  const name = source.getLocatedText(root, 'name');
  if (name) workflow.name = name;
  workflow.triggers = builder.triggers(source.get(root, 'on'));
  const permissions = builder.permissions(source.get(root, 'permissions'));
  if (permissions) workflow.permissions = permissions;
  workflow.env = builder.scalarMap(source.get(root, 'env'), 'env');

  const jobsNode = source.get(root, 'jobs');
  const jobs = builder.map(jobsNode, 'jobs');
  if (!jobsNode) builder.problem(root, 'not a workflow: it has no `jobs`');
  for (const { key, node } of jobs ? source.pairs(jobs) : []) {
    const job = builder.job(key, node);
    if (job) workflow.jobs.push(job);
  }
  return { model: workflow, errors: builder.errors };
}

/** Reads an action.yml's structure; composite steps are read like workflow steps. */
export function readAction(file: string, text: string): Parsed<Action> {
  const source = YamlFile.parse(file, text);
  const builder = new ModelBuilder(source);
  const action: Action = { kind: 'action', file, source, inputs: new Map() };
  const root = builder.rootMap('an action');
  if (!root) return { model: action, errors: builder.errors };

  const name = source.getLocatedText(root, 'name');
  if (name) action.name = name;
  const description = source.getLocatedText(root, 'description');
  if (description) action.description = description;
  const inputs = builder.map(source.get(root, 'inputs'), 'inputs');
  for (const { key } of inputs ? source.pairs(inputs) : []) action.inputs.set(key.value, key);

  const runsNode = source.get(root, 'runs');
  const runs = builder.map(runsNode, 'runs');
  if (!runsNode) builder.problem(root, 'not an action: it has no `runs`');
  if (runs) {
    const using = source.getLocatedText(runs, 'using');
    if (!using) {
      builder.problem(runs, '`runs` has no `using`');
    } else {
      const place = builder.place(runs);
      const model: ActionRuns = { ...place, using, steps: [] };
      const main = source.getLocatedText(runs, 'main');
      if (main) model.main = main;
      const image = source.getLocatedText(runs, 'image');
      if (image) model.image = image;
      if (using.value === 'composite') model.steps = builder.steps(source.get(runs, 'steps'));
      action.runs = model;
    }
  }
  return { model: action, errors: builder.errors };
}

/** Turns YAML nodes into model objects, collecting shape problems instead of stopping. */
class ModelBuilder {
  readonly errors: InputError[] = [];
  constructor(private readonly source: YamlFile) {}

  rootMap(what: string): YAMLMap | undefined {
    const root = this.source.asMap(this.source.document.contents);
    if (!root) {
      const line = this.source.document.contents
        ? this.place(this.source.document.contents).line
        : 1;
      this.errors.push(
        new InputError({ file: this.source.file, line }, `not ${what}: the file is not a mapping`),
      );
    }
    return root;
  }

  place(node: Node): Place {
    const { line, col } = this.source.lines.linePos(node.range?.[0] ?? 0);
    return { file: this.source.file, line, column: col };
  }

  problem(node: Node, message: string): void {
    this.errors.push(
      new InputError({ file: this.source.file, line: this.place(node).line }, message),
    );
  }

  /** The mapping at `node`, or undefined (with a problem when something else is there). */
  map(node: Node | undefined, what: string): YAMLMap | undefined {
    if (node === undefined || this.isNull(node)) return undefined;
    const map = this.source.asMap(node);
    if (!map) this.problem(node, `\`${what}\` must be a mapping`);
    return map;
  }

  scalarMap(node: Node | undefined, what: string): Map<string, Located> {
    const result = new Map<string, Located>();
    const map = this.map(node, what);
    if (!map) return result;
    for (const { key, node: value } of this.source.pairs(map)) {
      if (!value) {
        result.set(key.value, { ...key, value: '', comment: key.comment });
        continue;
      }
      const text = this.source.scalarText(value) ?? this.source.sourceOf(value);
      result.set(key.value, this.source.locate(value, text));
    }
    return result;
  }

  triggers(node: Node | undefined): Located[] {
    if (!node) return [];
    const resolved = this.source.resolve(node);
    const text = this.source.scalarText(resolved);
    if (text !== undefined) return [this.source.locate(node, text)];
    const list = this.source.asSeq(resolved);
    if (list) {
      return list.items.flatMap((item) => {
        const name = this.source.scalarText(item as Node);
        return name === undefined ? [] : [this.source.locate(item as Node, name)];
      });
    }
    const map = this.source.asMap(resolved);
    return map ? this.source.pairs(map).map(({ key }) => key) : [];
  }

  permissions(node: Node | undefined): Permissions | undefined {
    if (!node) return undefined;
    const [start, end] = node.range ?? [0, 0];
    const base = { ...this.place(node), start, end, scopes: new Map<string, Located>() };
    const text = this.source.scalarText(node);
    if (text !== undefined) return { ...base, all: this.source.locate(node, text) };
    const map = this.map(node, 'permissions');
    if (!map) return undefined;
    return { ...base, scopes: this.scalarMap(map, 'permissions') };
  }

  job(id: Located, node: Node | undefined): Job | undefined {
    const map = this.map(node, `jobs.${id.value}`);
    if (!map) {
      if (!node || this.isNull(node)) {
        this.errors.push(
          new InputError({ file: id.file, line: id.line }, `job \`${id.value}\` is empty`),
        );
      }
      return undefined;
    }
    const s = this.source;
    const job: Job = {
      file: id.file,
      line: id.line,
      column: id.column,
      id,
      with: this.scalarMap(s.get(map, 'with'), `jobs.${id.value}.with`),
      services: [],
      env: this.scalarMap(s.get(map, 'env'), `jobs.${id.value}.env`),
      steps: this.steps(s.get(map, 'steps')),
      node: map,
    };
    for (const key of ['name', 'uses', 'if', 'environment'] as const) {
      const value = s.getLocatedText(map, key);
      if (value) job[key] = value;
    }
    const runsOn = s.getLocatedText(map, 'runs-on');
    if (runsOn) job.runsOn = runsOn;
    const permissions = this.permissions(s.get(map, 'permissions'));
    if (permissions) job.permissions = permissions;

    const secrets = s.get(map, 'secrets');
    if (secrets) {
      const inherit = s.scalarText(secrets);
      job.secrets =
        inherit !== undefined
          ? s.locate(secrets, inherit)
          : this.scalarMap(secrets, `jobs.${id.value}.secrets`);
    }

    const container = s.get(map, 'container');
    if (container) {
      const image = this.image(container, `jobs.${id.value}.container`);
      if (image) job.container = image;
    }
    const services = this.map(s.get(map, 'services'), `jobs.${id.value}.services`);
    for (const { key, node: serviceNode } of services ? s.pairs(services) : []) {
      if (!serviceNode) continue;
      const image = this.image(serviceNode, `jobs.${id.value}.services.${key.value}`);
      if (image) job.services.push({ ...image, service: key.value });
    }
    return job;
  }

  /** `container: image` or `container: { image: … }`. */
  image(node: Node, what: string): ContainerImage | undefined {
    const text = this.source.scalarText(node);
    if (text !== undefined) {
      return { ...this.place(node), image: this.source.locate(node, text) };
    }
    const map = this.map(node, what);
    if (!map) return undefined;
    const image = this.source.getLocatedText(map, 'image');
    // A container whose image is missing is GitHub's error to report, not an image to check.
    return image ? { ...this.place(map), image } : undefined;
  }

  steps(node: Node | undefined): Step[] {
    if (!node || this.isNull(node)) return [];
    const list = this.source.asSeq(node);
    if (!list) {
      this.problem(node, '`steps` must be a list');
      return [];
    }
    const steps: Step[] = [];
    list.items.forEach((item, index) => {
      const map = this.source.asMap(item as Node);
      if (!map) {
        this.problem(item as Node, `step ${index + 1} must be a mapping`);
        return;
      }
      const s = this.source;
      const step: Step = {
        ...this.place(item as Node),
        index,
        with: this.scalarMap(s.get(map, 'with'), 'with'),
        env: this.scalarMap(s.get(map, 'env'), 'env'),
        node: map,
      };
      for (const key of ['id', 'name', 'uses', 'run', 'shell', 'if'] as const) {
        const value = s.getLocatedText(map, key);
        if (value) step[key] = value;
      }
      steps.push(step);
    });
    return steps;
  }

  private isNull(node: Node): boolean {
    return this.source.scalarText(node) === '';
  }
}
