import type { Level, Scope } from '../scopes.js';
import { classifyRoute, type RouteNeed } from './routes.js';

/**
 * `gh <command> <subcommand>` → what it needs of the token gh reads from GH_TOKEN (or
 * GITHUB_TOKEN). Codes: `scope:level`, joined with `+` when a command needs two scopes; `none`
 * when it needs nothing. A subcommand absent from the table is unknown. From the gh manual and
 * the REST/GraphQL resources each subcommand reads or changes.
 */
export const GH_COMMANDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  pr: {
    'pull-requests:read': 'view list status diff',
    'pull-requests:write': 'comment create edit review close reopen ready lock unlock',
    'pull-requests:write+contents:write': 'merge',
    'pull-requests:read+contents:read': 'checkout',
  },
  issue: {
    'issues:read': 'view list status',
    'issues:write':
      'comment create edit close reopen delete lock unlock transfer pin unpin develop',
  },
  release: {
    'contents:read': 'view list download',
    'contents:write': 'create upload delete delete-asset edit',
  },
  run: {
    'actions:read': 'list view watch download',
    'actions:write': 'cancel rerun delete',
  },
  workflow: {
    'actions:read': 'list view',
    'actions:write': 'run enable disable',
  },
  cache: {
    'actions:read': 'list',
    'actions:write': 'delete',
  },
  label: {
    'issues:read': 'list',
    'issues:write': 'create edit delete clone',
  },
  repo: {
    'contents:read': 'clone',
  },
  auth: {
    none: 'status',
  },
};

/** gh commands that need no token at all. */
const GH_NO_TOKEN = new Set(['version', '--version', 'help', '--help', 'completion']);

export type CommandNeed =
  | { kind: 'needs'; needs: ReadonlyArray<{ scope: Scope; level: Level }>; what: string }
  | { kind: 'none' }
  | { kind: 'unknown'; reason: string };

/** What `gh …` needs (arguments after `gh`, quotes removed). */
export function ghNeed(args: readonly string[]): CommandNeed {
  const positional = args.filter((arg, i) => !arg.startsWith('-') || i === 0);
  const [command = '', sub = ''] = positional;
  if (GH_NO_TOKEN.has(command) || command === '') return { kind: 'none' };
  if (command === 'api') return ghApiNeed(args.slice(1));
  const groups = GH_COMMANDS[command];
  const code = groups
    ? Object.entries(groups).find(([, names]) => names.split(' ').includes(sub))?.[0]
    : undefined;
  const what = `gh ${command} ${sub}`.trim();
  if (code === undefined)
    return { kind: 'unknown', reason: `\`${what}\` is not in the command table` };
  return fromCode(code, what);
}

function fromCode(code: string, what: string): CommandNeed {
  if (code === 'none') return { kind: 'none' };
  const needs = code.split('+').map((part) => {
    const [scope, level] = part.split(':') as [Scope, Level];
    return { scope, level };
  });
  return { kind: 'needs', needs, what };
}

const GH_API_BODY_FLAGS = new Set(['-f', '-F', '--field', '--raw-field', '--input']);
const GH_API_VALUE_FLAGS = new Set([
  '-X',
  '--method',
  '-H',
  '--header',
  '-q',
  '--jq',
  '-t',
  '--template',
  '--cache',
  '--hostname',
  '-p',
  '--preview',
  ...GH_API_BODY_FLAGS,
]);

/** `gh api <endpoint> [-X METHOD] [-f …]`: the route table decides; GraphQL is unknown. */
function ghApiNeed(args: readonly string[]): CommandNeed {
  let method: string | undefined;
  let hasBody = false;
  let endpoint: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, inline] = splitFlag(arg);
    if (flag === '-X' || flag === '--method') {
      method = inline ?? args[++i];
      continue;
    }
    if (GH_API_BODY_FLAGS.has(flag)) hasBody = true;
    if (GH_API_VALUE_FLAGS.has(flag)) {
      if (inline === undefined) i++;
      continue;
    }
    if (arg.startsWith('-')) continue;
    endpoint ??= arg;
  }
  if (endpoint === undefined) return { kind: 'unknown', reason: '`gh api` without an endpoint' };
  if (endpoint === 'graphql') {
    return { kind: 'unknown', reason: 'GraphQL calls cannot be mapped to scopes statically' };
  }
  const verb = (method ?? (hasBody ? 'POST' : 'GET')).toUpperCase();
  return routeCommand(verb, endpoint, `gh api ${verb} ${endpoint}`);
}

/** `-Xvalue`, `--method=value` → [flag, value]; anything else → [arg]. */
function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  if (arg.startsWith('--') && eq > 0) return [arg.slice(0, eq), arg.slice(eq + 1)];
  if (/^-[XHqtpfF].+/.test(arg)) return [arg.slice(0, 2), arg.slice(2)];
  return [arg, undefined];
}

/** A REST call written in a command, through the route table. */
export function routeCommand(verb: string, route: string, what: string): CommandNeed {
  if (!/^\/?[A-Za-z{:]/.test(route.replace(/^https?:\/\/[^/]+/i, ''))) {
    return { kind: 'unknown', reason: `the route of \`${what}\` is not literal` };
  }
  const need: RouteNeed = classifyRoute(verb, route.startsWith('/') ? route : `/${route}`);
  if (need.kind === 'needs') return { kind: 'needs', needs: need.needs, what };
  if (need.kind === 'none') return { kind: 'none' };
  return { kind: 'unknown', reason: `\`${what}\`: ${need.reason}` };
}

/** Hosts the GitHub REST API answers on, as written in scripts. */
const API_HOST = /^(https?:\/\/api\.github\.com|\$\{?GITHUB_API_URL\}?)/i;

/**
 * A `curl`/`wget` call: its method and URL, when the command line makes them plain; the URL
 * may still hold variables. `undefined` when no URL was found.
 */
export function httpRequest(words: readonly string[]): { method: string; url: string } | undefined {
  const [tool = '', ...args] = words;
  let method: string | undefined;
  let hasBody = false;
  let url: string | undefined;
  const valueFlags = new Set([
    '-H',
    '--header',
    '-o',
    '--output',
    '-u',
    '--user',
    '-A',
    '--user-agent',
    '-w',
    '--write-out',
    '--retry',
    '--max-time',
    '-m',
    '--connect-timeout',
    '-O',
    '--output-document',
    '-e',
    '--referer',
    '--header-file',
  ]);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, inline] = splitLong(arg);
    if (flag === '-X' || flag === '--request' || flag === '--method') {
      method = inline ?? args[++i];
      continue;
    }
    if (/^(-d|--data.*|-F|--form|-T|--upload-file|--post-data|--post-file|--json)$/.test(flag)) {
      hasBody = true;
      if (inline === undefined) i++;
      continue;
    }
    if (valueFlags.has(flag)) {
      if (inline === undefined) i++;
      continue;
    }
    if (arg.startsWith('-')) continue;
    url ??= arg;
  }
  if (url === undefined) return undefined;
  const upload = tool === 'curl' && args.some((a) => a === '-T' || a === '--upload-file');
  const verb = method ?? (upload ? 'PUT' : hasBody ? 'POST' : 'GET');
  return { method: verb.toUpperCase(), url };
}

function splitLong(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  if (arg.startsWith('--') && eq > 0) return [arg.slice(0, eq), arg.slice(eq + 1)];
  if (/^-X.+/.test(arg)) return ['-X', arg.slice(2)];
  return [arg, undefined];
}

/** What an HTTP call carrying the token needs: API routes through the table, uploads write. */
export function httpNeed(method: string, url: string): CommandNeed {
  const what = `${method} ${url}`;
  if (/^https?:\/\/uploads\.github\.com\/repos\/[^/]+\/[^/]+\/releases\//i.test(url)) {
    return {
      kind: 'needs',
      needs: [{ scope: 'contents', level: 'write' }],
      what: 'uploads a release asset',
    };
  }
  const host = API_HOST.exec(url);
  if (!host) return { kind: 'unknown', reason: `the token is sent to \`${url}\`` };
  const route = url.slice(host[0].length);
  return routeCommand(method, route === '' ? '/' : route, what);
}

/**
 * Commands that never read a GitHub token from their environment (shell built-ins, text and
 * file tools): the token in their environment is not used. Anything else given the token may
 * use it, and is unknown.
 */
export const TOKEN_BLIND_COMMANDS: ReadonlySet<string> = new Set([
  ':',
  '[',
  '[[',
  'awk',
  'base64',
  'basename',
  'break',
  'bzip2',
  'cat',
  'cd',
  'chmod',
  'chown',
  'cmp',
  'continue',
  'cp',
  'cut',
  'date',
  'declare',
  'df',
  'diff',
  'dirname',
  'du',
  'echo',
  'exit',
  'export',
  'false',
  'file',
  'find',
  'free',
  'grep',
  'egrep',
  'fgrep',
  'gunzip',
  'gzip',
  'head',
  'hostname',
  'id',
  'jq',
  'ln',
  'local',
  'ls',
  'md5sum',
  'mkdir',
  'mktemp',
  'mv',
  'nproc',
  'popd',
  'printf',
  'pushd',
  'pwd',
  'read',
  'readlink',
  'readonly',
  'realpath',
  'return',
  'rm',
  'rmdir',
  'sed',
  'seq',
  'set',
  'sha1sum',
  'sha256sum',
  'sha512sum',
  'shasum',
  'shift',
  'shopt',
  'sleep',
  'sort',
  'stat',
  'tail',
  'tar',
  'tee',
  'test',
  'touch',
  'tr',
  'trap',
  'true',
  'type',
  'ulimit',
  'umask',
  'uname',
  'uniq',
  'unset',
  'unzip',
  'wait',
  'wc',
  'which',
  'whoami',
  'xz',
  'yq',
  'zip',
  'zstd',
]);

/** One simple command of a shell script. */
export interface ShellCommand {
  /** Words after leading `NAME=value` assignments, quotes removed. */
  words: string[];
  /** `NAME=value` written before the command (or as `export NAME=value`). */
  assignments: Map<string, string>;
  /** The command's stdout goes to the next command of a pipeline. */
  pipesTo?: ShellCommand;
  /** Targets of `>`/`>>` redirections. */
  redirects: string[];
}

/** Shell words that start a compound command or continue one: the real command follows. */
const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', 'time', '{']);
/** Words that end a compound command, or introduce one whose words are not a command. */
const SKIPPED = new Set(['fi', 'done', 'esac', '}', ';;', 'for', 'case', 'select', 'function']);

/**
 * Splits a shell script into simple commands. `${{ … }}` expressions must already be replaced
 * by placeholders (they contain spaces). Command substitutions `$(…)` and backticks become
 * commands of their own; heredoc bodies and comments are skipped. Approximate by design: it
 * needs only to find the commands and their words, not to run them.
 */
export function parseShell(script: string): ShellCommand[] {
  const commands: ShellCommand[] = [];
  parseInto(script.replace(/\\\r?\n/g, ' '), commands);
  return commands;
}

function parseInto(text: string, out: ShellCommand[]): void {
  let words: string[] = [];
  let word = '';
  let inWord = false;
  let redirects: string[] = [];
  let redirectNext = false;
  let previous: ShellCommand | undefined;
  let pipeFrom: ShellCommand | undefined;
  const heredocs: string[] = [];

  const state = {
    /** Inside `[[ … ]]`, `&&`, `||`, `<` and `>` are part of the test. */
    inTest: false,
    /** Open `case … esac` commands. */
    cases: 0,
    /** After `case … in` and after each `;;`: a pattern up to `)`, which is not a command. */
    expectPattern: false,
  };

  const endWord = (): void => {
    if (!inWord) return;
    if (redirectNext) {
      redirects.push(word);
      redirectNext = false;
    } else {
      words.push(word);
      const head = words.filter((w) => !KEYWORDS.has(w));
      if (word === '[[' && head.length === 1) state.inTest = true;
      if (word === ']]') state.inTest = false;
      if (word === 'in' && head[0] === 'case') {
        words = [];
        state.cases++;
        state.expectPattern = true;
      }
    }
    word = '';
    inWord = false;
  };
  const endCommand = (pipe: boolean, casePattern = false): void => {
    endWord();
    const command = casePattern ? undefined : toCommand(words, redirects);
    if (command) {
      if (pipeFrom) pipeFrom.pipesTo = command;
      out.push(command);
      previous = command;
    }
    pipeFrom = pipe ? (command ?? previous) : undefined;
    words = [];
    redirects = [];
    redirectNext = false;
  };

  let i = 0;
  let parens = 0;
  while (i < text.length) {
    if (state.expectPattern && !inWord) {
      const skip = /^[\s;]*/.exec(text.slice(i))?.[0].length ?? 0;
      i += skip;
      if (/^esac\b/.test(text.slice(i))) {
        i += 4;
        state.cases--;
        state.expectPattern = false;
        continue;
      }
      const close = patternEnd(text, i);
      i = close + 1;
      state.expectPattern = false;
      continue;
    }
    const c = text[i] ?? '';
    if (c === '\n') {
      endCommand(false);
      i++;
      // Skip heredoc bodies that start after this line.
      while (heredocs.length > 0) {
        const delimiter = heredocs.shift() ?? '';
        while (i < text.length) {
          const end = text.indexOf('\n', i);
          const line = text.slice(i, end < 0 ? text.length : end);
          i = end < 0 ? text.length : end + 1;
          if (line.trim() === delimiter) break;
        }
      }
      continue;
    }
    if (c === '\\' && i + 1 < text.length) {
      word += text.charAt(i + 1);
      inWord = true;
      i += 2;
      continue;
    }
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      word += text.slice(i + 1, end < 0 ? text.length : end);
      inWord = true;
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    if (c === '"') {
      i++;
      inWord = true;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < text.length) {
          word += text.charAt(i + 1);
          i += 2;
        } else if (text.startsWith('$(', i) && !text.startsWith('$((', i)) {
          const end = matchingParen(text, i + 1);
          parseInto(text.slice(i + 2, end), out);
          word += text.slice(i, end + 1);
          i = end + 1;
        } else if (text[i] === '`') {
          const end = text.indexOf('`', i + 1);
          parseInto(text.slice(i + 1, end < 0 ? text.length : end), out);
          i = end < 0 ? text.length : end + 1;
        } else {
          word += text.charAt(i);
          i++;
        }
      }
      i++;
      continue;
    }
    if (text.startsWith('$((', i)) {
      const end = matchingParen(text, i + 1);
      word += text.slice(i, end + 1);
      inWord = true;
      i = end + 1;
      continue;
    }
    if (text.startsWith('$(', i)) {
      const end = matchingParen(text, i + 1);
      parseInto(text.slice(i + 2, end), out);
      word += text.slice(i, end + 1);
      inWord = true;
      i = end + 1;
      continue;
    }
    if (c === '`') {
      const end = text.indexOf('`', i + 1);
      parseInto(text.slice(i + 1, end < 0 ? text.length : end), out);
      inWord = true;
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    if (c === '#' && !inWord) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      endWord();
      i++;
      continue;
    }
    if (c === '<' && text.startsWith('<<', i) && !text.startsWith('<<<', i)) {
      endWord();
      const match = /^<<-?\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/.exec(text.slice(i));
      if (match) {
        heredocs.push(match[2] ?? '');
        i += match[0].length;
        continue;
      }
      i += 2;
      continue;
    }
    if ((c === '>' || c === '<') && state.inTest) {
      word += c;
      inWord = true;
      i++;
      continue;
    }
    if (c === '>' || c === '<') {
      // `2>file`: the digits name a descriptor, they are not a word.
      if (inWord && /^\d+$/.test(word)) {
        word = '';
        inWord = false;
      }
      endWord();
      // `2>&1`, `>&2`: a descriptor, not a file.
      const rest = /^[<>]+&?\d*-?/.exec(text.slice(i))?.[0] ?? c;
      i += rest.length;
      if (c === '>' && !rest.includes('&')) redirectNext = true;
      continue;
    }
    if ((c === '|' || c === '&') && state.inTest) {
      endWord();
      i += text[i + 1] === c ? 2 : 1;
      continue;
    }
    if (c === '|' || c === ';' || c === '&') {
      const pipe = c === '|' && text[i + 1] !== '|';
      endCommand(pipe);
      if (c === ';' && text[i + 1] === ';' && state.cases > 0) state.expectPattern = true;
      i += text[i + 1] === c ? 2 : 1;
      if (text[i] === '&') i++;
      continue;
    }
    if (c === '(' && inWord && /=$/.test(word)) {
      // `name=(a b)`: an array assignment.
      const end = matchingParen(text, i);
      word += text.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    if (c === '(') {
      const definition = /^\(\s*\)/.exec(text.slice(i));
      if (definition) {
        // `name() {`: a function definition, not a command.
        words = [];
        word = '';
        inWord = false;
        i += definition[0].length;
        continue;
      }
      endCommand(false);
      if (text.startsWith('((', i)) {
        // `(( … ))`: arithmetic, not a command.
        i = matchingParen(text, i) + 1;
        continue;
      }
      parens++;
      i++;
      continue;
    }
    if (c === ')') {
      // A `)` with no `(` ends a `case` pattern: its words are not a command.
      endCommand(false, parens === 0);
      if (parens > 0) parens--;
      i++;
      continue;
    }
    word += c;
    inWord = true;
    i++;
  }
  endCommand(false);
}

/** The index of the `)` ending a `case` pattern that starts at `from`, quotes respected. */
function patternEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      i = end < 0 ? text.length : end;
    } else if (c === '\\') {
      i++;
    } else if (c === ')') {
      return i;
    }
  }
  return text.length;
}

/** The index of the `)` closing the `(` at `open`, quotes respected. */
function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      i = end < 0 ? text.length : end;
    } else if (c === '\\') {
      i++;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return text.length;
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)\+?=(.*)$/s;

function toCommand(raw: string[], redirects: string[]): ShellCommand | undefined {
  const words = [...raw];
  while (words.length > 0 && KEYWORDS.has(words[0] ?? '')) words.shift();
  if (words.length === 0 || SKIPPED.has(words[0] ?? '')) return undefined;
  const assignments = new Map<string, string>();
  while (words.length > 0) {
    const match = ASSIGNMENT.exec(words[0] ?? '');
    if (!match) break;
    assignments.set(match[1] ?? '', match[2] ?? '');
    words.shift();
  }
  if (['export', 'local', 'declare', 'readonly', 'typeset'].includes(words[0] ?? '')) {
    for (const word of words.slice(1)) {
      const match = ASSIGNMENT.exec(word);
      if (match) assignments.set(match[1] ?? '', match[2] ?? '');
    }
  }
  if (words.length === 0 && assignments.size === 0) return undefined;
  return { words, assignments, redirects };
}

/**
 * Strips wrappers that run another command (`sudo`, `env`, `time`, `nohup`, `exec`, `command`,
 * `timeout`, `xargs`) and returns the command they run, with `env`'s assignments.
 */
export function unwrap(command: ShellCommand): ShellCommand {
  const words = [...command.words];
  const assignments = new Map(command.assignments);
  for (;;) {
    const head = words[0] ?? '';
    if (['sudo', 'nohup', 'exec', 'command', 'time', 'env', 'xargs', 'timeout'].includes(head)) {
      words.shift();
      while (words.length > 0) {
        const next = words[0] ?? '';
        const match = ASSIGNMENT.exec(next);
        if (head === 'env' && match) {
          assignments.set(match[1] ?? '', match[2] ?? '');
          words.shift();
        } else if (next.startsWith('-')) {
          words.shift();
          if (head === 'xargs' && /^-[InPLd]$/.test(next)) words.shift();
          if (head === 'sudo' && /^-[ugCD]$/.test(next)) words.shift();
        } else if (head === 'timeout' && /^\d/.test(next)) {
          words.shift();
        } else {
          break;
        }
      }
      continue;
    }
    break;
  }
  return { ...command, words, assignments };
}

/** `/usr/bin/gh` → `gh`; `./scripts/x.sh` stays as written. */
export function commandName(word: string): string {
  if (word.startsWith('./') || word.startsWith('../') || word.startsWith('$')) return word;
  const slash = word.lastIndexOf('/');
  return slash >= 0 ? word.slice(slash + 1) : word;
}
