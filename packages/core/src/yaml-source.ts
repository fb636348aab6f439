import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { errorMessage, InputError } from './errors.js';

/** A value read from a YAML file, with where it is and the comment that trails it on its line. */
export interface Located<T = string> {
  value: T;
  file: string;
  /** 1-based line and column of the value's first character. */
  line: number;
  column: number;
  /** Offsets of the value in the file's text, [start, end): where a fixer edits. */
  start: number;
  end: number;
  /** Text after `#` at the end of the value's line (for a block scalar, of its header line). */
  comment?: string;
}

/** A parsed YAML file: its text, its document and the means to place nodes in it. */
export class YamlFile {
  readonly lines: LineCounter;
  private constructor(
    readonly file: string,
    readonly text: string,
    readonly document: Document.Parsed,
    lines: LineCounter,
  ) {
    this.lines = lines;
  }

  /**
   * Parses `text`, throwing an InputError naming the file and line of the first YAML error, or
   * of an alias whose expansion is out of all proportion to the file (an alias bomb).
   */
  static parse(file: string, text: string): YamlFile {
    const lines = new LineCounter();
    const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
    const [error] = document.errors;
    if (error) {
      const line = error.linePos?.[0].line ?? lines.linePos(error.pos[0]).line;
      throw new InputError({ file, line }, `invalid YAML: ${firstLine(error.message)}`);
    }
    const parsed = new YamlFile(file, text, document, lines);
    parsed.rejectAliasBombs();
    return parsed;
  }

  /** Place of a node's value. */
  locate<T>(node: Node, value: T): Located<T> {
    const [start, end] = node.range ?? [0, 0];
    const { line, col } = this.lines.linePos(start);
    const located: Located<T> = { value, file: this.file, line, column: col, start, end };
    const comment = this.trailingComment(node);
    if (comment !== undefined) located.comment = comment;
    return located;
  }

  /** A scalar's text (numbers and booleans as written), or undefined for collections. */
  scalarText(node: Node | null | undefined): string | undefined {
    const resolved = this.resolve(node);
    if (!isScalar(resolved)) return undefined;
    if (resolved.value === null) return '';
    return typeof resolved.value === 'string'
      ? resolved.value
      : resolvedSource(this.text, resolved);
  }

  /** Follows an alias to its anchored node. */
  resolve(node: Node | null | undefined): Node | undefined {
    if (node === null || node === undefined) return undefined;
    return isAlias(node) ? node.resolve(this.document) : node;
  }

  asMap(node: Node | null | undefined): YAMLMap | undefined {
    const resolved = this.resolve(node);
    return isMap(resolved) ? resolved : undefined;
  }

  asSeq(node: Node | null | undefined): YAMLSeq | undefined {
    const resolved = this.resolve(node);
    return isSeq(resolved) ? resolved : undefined;
  }

  /** The pairs of a mapping whose keys are scalars, keyed by the key's text. */
  pairs(map: YAMLMap): Array<{ key: Located; node: Node | undefined }> {
    const result: Array<{ key: Located; node: Node | undefined }> = [];
    for (const pair of map.items as Array<Pair<Node, Node | null>>) {
      const keyText = this.scalarText(pair.key);
      if (keyText === undefined) continue;
      result.push({ key: this.locate(pair.key, keyText), node: pair.value ?? undefined });
    }
    return result;
  }

  /** The value node of `key` in a mapping. */
  get(map: YAMLMap, key: string): Node | undefined {
    for (const pair of map.items as Array<Pair<Node, Node | null>>) {
      if (this.scalarText(pair.key) === key) return pair.value ?? undefined;
    }
    return undefined;
  }

  /** The value node of `key`, placed; undefined when absent. */
  getLocatedText(map: YAMLMap, key: string): Located | undefined {
    const node = this.get(map, key);
    if (!node) return undefined;
    const text = this.scalarText(node) ?? this.sourceOf(node);
    return this.locate(node, text);
  }

  sourceOf(node: Node): string {
    const [start, end] = node.range ?? [0, 0];
    return this.text.slice(start, end);
  }

  /**
   * The comment at the end of the node's line. Read from the text rather than from the
   * parser's comment fields, which also collect comments on the lines that follow.
   */
  private trailingComment(node: Node): string | undefined {
    const range = node.range;
    if (!range || isMap(node) || isSeq(node)) return undefined;
    const isBlock =
      isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
    // A block scalar's comment sits on its header line, after the `|` or `>` and its indicators.
    const from = isBlock ? range[0] + 1 : range[1];
    const lineEnd = this.text.indexOf('\n', from);
    const rest = this.text.slice(from, lineEnd < 0 ? undefined : lineEnd).replace(/\r$/, '');
    const match = (isBlock ? /^[-+0-9]*[ \t]+#(.*)$/ : /^[ \t]+#(.*)$/).exec(rest);
    return match ? (match[1] ?? '').trim() : undefined;
  }

  private rejectAliasBombs(): void {
    // Aliases need an anchor (`&name`) where a node starts; without one the walk is skipped.
    if (!ANCHOR_PATTERN.test(this.text)) return;
    let firstAlias: Node | undefined;
    visit(this.document, {
      Alias(_key, node) {
        firstAlias = node;
        return visit.BREAK;
      },
    });
    if (!firstAlias) return;
    try {
      // yaml counts what each alias expands to and throws past a multiple of the file's size.
      this.document.toJS({ maxAliasCount: 100 });
    } catch (error) {
      const line = this.lines.linePos(firstAlias.range?.[0] ?? 0).line;
      const detail = firstLine(errorMessage(error));
      throw new InputError(
        { file: this.file, line },
        `YAML aliases expand too far to be read safely (${detail})`,
      );
    }
  }
}

/** `&name` after a line start, indentation, `- `, `: `, `[`, `{` or `,`: a possible anchor. */
const ANCHOR_PATTERN = /(?:^|[\s[{,])&[^\s&]/m;

function resolvedSource(text: string, node: Node): string {
  const [start, end] = node.range ?? [0, 0];
  return text.slice(start, end);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
