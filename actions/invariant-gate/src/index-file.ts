/**
 * Reads an invariants index into a small tree of placed YAML values. js-yaml's event parser
 * is used because it gives the source offset of every node and parses openwop's 200 KB index
 * in about a third of the time of the `yaml` package, which the gate's start-up budget needs.
 */
import {
  boolCoreTag,
  EVENT_ID,
  floatCoreTag,
  getScalarValue,
  intCoreTag,
  NOT_RESOLVED,
  nullCoreTag,
  parseEvents,
  SCALAR_STYLE,
  type Event,
  type ScalarEvent,
} from 'js-yaml';
import { errorMessage, InputError } from '@palisade/core';

interface Place {
  /** 1-based line and column. */
  line: number;
  column: number;
}

/** A scalar with the type YAML 1.2's core schema gives it (`str`, `int`, `null`, …). */
export interface YamlScalar extends Place {
  kind: 'scalar';
  type: string;
  /** The decoded text (for a `null`, what was written: empty, `~` or `null`). */
  text: string;
}

export interface YamlSequence extends Place {
  kind: 'sequence';
  items: YamlNode[];
}

export interface YamlEntry {
  key: string;
  /** Where the key is: the line a problem with the entry is reported on. */
  at: Place;
  value: YamlNode;
}

export interface YamlMapping extends Place {
  kind: 'mapping';
  entries: YamlEntry[];
}

export type YamlNode = YamlScalar | YamlSequence | YamlMapping;

/** Offsets to 1-based lines and columns, by binary search over the line starts. */
class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
      this.starts.push(index + 1);
    }
  }
  place(offset: number): Place {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }
}

/** Implicit types of plain scalars in YAML 1.2's core schema, in the order they are tried. */
const PLAIN_TYPES = [
  ['null', nullCoreTag],
  ['bool', boolCoreTag],
  ['int', intCoreTag],
  ['float', floatCoreTag],
] as const;

/** What a plain scalar of any type but `str` can start with (`~`, null, bools, numbers). */
const MAYBE_NOT_TEXT = /^(?:$|[~nNtTfF0-9+\-.])/;

function plainType(text: string): string {
  if (!MAYBE_NOT_TEXT.test(text)) return 'str';
  for (const [type, tag] of PLAIN_TYPES) {
    if (tag.resolve(text, false, tag.tagName) !== NOT_RESOLVED) return type;
  }
  return 'str';
}

/** A text scalar whose value is decoded from the source the first time it is read. */
function lazyText(source: string, event: ScalarEvent, place: Place): YamlScalar {
  let decoded: string | undefined;
  return {
    kind: 'scalar',
    type: 'str',
    get text(): string {
      decoded ??= getScalarValue(source, event);
      return decoded;
    },
    ...place,
  };
}

interface Frame {
  node: YamlSequence | YamlMapping;
  /** In a mapping: the key read, waiting for its value. */
  key?: YamlScalar;
  /** In a mapping: each key's line, to report duplicates. */
  keys: Map<string, number>;
}

/**
 * Parses `text` (the file `file`) into placed nodes, straight from js-yaml's event stream. A
 * YAML syntax error, a second document, a duplicate key or a non-scalar key is an InputError
 * naming the line. Aliases resolve to the node they name; the tree is not expanded, so an
 * alias bomb costs nothing.
 */
export function parseIndexYaml(file: string, text: string): YamlNode | undefined {
  let events: Event[];
  try {
    events = parseEvents(text, { filename: file });
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: unknown }).reason;
    const location = mark?.line === undefined ? { file } : { file, line: mark.line + 1 };
    throw new InputError(
      location,
      `invalid YAML: ${typeof reason === 'string' ? reason : errorMessage(error)}`,
    );
  }
  const lines = new LineIndex(text);
  const fail = (offset: number, reason: string): never => {
    throw new InputError({ file, line: lines.place(offset).line }, reason);
  };
  const anchors = new Map<string, YamlNode>();
  const stack: Frame[] = [];
  let root: YamlNode | undefined;
  let documents = 0;
  /** Offset just past the last node read. */
  let end = 0;

  const attach = (node: YamlNode, offset: number): void => {
    const frame = stack[stack.length - 1];
    if (!frame) {
      root = node;
    } else if (frame.node.kind === 'sequence') {
      frame.node.items.push(node);
    } else if (frame.key === undefined) {
      if (node.kind !== 'scalar') fail(offset, 'a mapping key must be a plain value');
      else frame.key = node;
    } else {
      const key = frame.key;
      const first = frame.keys.get(key.text);
      if (first !== undefined) {
        // The key's own line: a block value starts on a later line.
        throw new InputError(
          { file, line: key.line },
          `duplicate key \`${key.text}\` (first on line ${first})`,
        );
      }
      frame.keys.set(key.text, key.line);
      frame.node.entries.push({
        key: key.text,
        at: { line: key.line, column: key.column },
        value: node,
      });
      delete frame.key;
    }
  };
  const anchor = (event: { anchorStart: number; anchorEnd: number }, node: YamlNode): void => {
    if (event.anchorStart >= 0) anchors.set(text.slice(event.anchorStart, event.anchorEnd), node);
  };

  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT: {
        documents += 1;
        if (documents > 1) {
          // Document events carry no offset: the second document starts at the first `---`
          // marker after what the first one holds (not the last marker: there may be more).
          const markers = [...text.matchAll(/^---(?=\s|$)/gm)].map((match) => match.index);
          fail(
            markers.find((marker) => marker >= end) ?? markers[markers.length - 1] ?? 0,
            'the index must be a single YAML document',
          );
        }
        break;
      }
      case EVENT_ID.SCALAR: {
        let type: string;
        let node: YamlScalar;
        const place = lines.place(event.valueStart);
        if (event.style === SCALAR_STYLE.PLAIN || event.tagStart >= 0) {
          const value = getScalarValue(text, event);
          if (event.tagStart >= 0) {
            const tag = text.slice(event.tagStart, event.tagEnd);
            type = tag.startsWith('!!') ? tag.slice(2) : tag;
          } else {
            type = plainType(value);
          }
          node = { kind: 'scalar', type, text: value, ...place };
        } else {
          // Quoted and block scalars are text; most are long notes the gate never reads, so
          // they are decoded only if something asks.
          node = lazyText(text, event, place);
        }
        attach(node, event.valueStart);
        anchor(event, node);
        end = Math.max(end, event.valueEnd);
        break;
      }
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING: {
        const place = lines.place(event.start);
        const node: YamlSequence | YamlMapping =
          event.type === EVENT_ID.SEQUENCE
            ? { kind: 'sequence', items: [], ...place }
            : { kind: 'mapping', entries: [], ...place };
        attach(node, event.start);
        anchor(event, node);
        end = Math.max(end, event.start + 1);
        stack.push({ node, keys: new Map() });
        break;
      }
      case EVENT_ID.ALIAS: {
        const name = text.slice(event.anchorStart, event.anchorEnd);
        const target = anchors.get(name);
        if (!target) fail(event.anchorStart, `unknown alias *${name}`);
        else attach(target, event.anchorStart);
        break;
      }
      case EVENT_ID.POP: {
        stack.pop();
        break;
      }
    }
  }
  return root;
}

/** The value of `key` in a mapping. */
export function entryOf(mapping: YamlMapping, key: string): YamlEntry | undefined {
  return mapping.entries.find((entry) => entry.key === key);
}

/** A short description of a node's type for messages: `a list`, `a number`, … */
export function describeNode(node: YamlNode): string {
  if (node.kind === 'sequence') return 'a list';
  if (node.kind === 'mapping') return 'a mapping';
  switch (node.type) {
    case 'null':
      return 'empty';
    case 'int':
    case 'float':
      return `the number ${node.text}`;
    case 'bool':
      return `the boolean ${node.text}`;
    case 'str':
      return `the text \`${node.text}\``;
    default:
      return `a value tagged ${node.type}`;
  }
}
