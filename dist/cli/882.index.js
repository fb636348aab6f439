export const id = 882;
export const ids = [882];
export const modules = {

/***/ 20882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ConfigReader: () => (/* binding */ ConfigReader),
/* harmony export */   YamlFile: () => (/* reexport safe */ _yaml_source_js__WEBPACK_IMPORTED_MODULE_1__._)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88009);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83484);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(637);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10499);
/**
 * Reads `.github/palisade.yml` against CONFIG_SCHEMA. Kept apart from config.ts so the YAML
 * parser is loaded only when a configuration file exists.
 */





const TEXT = { type: 'string' };
class ConfigReader {
    source;
    result;
    today;
    constructor(source, result, today) {
        this.source = source;
        this.result = result;
        this.today = today;
    }
    read() {
        const root = this.source.asMap(this.source.document.contents);
        if (!root) {
            this.error(this.source.document.contents ?? undefined, 'the configuration must be a mapping of sections');
            return;
        }
        const config = this.result.config;
        const sections = _config_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_SCHEMA */ .ln.sections;
        const top = _config_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_SCHEMA */ .ln.top;
        for (const { key, node } of this.source.pairs(root)) {
            const topSpec = top[key.value];
            const sectionSpec = sections[key.value];
            if (topSpec) {
                const value = this.value(node, topSpec, key.value);
                if (value !== undefined)
                    config[key.value] = value;
            }
            else if (sectionSpec) {
                config[key.value] = this.section(node, sectionSpec, key.value);
            }
            else {
                const known = [...Object.keys(top), ...Object.keys(sections)];
                this.errorAt(key.line, `unknown key \`${key.value}\`${(0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .suggest */ .ZA)(key.value, known)}`);
            }
        }
    }
    section(node, spec, name) {
        const values = {};
        if (!node || this.source.scalarText(node) === '')
            return values;
        const map = this.source.asMap(node);
        if (!map) {
            this.error(node, `\`${name}\` must be a mapping`);
            return values;
        }
        for (const { key, node: valueNode } of this.source.pairs(map)) {
            const fieldSpec = spec[key.value];
            if (!fieldSpec) {
                this.errorAt(key.line, `unknown key \`${key.value}\` in \`${name}\`${(0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .suggest */ .ZA)(key.value, Object.keys(spec))}`);
                continue;
            }
            const value = this.value(valueNode, fieldSpec, `${name}.${key.value}`);
            if (value !== undefined)
                values[key.value] = value;
        }
        return values;
    }
    value(node, spec, name) {
        if (!node) {
            this.errorAt(undefined, `\`${name}\` has no value`);
            return undefined;
        }
        const resolved = this.source.resolve(node);
        if (spec.type === 'list')
            return this.list(resolved, node, spec.of, name);
        if (spec.type === 'allow-list')
            return this.allowList(resolved, node, spec.match, name);
        const scalar = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(resolved) ? resolved.value : undefined;
        if (scalarFits(scalar, spec))
            return scalar;
        this.error(node, `\`${name}\` must be ${describe(spec)}`);
        return undefined;
    }
    list(resolved, node, of, name) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(resolved)) {
            this.error(node, `\`${name}\` must be a list`);
            return undefined;
        }
        const values = [];
        for (const item of resolved.items) {
            const value = this.value(item, of, `${name} item`);
            if (value !== undefined)
                values.push(value);
        }
        return values;
    }
    allowList(resolved, node, match, name) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(resolved)) {
            this.error(node, `\`${name}\` must be a list of entries`);
            return undefined;
        }
        const entries = [];
        for (const item of resolved.items) {
            const map = this.source.asMap(item);
            if (!map) {
                this.error(item, `each \`${name}\` entry must be a mapping with a \`reason\``);
                continue;
            }
            const entry = this.allowEntry(map, match, name);
            if (entry)
                entries.push(entry);
        }
        return entries;
    }
    allowEntry(map, match, name) {
        const line = this.source.locate(map, null).line;
        const entry = { file: this.source.file, line };
        let valid = true;
        for (const { key, node } of this.source.pairs(map)) {
            const fieldSpec = key.value === 'reason' || key.value === 'until' ? TEXT : match[key.value];
            if (!fieldSpec) {
                const known = [...Object.keys(match), 'reason', 'until'];
                this.errorAt(key.line, `unknown key \`${key.value}\` in a \`${name}\` entry${(0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .suggest */ .ZA)(key.value, known)}`);
                valid = false;
                continue;
            }
            const value = this.value(node, fieldSpec, `${name}.${key.value}`);
            if (value === undefined)
                valid = false;
            else
                entry[key.value] = value;
        }
        if (typeof entry.reason !== 'string') {
            this.errorAt(line, `a \`${name}\` entry needs a \`reason\` saying why it is allowed`);
            valid = false;
        }
        if (!Object.keys(match).some((key) => key in entry)) {
            this.errorAt(line, `a \`${name}\` entry must name what it allows (${Object.keys(match)
                .map((k) => `\`${k}\``)
                .join(' or ')})`);
            valid = false;
        }
        if (typeof entry.until === 'string') {
            const until = parseDay(entry.until);
            if (!until) {
                this.errorAt(line, `\`until\` must be a date written YYYY-MM-DD, not \`${entry.until}\``);
                valid = false;
            }
            else if (until.getTime() < startOfDay(this.today).getTime()) {
                this.result.findings.push({
                    rule: 'expired-allow-entry',
                    severity: 'warning',
                    message: `This \`${name}\` entry expired on ${entry.until} and no longer applies; renew it with a new \`until\` or remove it.`,
                    file: this.source.file,
                    line,
                    helpUri: _config_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_HELP_URI */ .y$,
                    key: `${name}:${JSON.stringify(entry)}`,
                });
                return undefined;
            }
        }
        return valid ? entry : undefined;
    }
    error(node, message) {
        this.errorAt(node ? this.source.locate(node, null).line : undefined, message);
    }
    errorAt(line, message) {
        const location = line === undefined ? { file: this.source.file } : { file: this.source.file, line };
        this.result.errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(location, message));
    }
}
function scalarFits(value, spec) {
    switch (spec.type) {
        case 'boolean':
            return typeof value === 'boolean';
        case 'string':
            return typeof value === 'string' && value !== '';
        case 'integer':
            return (typeof value === 'number' && Number.isInteger(value) && value >= (spec.min ?? -Infinity));
        case 'enum':
            return typeof value === 'string' && spec.values.includes(value);
    }
}
function describe(spec) {
    switch (spec.type) {
        case 'boolean':
            return 'true or false';
        case 'string':
            return 'a non-empty string';
        case 'integer':
            return `an integer${spec.min === undefined ? '' : ` of at least ${spec.min}`}`;
        case 'enum':
            return `one of ${spec.values.map((value) => `\`${value}\``).join(', ')}`;
    }
}
/** `YYYY-MM-DD` as midnight UTC, or undefined when it is not a real date. */
function parseDay(value) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
        return undefined;
    const date = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value
        ? undefined
        : date;
}
function startOfDay(date) {
    return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}


/***/ }),

/***/ 10499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ YamlFile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88009);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);


/** A parsed YAML file: its text, its document and the means to place nodes in it. */
class YamlFile {
    file;
    text;
    document;
    lines;
    constructor(file, text, document, lines) {
        this.file = file;
        this.text = text;
        this.document = document;
        this.lines = lines;
    }
    /**
     * Parses `text`, throwing an InputError naming the file and line of the first YAML error, or
     * of an alias whose expansion is out of all proportion to the file (an alias bomb).
     */
    static parse(file, text) {
        const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
        const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, prettyErrors: false });
        const [error] = document.errors;
        if (error) {
            const line = error.linePos?.[0].line ?? lines.linePos(error.pos[0]).line;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file, line }, `invalid YAML: ${firstLine(error.message)}`);
        }
        const parsed = new YamlFile(file, text, document, lines);
        parsed.rejectAliasBombs();
        return parsed;
    }
    /** Place of a node's value. */
    locate(node, value) {
        const [start, end] = node.range ?? [0, 0];
        const { line, col } = this.lines.linePos(start);
        const located = { value, file: this.file, line, column: col, start, end };
        const comment = this.trailingComment(node);
        if (comment !== undefined)
            located.comment = comment;
        return located;
    }
    /** A scalar's text (numbers and booleans as written), or undefined for collections. */
    scalarText(node) {
        const resolved = this.resolve(node);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(resolved))
            return undefined;
        if (resolved.value === null)
            return '';
        return typeof resolved.value === 'string'
            ? resolved.value
            : resolvedSource(this.text, resolved);
    }
    /** Follows an alias to its anchored node. */
    resolve(node) {
        if (node === null || node === undefined)
            return undefined;
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? node.resolve(this.document) : node;
    }
    asMap(node) {
        const resolved = this.resolve(node);
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(resolved) ? resolved : undefined;
    }
    asSeq(node) {
        const resolved = this.resolve(node);
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(resolved) ? resolved : undefined;
    }
    /** The pairs of a mapping whose keys are scalars, keyed by the key's text. */
    pairs(map) {
        const result = [];
        for (const pair of map.items) {
            const keyText = this.scalarText(pair.key);
            if (keyText === undefined)
                continue;
            result.push({ key: this.locate(pair.key, keyText), node: pair.value ?? undefined });
        }
        return result;
    }
    /** The value node of `key` in a mapping. */
    get(map, key) {
        for (const pair of map.items) {
            if (this.scalarText(pair.key) === key)
                return pair.value ?? undefined;
        }
        return undefined;
    }
    /** The value node of `key`, placed; undefined when absent. */
    getLocatedText(map, key) {
        const node = this.get(map, key);
        if (!node)
            return undefined;
        const text = this.scalarText(node) ?? this.sourceOf(node);
        return this.locate(node, text);
    }
    sourceOf(node) {
        const [start, end] = node.range ?? [0, 0];
        return this.text.slice(start, end);
    }
    /**
     * The comment at the end of the node's line. Read from the text rather than from the
     * parser's comment fields, which also collect comments on the lines that follow.
     */
    trailingComment(node) {
        const range = node.range;
        if (!range || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
            return undefined;
        const isBlock = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
        // A block scalar's comment sits on its header line, after the `|` or `>` and its indicators.
        const from = isBlock ? range[0] + 1 : range[1];
        const lineEnd = this.text.indexOf('\n', from);
        const rest = this.text.slice(from, lineEnd < 0 ? undefined : lineEnd).replace(/\r$/, '');
        const match = (isBlock ? /^[-+0-9]*[ \t]+#(.*)$/ : /^[ \t]+#(.*)$/).exec(rest);
        return match ? (match[1] ?? '').trim() : undefined;
    }
    rejectAliasBombs() {
        // Aliases need an anchor (`&name`) where a node starts; without one the walk is skipped.
        if (!ANCHOR_PATTERN.test(this.text))
            return;
        let firstAlias;
        (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(this.document, {
            Alias(_key, node) {
                firstAlias = node;
                return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
            },
        });
        if (!firstAlias)
            return;
        try {
            // yaml counts what each alias expands to and throws past a multiple of the file's size.
            this.document.toJS({ maxAliasCount: 100 });
        }
        catch (error) {
            const line = this.lines.linePos(firstAlias.range?.[0] ?? 0).line;
            const detail = firstLine((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error));
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ file: this.file, line }, `YAML aliases expand too far to be read safely (${detail})`);
        }
    }
}
/** `&name` after a line start, indentation, `- `, `: `, `[`, `{` or `,`: a possible anchor. */
const ANCHOR_PATTERN = /(?:^|[\s[{,])&[^\s&]/m;
function resolvedSource(text, node) {
    const [start, end] = node.range ?? [0, 0];
    return text.slice(start, end);
}
function firstLine(message) {
    return message.split('\n')[0] ?? message;
}


/***/ })

};
