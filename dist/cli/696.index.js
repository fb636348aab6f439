export const id = 696;
export const ids = [696,484];
export const modules = {

/***/ 30872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eb: () => (/* binding */ addPackage),
/* harmony export */   L3: () => (/* binding */ licenseOf),
/* harmony export */   Qi: () => (/* binding */ stringMap),
/* harmony export */   RS: () => (/* binding */ emptyParse),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   uK: () => (/* binding */ splitNameVersion)
/* harmony export */ });
/* harmony import */ var _palisade_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(637);
/** What the lockfile readers share: the result shape and how a parse error names its line. */

function emptyParse() {
    return { projects: [], packages: new Map(), installPaths: new Map() };
}
/** JSON.parse that reports the line of a syntax error, as Node 20 and 22 word it. */
function parseJson(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const message = (0,_palisade_core__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
        const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
        const position = /at position (\d+)/.exec(message);
        let line;
        if (lineColumn?.[1])
            line = Number(lineColumn[1]);
        else if (position?.[1])
            line = text.slice(0, Number(position[1])).split('\n').length;
        else if (/end of JSON input/.test(message))
            line = text.split('\n').length;
        const reason = `is not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)|\s*in JSON at position \d+.*$/, '')}`;
        throw new _palisade_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(line === undefined ? { file } : { file, line }, reason);
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The string values of an object field, ignoring anything else. */
function stringMap(value) {
    if (!isRecord(value))
        return {};
    const result = {};
    for (const [key, item] of Object.entries(value))
        if (typeof item === 'string')
            result[key] = item;
    return result;
}
/** The licence of a package.json or lockfile entry: a string, or the legacy `{ type }` form. */
function licenseOf(value) {
    if (typeof value === 'string' && value.trim() !== '')
        return value.trim();
    if (isRecord(value) && typeof value.type === 'string')
        return value.type;
    if (Array.isArray(value)) {
        const types = value.map(licenseOf).filter((item) => item !== undefined);
        if (types.length > 0)
            return types.length === 1 ? types[0] : `(${types.join(' OR ')})`;
    }
    return undefined;
}
/** `@scope/name@1.0.0` → [`@scope/name`, `1.0.0`]; the separator is the last `@` after the first character. */
function splitNameVersion(key) {
    const at = key.indexOf('@', 1);
    return at < 0 ? [key, ''] : [key.slice(0, at), key.slice(at + 1)];
}
/** Adds a package, or merges the edges of a second copy of the same name and version. */
function addPackage(parsed, pkg, installPath) {
    const existing = parsed.packages.get(pkg.id);
    if (existing) {
        existing.dependencies.push(...pkg.dependencies);
        if (!existing.license && pkg.license)
            existing.license = pkg.license;
        if (existing.checksums.length === 0)
            existing.checksums = pkg.checksums;
        if (!existing.resolved && pkg.resolved)
            existing.resolved = pkg.resolved;
        return;
    }
    parsed.packages.set(pkg.id, pkg);
    if (installPath !== undefined)
        parsed.installPaths.set(pkg.id, installPath);
}


/***/ }),

/***/ 49149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ checksumFromUrlFragment),
/* harmony export */   Mf: () => (/* binding */ makeProject),
/* harmony export */   NP: () => (/* binding */ npmPurl),
/* harmony export */   Sv: () => (/* binding */ checksumsFromIntegrity),
/* harmony export */   UD: () => (/* binding */ compare),
/* harmony export */   a9: () => (/* binding */ modelDigest),
/* harmony export */   h5: () => (/* binding */ finishModel),
/* harmony export */   wc: () => (/* binding */ uuidFromDigest)
/* harmony export */ });
/* unused harmony exports SCOPES, assignScopes, normalizeEdges */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37970);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(packageurl_js__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The neutral model every lockfile reader produces and both SBOM writers consume: the packages
 * (one per name and version), the dependency graph with the kind of each edge, and the projects
 * the lockfile describes (the root and its workspaces).
 */


/** Ordered best first: a package reached by a runtime path and a dev path is runtime. */
const SCOPES = ['runtime', 'optional', 'peer', 'dev'];
/** `pkg:npm/%40scope/name@1.0.0`, with a download_url qualifier for sources off the registry. */
function npmPurl(name, version, resolved) {
    const slash = name.startsWith('@') ? name.indexOf('/') : -1;
    const namespace = slash > 0 ? name.slice(0, slash) : undefined;
    const bare = slash > 0 ? name.slice(slash + 1) : name;
    const qualifiers = resolved && !isRegistryTarball(resolved) ? { download_url: resolved } : undefined;
    return new packageurl_js__WEBPACK_IMPORTED_MODULE_1__.PackageURL('npm', namespace, bare, version, qualifiers, undefined).toString();
}
function isRegistryTarball(url) {
    return /^https:\/\/registry\.(npmjs\.org|yarnpkg\.com)\//.test(url);
}
const SRI_ALGORITHMS = {
    sha1: 'SHA1',
    sha256: 'SHA256',
    sha384: 'SHA384',
    sha512: 'SHA512',
};
const HEX_LENGTH = {
    SHA1: 40,
    SHA256: 64,
    SHA384: 96,
    SHA512: 128,
};
/**
 * The checksums of a Subresource Integrity string (`sha512-<base64>`, several separated by
 * spaces); entries with an unknown algorithm or a digest of the wrong length are skipped.
 */
function checksumsFromIntegrity(integrity) {
    if (!integrity)
        return [];
    const checksums = [];
    for (const entry of integrity.trim().split(/\s+/)) {
        const dash = entry.indexOf('-');
        const algorithm = SRI_ALGORITHMS[entry.slice(0, dash).toLowerCase()];
        if (dash < 0 || !algorithm)
            continue;
        const value = Buffer.from(entry.slice(dash + 1).replace(/\?.*$/, ''), 'base64').toString('hex');
        if (value.length === HEX_LENGTH[algorithm])
            checksums.push({ algorithm, value });
    }
    return checksums;
}
/** A sha1 in a tarball URL's fragment (`…tgz#<40 hex>`), as yarn v1 records it. */
function checksumFromUrlFragment(url) {
    const match = url ? /#([0-9a-f]{40})$/.exec(url) : null;
    return match?.[1] ? { algorithm: 'SHA1', value: match[1] } : undefined;
}
/**
 * Gives every package the best scope of any path from a project: breadth-first passes that
 * admit runtime edges only, then optional ones too, then peer, then dev. A path is as weak
 * as its weakest edge, and a package as strong as its strongest path.
 */
function assignScopes(projects, packages) {
    const scoped = new Set();
    for (let level = 0; level < SCOPES.length; level++) {
        const allowed = new Set(SCOPES.slice(0, level + 1));
        const scope = SCOPES[level] ?? 'dev';
        const queue = [];
        const visit = (edges) => {
            for (const edge of edges) {
                if (allowed.has(edge.kind) && packages.has(edge.to))
                    queue.push(edge.to);
            }
        };
        const seen = new Set();
        for (const project of projects)
            visit(project.dependencies);
        while (queue.length > 0) {
            const id = queue.pop() ?? '';
            if (seen.has(id))
                continue;
            seen.add(id);
            const pkg = packages.get(id);
            if (!pkg)
                continue;
            if (!scoped.has(id)) {
                pkg.scope = scope;
                scoped.add(id);
            }
            visit(pkg.dependencies);
        }
    }
    // Packages no project reaches (left behind in the lockfile) are kept, as dev: they are not
    // part of what ships.
    for (const pkg of packages.values())
        if (!scoped.has(pkg.id))
            pkg.scope = 'dev';
}
/** Keeps the strongest kind per target and sorts, so the output does not depend on order. */
function normalizeEdges(edges) {
    const best = new Map();
    for (const edge of edges) {
        const current = best.get(edge.to);
        if (current === undefined || SCOPES.indexOf(edge.kind) < SCOPES.indexOf(current)) {
            best.set(edge.to, edge.kind);
        }
    }
    return [...best]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([to, kind]) => ({ to, kind }));
}
/** Sorted packages with sorted, de-duplicated edges. */
function finishModel(format, lockfile, projects, packages) {
    for (const project of projects)
        project.dependencies = normalizeEdges(project.dependencies);
    for (const pkg of packages.values())
        pkg.dependencies = normalizeEdges(pkg.dependencies);
    assignScopes(projects, packages);
    const sorted = [...packages.values()].sort((a, b) => compare(a.id, b.id));
    const [root, ...workspaces] = projects;
    return {
        format,
        lockfile,
        projects: root ? [root, ...workspaces.sort((a, b) => compare(a.path, b.path))] : [],
        packages: sorted,
    };
}
/** Code-unit order: the same on every machine and locale. */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A project entry for a package.json-like record. */
function makeProject(name, version, projectPath, license) {
    const safeName = name || (projectPath === '.' ? 'root' : projectPath.split('/').pop() || 'root');
    const safeVersion = version || '0.0.0';
    const project = {
        id: `${safeName}@${safeVersion}`,
        name: safeName,
        version: safeVersion,
        purl: npmPurl(safeName, safeVersion),
        path: projectPath,
        dependencies: [],
    };
    if (license)
        project.license = license;
    return project;
}
/** A hex digest of the parts of the model that end up in an SBOM, for content-derived ids. */
function modelDigest(model, extra) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(extra);
    for (const project of model.projects) {
        hash.update(`\0P${project.id}\0${project.license ?? ''}`);
        for (const edge of project.dependencies)
            hash.update(`\0${edge.kind}:${edge.to}`);
    }
    for (const pkg of model.packages) {
        hash.update(`\0K${pkg.id}\0${pkg.purl}\0${pkg.scope}\0${pkg.license ?? ''}\0`);
        hash.update(`${pkg.resolved ?? ''}\0${pkg.checksums.map((c) => c.value).join(',')}`);
        for (const edge of pkg.dependencies)
            hash.update(`\0${edge.kind}:${edge.to}`);
    }
    return hash.digest('hex');
}
/** An RFC 4122 version-5-shaped UUID from a hex digest (name-based, so the same input, same id). */
function uuidFromDigest(hex) {
    const bytes = Buffer.from(hex.slice(0, 32), 'hex');
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    const h = bytes.toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}


/***/ }),

/***/ 45696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SBOM_FORMATS: () => (/* binding */ SBOM_FORMATS),
  generateSboms: () => (/* binding */ generateSboms)
});

// UNUSED EXPORTS: CYCLONEDX_PREDICATE_TYPE, DEFAULT_OUTPUT_DIR, MAX_ATTESTATION_BYTES, SPDX_PREDICATE_TYPE, runSbomAttest, validateSbom

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/config.ts
var config = __webpack_require__(83484);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(637);
// EXTERNAL MODULE: ./node_modules/.pnpm/@cyclonedx+cyclonedx-library@10.3.0_ajv-formats-draft2019@1.6.1_ajv@8.20.0__ajv-formats_59d6ddd7491cee64890782a89561699e/node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/index.js
var enums = __webpack_require__(63189);
// EXTERNAL MODULE: ./node_modules/.pnpm/@cyclonedx+cyclonedx-library@10.3.0_ajv-formats-draft2019@1.6.1_ajv@8.20.0__ajv-formats_59d6ddd7491cee64890782a89561699e/node_modules/@cyclonedx/cyclonedx-library/dist.node/models/index.js
var models = __webpack_require__(20315);
// EXTERNAL MODULE: ./node_modules/.pnpm/@cyclonedx+cyclonedx-library@10.3.0_ajv-formats-draft2019@1.6.1_ajv@8.20.0__ajv-formats_59d6ddd7491cee64890782a89561699e/node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/index.node.js
var index_node = __webpack_require__(11335);
// EXTERNAL MODULE: ./node_modules/.pnpm/@cyclonedx+cyclonedx-library@10.3.0_ajv-formats-draft2019@1.6.1_ajv@8.20.0__ajv-formats_59d6ddd7491cee64890782a89561699e/node_modules/@cyclonedx/cyclonedx-library/dist.node/spdx.js
var spdx = __webpack_require__(66801);
// EXTERNAL MODULE: ./node_modules/.pnpm/@cyclonedx+cyclonedx-library@10.3.0_ajv-formats-draft2019@1.6.1_ajv@8.20.0__ajv-formats_59d6ddd7491cee64890782a89561699e/node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/index.js
var spec = __webpack_require__(86214);
// EXTERNAL MODULE: ./actions/sbom-attest/src/model.ts
var src_model = __webpack_require__(49149);
;// CONCATENATED MODULE: ./actions/sbom-attest/src/sbom-common.ts
const TOOL_NAME = 'palisade-sbom-attest';
const TOOL_VERSION = '0.1.0';
/**
 * The creation time: SOURCE_DATE_EPOCH (seconds since 1970) when set, so rebuilds are
 * byte-identical; else the clock. A malformed value is an error, not silently "now".
 */
function creationTime(env, now) {
    const epoch = env.SOURCE_DATE_EPOCH;
    if (epoch === undefined || epoch === '')
        return now();
    if (!/^\d+$/.test(epoch.trim())) {
        throw new Error(`SOURCE_DATE_EPOCH must be a whole number of seconds, not \`${epoch}\``);
    }
    return new Date(Number(epoch.trim()) * 1000);
}
/** The packages an SBOM lists: all of them with include-dev, else those not dev-only. */
function selectedPackages(model, includeDev) {
    return includeDev ? model.packages : model.packages.filter((pkg) => pkg.scope !== 'dev');
}
/** The root project (the one the document describes). */
function rootProject(model) {
    const root = model.projects[0];
    if (!root)
        throw new Error('the model has no project');
    return root;
}
const LICENSE_ID = /^[A-Za-z0-9][A-Za-z0-9.+-]*$/;
const LICENSE_EXPRESSION = /^\(*\s*(LicenseRef-)?[A-Za-z0-9.+-]+\s*\)*(\s+(AND|OR|WITH)\s+\(*\s*(LicenseRef-)?[A-Za-z0-9.+-]+\s*\)*)*$/;
/** `id` for a bare identifier, `expression` for a compound one, else free text. */
function classifyLicense(license) {
    const value = license.trim();
    if (LICENSE_ID.test(value))
        return { kind: 'id', value };
    if (LICENSE_EXPRESSION.test(value) && balanced(value))
        return { kind: 'expression', value };
    return { kind: 'text', value };
}
function balanced(text) {
    let depth = 0;
    for (const char of text) {
        if (char === '(')
            depth++;
        if (char === ')' && --depth < 0)
            return false;
    }
    return depth === 0;
}

;// CONCATENATED MODULE: ./actions/sbom-attest/src/cyclonedx.ts
/**
 * CycloneDX 1.6 JSON from the model, built with @cyclonedx/cyclonedx-library's models and
 * serialized by its JSON serializer with sorted lists. The serial number is derived from the
 * content, so the same lockfile gives the same file.
 */







const CYCLONEDX_PREDICATE_TYPE = 'https://cyclonedx.org/bom';
const HASH = {
    SHA1: enums.HashAlgorithm['SHA-1'],
    SHA256: enums.HashAlgorithm['SHA-256'],
    SHA384: enums.HashAlgorithm['SHA-384'],
    SHA512: enums.HashAlgorithm['SHA-512'],
};
const SCOPE = {
    runtime: enums.ComponentScope.Required,
    optional: enums.ComponentScope.Optional,
    peer: enums.ComponentScope.Optional,
    // Dev dependencies are not part of what runs: CycloneDX calls that excluded.
    dev: enums.ComponentScope.Excluded,
};
function licenses(license) {
    const repository = new models.LicenseRepository();
    if (!license)
        return repository;
    const parsed = classifyLicense(license);
    if (parsed.kind === 'id' && (0,spdx.isSupportedSpdxId)(parsed.value)) {
        repository.add(new models.SpdxLicense(parsed.value));
    }
    else if (parsed.kind === 'expression') {
        repository.add(new models.LicenseExpression(parsed.value));
    }
    else {
        repository.add(new models.NamedLicense(parsed.value));
    }
    return repository;
}
function component(item, type) {
    const slash = item.name.startsWith('@') ? item.name.indexOf('/') : -1;
    const result = new models.Component(type, slash > 0 ? item.name.slice(slash + 1) : item.name, {
        bomRef: item.id,
        version: item.version,
        purl: item.purl,
        licenses: licenses(item.license),
    });
    if (slash > 0)
        result.group = item.name.slice(0, slash);
    if ('scope' in item) {
        result.scope = SCOPE[item.scope];
        for (const checksum of item.checksums)
            result.hashes.set(HASH[checksum.algorithm], checksum.value);
        // The CycloneDX npm taxonomy's marker for dev dependencies.
        if (item.scope === 'dev') {
            result.properties.add(new models.Property('cdx:npm:package:development', 'true'));
        }
        if (item.resolved) {
            result.externalReferences.add(new models.ExternalReference(item.resolved, enums.ExternalReferenceType.Distribution));
        }
    }
    return result;
}
function toCycloneDx(model, options) {
    const root = rootProject(model);
    const packages = selectedPackages(model, options.includeDev);
    const components = new Map();
    const rootComponent = component(root, enums.ComponentType.Application);
    components.set(root.id, rootComponent);
    const bom = new models.Bom();
    for (const project of model.projects.slice(1)) {
        const workspace = component(project, enums.ComponentType.Library);
        components.set(project.id, workspace);
        bom.components.add(workspace);
        rootComponent.dependencies.add(workspace.bomRef);
    }
    for (const pkg of packages) {
        const item = component(pkg, enums.ComponentType.Library);
        components.set(pkg.id, item);
        bom.components.add(item);
    }
    for (const item of [...model.projects, ...packages]) {
        const from = components.get(item.id);
        for (const edge of item.dependencies) {
            const to = components.get(edge.to);
            if (from && to)
                from.dependencies.add(to.bomRef);
        }
    }
    const tool = new models.Component(enums.ComponentType.Application, TOOL_NAME, {
        version: TOOL_VERSION,
    });
    tool.group = 'windlasstech';
    bom.metadata = new models.Metadata({
        timestamp: options.created,
        component: rootComponent,
        tools: new models.Tools({ components: new models.ComponentRepository([tool]) }),
        lifecycles: new models.LifecycleRepository([enums.LifecyclePhase.Build]),
    });
    bom.serialNumber = `urn:uuid:${(0,src_model/* uuidFromDigest */.wc)((0,src_model/* modelDigest */.a9)(model, `cyclonedx-1.6\0${String(options.includeDev)}`))}`;
    return bom;
}
function serializeCycloneDx(bom) {
    const serializer = new index_node.JsonSerializer(new index_node.JSON.Normalize.Factory(spec.Spec1dot6));
    return `${serializer.serialize(bom, { sortLists: true, space: 2 })}\n`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./packages/core/src/repository-file.ts
var repository_file = __webpack_require__(57589);
// EXTERNAL MODULE: ./actions/sbom-attest/src/lockfiles/common.ts
var common = __webpack_require__(30872);
;// CONCATENATED MODULE: ./actions/sbom-attest/src/lockfiles/npm.ts
/**
 * package-lock.json and npm-shrinkwrap.json, lockfileVersion 2 and 3: the `packages` map keyed
 * by install location. A dependency resolves the way Node finds it: in the nearest
 * `node_modules` folder up from the dependent's location.
 */



const NODE_MODULES = 'node_modules/';
function parseNpmLockfile(text, file) {
    const lock = (0,common/* parseJson */.qF)(text, file);
    if (!(0,common/* isRecord */.u4)(lock))
        throw new src_errors/* InputError */.dz({ file }, 'is not an npm lockfile: not a JSON object');
    const version = lock.lockfileVersion;
    if (version !== 2 && version !== 3) {
        throw new src_errors/* InputError */.dz({ file, line: lineOf(text, '"lockfileVersion"') }, version === 1
            ? 'lockfileVersion 1 is not supported: run `npm install --package-lock-only` with npm 7 or later to upgrade it to version 3'
            : `lockfileVersion ${JSON.stringify(version)} is not supported (2 and 3 are)`);
    }
    const entries = lock.packages;
    if (!(0,common/* isRecord */.u4)(entries) || !(0,common/* isRecord */.u4)(entries[''])) {
        throw new src_errors/* InputError */.dz({ file }, 'has no `packages` map with a root entry (`""`)');
    }
    const parsed = (0,common/* emptyParse */.RS)();
    const links = new Map();
    const projectAt = new Map();
    for (const [key, entry] of Object.entries(entries)) {
        if (!(0,common/* isRecord */.u4)(entry))
            continue;
        if (entry.link === true && typeof entry.resolved === 'string') {
            links.set(key, entry.resolved);
            continue;
        }
        if (key === '' || !key.includes(NODE_MODULES)) {
            const name = typeof entry.name === 'string' ? entry.name : undefined;
            const projectVersion = typeof entry.version === 'string' ? entry.version : undefined;
            const project = (0,src_model/* makeProject */.Mf)(name ?? (key === '' && typeof lock.name === 'string' ? lock.name : undefined), projectVersion ??
                (key === '' && typeof lock.version === 'string' ? lock.version : undefined), key === '' ? '.' : key, (0,common/* licenseOf */.L3)(entry.license));
            projectAt.set(key, project);
            parsed.projects.push(project);
        }
    }
    const idAt = (location) => {
        const target = links.get(location) ?? location;
        const project = projectAt.get(target);
        if (project)
            return project.id;
        const entry = entries[target];
        if (!(0,common/* isRecord */.u4)(entry) || typeof entry.version !== 'string')
            return undefined;
        return `${packageName(target, entry)}@${entry.version}`;
    };
    const resolve = (from, name) => {
        let location = from;
        for (;;) {
            const candidate = `${location === '' ? '' : `${location}/`}${NODE_MODULES}${name}`;
            if (candidate in entries)
                return idAt(candidate);
            if (location === '')
                return undefined;
            const index = location.lastIndexOf(NODE_MODULES);
            location = index < 0 ? '' : location.slice(0, index).replace(/\/$/, '');
        }
    };
    const edgesOf = (location, entry, project) => {
        const edges = [];
        const add = (field, kind) => {
            for (const name of Object.keys((0,common/* stringMap */.Qi)(entry[field]))) {
                const to = resolve(location, name);
                if (to)
                    edges.push({ to, kind });
            }
        };
        add('dependencies', 'runtime');
        add('optionalDependencies', 'optional');
        add('peerDependencies', 'peer');
        if (project)
            add('devDependencies', 'dev');
        return edges;
    };
    for (const [key, entry] of Object.entries(entries)) {
        if (!(0,common/* isRecord */.u4)(entry) || links.has(key))
            continue;
        const project = projectAt.get(key);
        if (project) {
            project.dependencies = edgesOf(key, entry, true);
            continue;
        }
        if (typeof entry.version !== 'string')
            continue;
        const name = packageName(key, entry);
        const resolved = typeof entry.resolved === 'string' ? entry.resolved : undefined;
        const pkg = {
            id: `${name}@${entry.version}`,
            name,
            version: entry.version,
            purl: (0,src_model/* npmPurl */.NP)(name, entry.version, resolved),
            checksums: (0,src_model/* checksumsFromIntegrity */.Sv)(typeof entry.integrity === 'string' ? entry.integrity : undefined),
            scope: 'runtime',
            dependencies: edgesOf(key, entry, false),
            ...(resolved ? { resolved } : {}),
        };
        const license = (0,common/* licenseOf */.L3)(entry.license);
        (0,common/* addPackage */.Eb)(parsed, license ? { ...pkg, license } : pkg, key);
    }
    return parsed;
}
/** The real name (an alias's entry has `name`), else the folder after the last node_modules/. */
function packageName(key, entry) {
    if (typeof entry.name === 'string')
        return entry.name;
    const index = key.lastIndexOf(NODE_MODULES);
    return index < 0 ? key : key.slice(index + NODE_MODULES.length);
}
function lineOf(text, needle) {
    const index = text.indexOf(needle);
    return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}

;// CONCATENATED MODULE: ./actions/sbom-attest/src/lockfiles/index.ts
/**
 * Finds and reads a lockfile into the neutral model. Every problem with the input is an
 * InputError naming the file (and the line when the parser knows it).
 */







/** Looked for in this order when no lockfile is named. */
const LOCKFILE_NAMES = [
    'package-lock.json',
    'npm-shrinkwrap.json',
    'pnpm-lock.yaml',
    'yarn.lock',
];
/** The lockfile to read, relative to `root`: the one named, else the first that exists. */
function findLockfile(root, lockfile) {
    if (lockfile)
        return lockfile.split((external_node_path_default()).sep).join('/');
    const found = LOCKFILE_NAMES.find((name) => (0,external_node_fs_.existsSync)(external_node_path_default().join(root, name)));
    if (!found) {
        throw new src_errors/* InputError */.dz({ file: '.' }, `no lockfile found: expected one of ${LOCKFILE_NAMES.join(', ')} (or name one with \`lockfile\`)`);
    }
    return found;
}
async function readLockfile(root, lockfile) {
    const file = findLockfile(root, lockfile);
    const text = await (0,repository_file/* readRepositoryFile */.tz)(root, file);
    const dir = external_node_path_default().posix.dirname(file);
    const readManifest = async (relativeDir) => {
        const manifestFile = external_node_path_default().posix.join(dir, relativeDir, 'package.json');
        if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(root, manifestFile)))
            return undefined;
        const value = (0,common/* parseJson */.qF)(await (0,repository_file/* readRepositoryFile */.tz)(root, manifestFile), manifestFile);
        // Fields of the wrong type are ignored where they are read.
        return (0,common/* isRecord */.u4)(value) ? value : undefined;
    };
    const listDirs = async (relativeDir) => {
        try {
            const entries = await (0,promises_.readdir)(external_node_path_default().join(root, dir, relativeDir), { withFileTypes: true });
            return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
        }
        catch {
            return [];
        }
    };
    const base = external_node_path_default().posix.basename(file);
    let format;
    let parsed;
    if (base === 'package-lock.json' || base === 'npm-shrinkwrap.json') {
        format = 'npm';
        parsed = parseNpmLockfile(text, file);
    }
    else if (base === 'pnpm-lock.yaml') {
        format = 'pnpm';
        // Each reader loads only for its format: the YAML and Yarn parsers are large.
        const { parsePnpmLockfile } = await Promise.all(/* import() */[__webpack_require__.e(9), __webpack_require__.e(896)]).then(__webpack_require__.bind(__webpack_require__, 47896));
        parsed = await parsePnpmLockfile(text, file, readManifest);
    }
    else if (base === 'yarn.lock') {
        const { isBerryLockfile, parseYarnBerryLockfile, parseYarnClassicLockfile } = await Promise.all(/* import() */[__webpack_require__.e(601), __webpack_require__.e(311)]).then(__webpack_require__.bind(__webpack_require__, 71311));
        format = isBerryLockfile(text) ? 'yarn-berry' : 'yarn-classic';
        parsed =
            format === 'yarn-berry'
                ? await parseYarnBerryLockfile(text, file, readManifest)
                : await parseYarnClassicLockfile(text, file, readManifest, listDirs);
    }
    else {
        throw new src_errors/* InputError */.dz({ file }, `is not a lockfile this action reads (${LOCKFILE_NAMES.join(', ')})`);
    }
    if (parsed.projects.length === 0) {
        throw new src_errors/* InputError */.dz({ file }, 'names no project: no root package.json or importer was found');
    }
    await addInstalledLicenses(root, dir, parsed);
    return (0,src_model/* finishModel */.h5)(format, file, parsed.projects, parsed.packages);
}
/**
 * Licences the lockfile does not give, from installed package.json files when node_modules
 * exists (pnpm and yarn lockfiles carry none). Unreadable files are skipped: a licence is
 * metadata, and its absence is stated as NOASSERTION rather than failing the run.
 */
async function addInstalledLicenses(root, dir, parsed) {
    if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(root, dir, 'node_modules')))
        return;
    await Promise.all([...parsed.packages.values()]
        .filter((pkg) => !pkg.license)
        .map(async (pkg) => {
        const installPath = parsed.installPaths.get(pkg.id);
        if (!installPath)
            return;
        try {
            const manifest = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(root, dir, installPath, 'package.json'), 'utf8'));
            if (!(0,common/* isRecord */.u4)(manifest) || manifest.version !== pkg.version)
                return;
            const license = (0,common/* licenseOf */.L3)(manifest.license) ?? (0,common/* licenseOf */.L3)(manifest.licenses);
            if (license)
                pkg.license = license;
        }
        catch {
            // Not installed there, or unreadable: the licence stays unknown.
        }
    }));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./actions/sbom-attest/src/spdx.ts
/**
 * SPDX 2.3 JSON from the model. Deterministic: packages, relationships and fields in a fixed
 * order, SPDX ids derived from names, and a document namespace derived from the content.
 */



const SPDX_PREDICATE_TYPE = 'https://spdx.dev/Document/v2.3';
/** `2024-01-02T03:04:05Z`: SPDX 2.3 has no fractions of a second. */
function spdxTime(date) {
    return `${date.toISOString().slice(0, 19)}Z`;
}
/** SPDX ids from names, made unique with a short hash when two names clean up alike. */
function assignIds(ids) {
    const result = new Map();
    const used = new Set();
    for (const id of ids) {
        let spdxId = `SPDXRef-Package-${id.replace(/^@/, '').replace(/[^A-Za-z0-9.-]+/g, '-')}`;
        if (used.has(spdxId)) {
            spdxId += `-${(0,external_node_crypto_.createHash)('sha256').update(id).digest('hex').slice(0, 8)}`;
        }
        used.add(spdxId);
        result.set(id, spdxId);
    }
    return result;
}
function licenseField(license) {
    if (!license)
        return 'NOASSERTION';
    const parsed = classifyLicense(license);
    // Free text (`SEE LICENSE IN …`) is not an SPDX expression; it would make the document lie.
    return parsed.kind === 'text' ? 'NOASSERTION' : parsed.value;
}
const RELATIONSHIP = {
    runtime: { type: 'DEPENDS_ON', reverse: false },
    peer: { type: 'DEPENDS_ON', reverse: false },
    optional: { type: 'OPTIONAL_DEPENDENCY_OF', reverse: true },
    dev: { type: 'DEV_DEPENDENCY_OF', reverse: true },
};
function toSpdx(model, options) {
    const root = rootProject(model);
    const packages = selectedPackages(model, options.includeDev);
    const included = new Set([
        ...model.projects.map((project) => project.id),
        ...packages.map((pkg) => pkg.id),
    ]);
    const ids = assignIds([
        ...model.projects.map((project) => project.id),
        ...packages.map((pkg) => pkg.id),
    ]);
    const idOf = (id) => ids.get(id) ?? 'NOASSERTION';
    const describe = (item, purpose) => {
        const spdx = {
            name: item.name,
            SPDXID: idOf(item.id),
            versionInfo: item.version,
            downloadLocation: ('resolved' in item && item.resolved) || 'NOASSERTION',
            filesAnalyzed: false,
            licenseConcluded: 'NOASSERTION',
            licenseDeclared: licenseField(item.license),
            copyrightText: 'NOASSERTION',
            primaryPackagePurpose: purpose,
            externalRefs: [
                {
                    referenceCategory: 'PACKAGE-MANAGER',
                    referenceType: 'purl',
                    referenceLocator: item.purl,
                },
            ],
        };
        if ('checksums' in item && item.checksums.length > 0) {
            spdx.checksums = item.checksums.map((checksum) => ({
                algorithm: checksum.algorithm,
                checksumValue: checksum.value,
            }));
        }
        if ('scope' in item && item.scope !== 'runtime')
            spdx.comment = `scope: ${item.scope}`;
        return spdx;
    };
    const relationships = [];
    const relate = (from, edges) => {
        for (const edge of edges) {
            if (!included.has(edge.to))
                continue;
            const { type, reverse } = RELATIONSHIP[edge.kind];
            relationships.push(reverse
                ? { spdxElementId: idOf(edge.to), relationshipType: type, relatedSpdxElement: idOf(from) }
                : {
                    spdxElementId: idOf(from),
                    relationshipType: type,
                    relatedSpdxElement: idOf(edge.to),
                });
        }
    };
    for (const project of model.projects) {
        if (project !== root) {
            relationships.push({
                spdxElementId: idOf(root.id),
                relationshipType: 'CONTAINS',
                relatedSpdxElement: idOf(project.id),
            });
        }
        relate(project.id, project.dependencies);
    }
    for (const pkg of packages)
        relate(pkg.id, pkg.dependencies);
    relationships.sort((a, b) => (0,src_model/* compare */.UD)(a.spdxElementId, b.spdxElementId) ||
        (0,src_model/* compare */.UD)(a.relationshipType, b.relationshipType) ||
        (0,src_model/* compare */.UD)(a.relatedSpdxElement, b.relatedSpdxElement));
    const digest = (0,src_model/* modelDigest */.a9)(model, `spdx-2.3\0${String(options.includeDev)}`);
    const documentName = `${root.name}@${root.version}`;
    return {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: 'SPDXRef-DOCUMENT',
        name: documentName,
        documentNamespace: `https://spdx.org/spdxdocs/${encodeURIComponent(root.name)}-${root.version}-${(0,src_model/* uuidFromDigest */.wc)(digest)}`,
        creationInfo: {
            created: spdxTime(options.created),
            creators: [`Tool: ${TOOL_NAME}-${TOOL_VERSION}`],
        },
        documentDescribes: [idOf(root.id)],
        packages: [
            describe(root, 'APPLICATION'),
            ...model.projects
                .filter((project) => project !== root)
                .map((project) => describe(project, 'LIBRARY')),
            ...packages.map((pkg) => describe(pkg, 'LIBRARY')),
        ],
        relationships: [
            {
                spdxElementId: 'SPDXRef-DOCUMENT',
                relationshipType: 'DESCRIBES',
                relatedSpdxElement: idOf(root.id),
            },
            ...relationships,
        ],
    };
}
function serializeSpdx(document) {
    return `${JSON.stringify(document, null, 2)}\n`;
}

// EXTERNAL MODULE: ./node_modules/.pnpm/packageurl-js@2.0.1/node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(37970);
;// CONCATENATED MODULE: ./actions/sbom-attest/src/validate.ts
/**
 * Validation before anything is signed: SPDX 2.3 against the official schema (compiled from
 * schemas/spdx-2.3.1-schema.json), CycloneDX against the schema of its specVersion shipped in
 * @cyclonedx/cyclonedx-library (1.6 precompiled from the library's schema; other versions with
 * the library's JsonValidator), every purl parsed with packageurl-js, SPDX ids and references
 * checked, and the size limit of GitHub's attestations. Each problem names the element.
 */



/** GitHub refuses attestations whose bundle is larger than 16 MB. */
const MAX_ATTESTATION_BYTES = 16 * 1024 * 1024;
/** Schema errors reported per document; the rest are counted. */
const MAX_REPORTED = 20;
/** The size check alone, before the document is even parsed. */
function checkSize(bytes, file) {
    if (bytes <= MAX_ATTESTATION_BYTES)
        return undefined;
    return new src_errors/* InputError */.dz({ file }, `is ${(bytes / (1024 * 1024)).toFixed(1)} MB (${bytes} bytes), over GitHub's 16 MB attestation limit (${MAX_ATTESTATION_BYTES} bytes); it was not signed`);
}
/** Validates one SBOM given as text; `file` names it in every error. */
async function validateSbom(text, file) {
    const tooLarge = checkSize(Buffer.byteLength(text), file);
    if (tooLarge)
        return { errors: [tooLarge] };
    let document;
    try {
        document = (0,common/* parseJson */.qF)(text, file);
    }
    catch (error) {
        if (error instanceof src_errors/* InputError */.dz)
            return { errors: [error] };
        throw error;
    }
    if ((0,common/* isRecord */.u4)(document) && typeof document.spdxVersion === 'string') {
        return validateSpdx(document, file);
    }
    if ((0,common/* isRecord */.u4)(document) && document.bomFormat === 'CycloneDX') {
        return validateCycloneDx(document, text, file);
    }
    return {
        errors: [
            new src_errors/* InputError */.dz({ file }, 'is neither an SPDX document (spdxVersion) nor a CycloneDX BOM (bomFormat)'),
        ],
    };
}
async function validateSpdx(document, file) {
    const version = String(document.spdxVersion);
    if (version !== 'SPDX-2.3') {
        return {
            format: 'spdx',
            version,
            errors: [new src_errors/* InputError */.dz({ file }, `is ${version}; only SPDX-2.3 is validated and signed`)],
        };
    }
    const { validate } = await __webpack_require__.e(/* import() */ 549).then(__webpack_require__.bind(__webpack_require__, 34549));
    const errors = validate(document)
        ? []
        : schemaErrors(validate.errors ?? [], document, file, 'SPDX 2.3');
    errors.push(...spdxReferenceErrors(document, file), ...purlErrors(document, file));
    return { format: 'spdx', version, errors };
}
async function validateCycloneDx(document, text, file) {
    const specVersion = typeof document.specVersion === 'string' ? document.specVersion : '';
    const version = `CycloneDX-${specVersion}`;
    let errors;
    if (specVersion === '1.6') {
        const { validate } = await Promise.all(/* import() */[__webpack_require__.e(169), __webpack_require__.e(794)]).then(__webpack_require__.bind(__webpack_require__, 78794));
        errors = validate(document)
            ? []
            : schemaErrors(validate.errors ?? [], document, file, 'CycloneDX 1.6');
    }
    else {
        // Other versions (documents made by other tools) go through the library's validator.
        const { JsonValidator } = await Promise.all(/* import() */[__webpack_require__.e(305), __webpack_require__.e(169), __webpack_require__.e(286)]).then(__webpack_require__.t.bind(__webpack_require__, 9286, 23));
        const { Version } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 86214, 23));
        if (!Object.values(Version).includes(specVersion)) {
            return {
                format: 'cyclonedx',
                version,
                errors: [
                    new src_errors/* InputError */.dz({ file }, `has specVersion ${JSON.stringify(document.specVersion)}, which CycloneDX does not define`),
                ],
            };
        }
        // One of the enum's values, as checked above.
        const known = Object.values(Version).find((item) => item === specVersion);
        if (known === undefined)
            throw new Error(`unknown CycloneDX version ${specVersion}`);
        const result = await new JsonValidator(known).validate(text);
        errors =
            result === null
                ? []
                : schemaErrors(result, document, file, `CycloneDX ${specVersion}`);
    }
    errors.push(...purlErrors(document, file));
    return { format: 'cyclonedx', version, errors };
}
/** The value at a JSON pointer, and the nearest element on the way that has an id. */
function elementAt(document, pointer) {
    let current = document;
    let element;
    for (const raw of pointer.split('/').slice(1)) {
        const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(current))
            current = current[Number(segment)];
        else if ((0,common/* isRecord */.u4)(current))
            current = current[segment];
        else
            break;
        if ((0,common/* isRecord */.u4)(current)) {
            if (typeof current['bom-ref'] === 'string')
                element = `component \`${current['bom-ref']}\``;
            else if (typeof current.SPDXID === 'string')
                element = `element \`${current.SPDXID}\``;
        }
    }
    return element;
}
function describeSchemaError(error) {
    const params = error.params;
    if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
        return `${error.message ?? 'is invalid'}: ${params.allowedValues.map(String).join(', ')}`;
    }
    if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
        return `must not have the property \`${params.additionalProperty}\``;
    }
    return error.message ?? `fails ${error.keyword}`;
}
function schemaErrors(errors, document, file, schema) {
    const seen = new Set();
    const result = [];
    for (const error of errors) {
        const pointer = error.instancePath || '/';
        const element = elementAt(document, error.instancePath);
        const reason = `${element ? `${element} ` : ''}at ${pointer} ${describeSchemaError(error)} (${schema} schema)`;
        if (seen.has(reason))
            continue;
        seen.add(reason);
        result.push(new src_errors/* InputError */.dz({ file }, reason));
    }
    if (result.length > MAX_REPORTED) {
        const rest = result.length - MAX_REPORTED;
        return [
            ...result.slice(0, MAX_REPORTED),
            new src_errors/* InputError */.dz({ file }, `${rest} more schema error${rest === 1 ? '' : 's'} not shown`),
        ];
    }
    return result;
}
const SPDX_ID = /^SPDXRef-[A-Za-z0-9.-]+$/;
/** SPDX ids the schema does not check: their syntax, and that every reference names an element. */
function spdxReferenceErrors(document, file) {
    const errors = [];
    const ids = new Set(['SPDXRef-DOCUMENT']);
    for (const field of ['packages', 'files', 'snippets']) {
        const items = document[field];
        if (!Array.isArray(items))
            continue;
        items.forEach((item, index) => {
            if (!(0,common/* isRecord */.u4)(item) || typeof item.SPDXID !== 'string')
                return;
            ids.add(item.SPDXID);
            if (!SPDX_ID.test(item.SPDXID)) {
                errors.push(new src_errors/* InputError */.dz({ file }, `element \`${item.SPDXID}\` at /${field}/${index}/SPDXID is not a valid SPDX identifier (SPDXRef- followed by letters, digits, \`.\` and \`-\`)`));
            }
        });
    }
    const dangling = new Map();
    const refer = (id, pointer) => {
        if (typeof id !== 'string' ||
            ids.has(id) ||
            /^(NONE|NOASSERTION)$/.test(id) ||
            id.startsWith('DocumentRef-')) {
            return;
        }
        dangling.set(id, [...(dangling.get(id) ?? []), pointer]);
    };
    if (Array.isArray(document.documentDescribes)) {
        document.documentDescribes.forEach((id, index) => {
            refer(id, `/documentDescribes/${index}`);
        });
    }
    if (Array.isArray(document.relationships)) {
        document.relationships.forEach((relationship, index) => {
            if (!(0,common/* isRecord */.u4)(relationship))
                return;
            refer(relationship.spdxElementId, `/relationships/${index}/spdxElementId`);
            refer(relationship.relatedSpdxElement, `/relationships/${index}/relatedSpdxElement`);
        });
    }
    for (const [id, pointers] of dangling) {
        const more = pointers.length > 1
            ? ` and ${pointers.length - 1} more place${pointers.length > 2 ? 's' : ''}`
            : '';
        errors.push(new src_errors/* InputError */.dz({ file }, `\`${id}\` is referenced at ${pointers[0] ?? ''}${more} but no element has that SPDXID`));
    }
    return errors;
}
/** Every purl: CycloneDX `purl` fields (nested components too) and SPDX purl external refs. */
function purlErrors(document, file) {
    const errors = [];
    const check = (purl, pointer, element) => {
        if (typeof purl !== 'string')
            return;
        try {
            packageurl_js.PackageURL.fromString(purl);
        }
        catch (error) {
            const reason = (0,common/* isRecord */.u4)(error) && typeof error.message === 'string' ? error.message : String(error);
            errors.push(new src_errors/* InputError */.dz({ file }, `${element} at ${pointer} has an invalid purl \`${purl}\`: ${reason}`));
        }
    };
    const walkComponents = (items, pointer) => {
        if (!Array.isArray(items))
            return;
        items.forEach((item, index) => {
            if (!(0,common/* isRecord */.u4)(item))
                return;
            const here = `${pointer}/${index}`;
            const name = typeof item['bom-ref'] === 'string' ? item['bom-ref'] : String(item.name);
            check(item.purl, `${here}/purl`, `component \`${name}\``);
            walkComponents(item.components, `${here}/components`);
        });
    };
    if ((0,common/* isRecord */.u4)(document.metadata) && (0,common/* isRecord */.u4)(document.metadata.component)) {
        const root = document.metadata.component;
        check(root.purl, '/metadata/component/purl', `component \`${String(root['bom-ref'] ?? root.name)}\``);
        walkComponents(root.components, '/metadata/component/components');
    }
    walkComponents(document.components, '/components');
    if (Array.isArray(document.packages)) {
        document.packages.forEach((pkg, index) => {
            if (!(0,common/* isRecord */.u4)(pkg) || !Array.isArray(pkg.externalRefs))
                return;
            pkg.externalRefs.forEach((ref, refIndex) => {
                if ((0,common/* isRecord */.u4)(ref) && ref.referenceType === 'purl') {
                    check(ref.referenceLocator, `/packages/${index}/externalRefs/${refIndex}/referenceLocator`, `element \`${String(pkg.SPDXID)}\``);
                }
            });
        });
    }
    return errors;
}

;// CONCATENATED MODULE: ./actions/sbom-attest/src/run.ts
/**
 * sbom-attest: SPDX 2.3 and CycloneDX 1.6 SBOMs from a lockfile, validated, and (in the
 * action) signed as attestations bound to the release artifacts.
 *
 * Exports and what they return:
 * - `generateSboms(root, options)` → `{ files, report, model, documents }`: offline. `files`
 *   lists each SBOM written (format, absolute path, bytes, package count); `report` is a
 *   @palisade/core Report whose `errors` hold every unusable input (lockfile, configuration)
 *   and every validation failure (the SBOM is then not written); `model` is the lockfile's
 *   neutral model (undefined when it could not be read); `documents` the SBOM texts by format.
 * - `runSbomAttest(inputs)` → `{ exitCode, generated, attestations, releaseAssets,
 *   storageRecords }`: the whole action flow: generate, then (when subjects are given) sign
 *   and store each SBOM, optionally a provenance attestation, upload release assets, create
 *   storage records. Signing code loads only then.
 * - `validateSbom(text, file)` → `{ format, version, errors }` (re-exported from validate.ts).
 * (Subjects are resolved by subjects.ts `resolveSubjects(root, inputs)`; it loads only when signing.)
 */









/** Whether any subject input is set: signing mode. (subjects.ts, with its glob matcher, loads only then.) */
function hasSubjects(inputs) {
    return Boolean(inputs.subjectPath || inputs.subjectDigest || inputs.subjectChecksums);
}

const SBOM_FORMATS = ['spdx', 'cyclonedx'];
const DEFAULT_OUTPUT_DIR = 'sbom';
/** The base of the SBOM file names: the root project's name and version, file-name safe. */
function baseName(model) {
    const root = model.projects[0];
    const name = (root?.name ?? 'project').replace(/^@/, '').replace(/[^A-Za-z0-9._-]+/g, '-');
    return `${name}-${root?.version ?? '0.0.0'}`;
}
async function generateSboms(root, options = {}) {
    const report = {
        command: 'sbom-attest',
        rules: [],
        findings: [],
        errors: [],
        filesScanned: 0,
    };
    const result = { files: [], report, documents: {} };
    const loaded = await (0,config/* loadConfig */.Z9)(root, options.config === undefined ? {} : { file: options.config });
    report.errors.push(...loaded.errors);
    report.findings.push(...loaded.findings);
    const section = loaded.config['sbom-attest'];
    const formats = options.formats ?? section.formats ?? [...SBOM_FORMATS];
    const includeDev = options.includeDev ?? section['include-dev'] ?? false;
    const outputDir = external_node_path_default().resolve(root, options.outputDir ?? section['output-dir'] ?? DEFAULT_OUTPUT_DIR);
    let model;
    try {
        model = await readLockfile(root, options.lockfile);
    }
    catch (error) {
        if (!(error instanceof src_errors/* InputError */.dz))
            throw error;
        report.errors.push(error);
        report.errors = (0,src_errors/* sortErrors */.Cp)(report.errors);
        return result;
    }
    result.model = model;
    report.filesScanned = 1;
    const sbomOptions = {
        includeDev,
        created: creationTime(process.env, () => options.now ?? new Date()),
    };
    const packages = selectedPackages(model, includeDev).length + model.projects.length - 1;
    report.scope = `${model.lockfile} (${model.format}), ${packages} packages`;
    const base = baseName(model);
    for (const format of SBOM_FORMATS.filter((name) => formats.includes(name))) {
        const text = format === 'spdx'
            ? serializeSpdx(toSpdx(model, sbomOptions))
            : serializeCycloneDx(toCycloneDx(model, sbomOptions));
        const file = external_node_path_default().join(outputDir, `${base}.${format === 'spdx' ? 'spdx' : 'cdx'}.json`);
        const relative = external_node_path_default().relative(root, file).split((external_node_path_default()).sep).join('/');
        // Validated before it is written: an invalid SBOM never reaches the disk or a signature.
        const validation = await validateSbom(text, relative);
        if (validation.errors.length > 0) {
            report.errors.push(...validation.errors);
            continue;
        }
        result.documents[format] = text;
        if (options.write !== false) {
            await (0,promises_.mkdir)(outputDir, { recursive: true });
            await (0,promises_.writeFile)(file, text);
        }
        result.files.push({
            format,
            path: file,
            bytes: Buffer.byteLength(text),
            packages,
            predicateType: format === 'spdx' ? SPDX_PREDICATE_TYPE : CYCLONEDX_PREDICATE_TYPE,
        });
    }
    report.errors = (0,src_errors/* sortErrors */.Cp)(report.errors);
    return result;
}
/** The release tag of a `release` event's payload (GITHUB_EVENT_PATH), if any. */
async function releaseTagFromEvent(env) {
    if (env.GITHUB_EVENT_NAME !== 'release' || !env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        const { readFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
        const payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8'));
        return typeof payload.release?.tag_name === 'string' ? payload.release.tag_name : undefined;
    }
    catch {
        return undefined;
    }
}
async function runSbomAttest(inputs) {
    const root = path.resolve(inputs.path);
    const generated = await generateSboms(root, {
        ...(inputs.formats ? { formats: inputs.formats } : {}),
        ...(inputs.includeDev !== undefined ? { includeDev: inputs.includeDev } : {}),
        ...(inputs.outputDir ? { outputDir: inputs.outputDir } : {}),
        ...(inputs.lockfile ? { lockfile: inputs.lockfile } : {}),
        ...(inputs.config ? { config: inputs.config } : {}),
        ...(inputs.now ? { now: inputs.now } : {}),
    });
    const result = {
        exitCode: exitCodeFor(generated.report, 'error'),
        generated,
        attestations: [],
        releaseAssets: [],
        storageRecords: [],
    };
    const signs = hasSubjects(inputs);
    const tag = inputs.releaseTag ?? (await releaseTagFromEvent(process.env));
    const upload = inputs.uploadReleaseAssets === 'true' ||
        (inputs.uploadReleaseAssets === 'auto' && tag !== undefined);
    // Nothing is signed or published when any SBOM could not be made or validated.
    if (generated.report.errors.length > 0 || (!signs && !upload && !inputs.registryUrl))
        return result;
    if (!inputs.token) {
        throw new UsageError('a GitHub token is needed to sign, upload or record: set `github-token`');
    }
    const { signSboms, uploadReleaseAssets, createStorageRecords } = await Promise.all(/* import() */[__webpack_require__.e(727), __webpack_require__.e(923), __webpack_require__.e(251)]).then(__webpack_require__.bind(__webpack_require__, 19251));
    const { resolveSubjects } = await Promise.all(/* import() */[__webpack_require__.e(693), __webpack_require__.e(475)]).then(__webpack_require__.bind(__webpack_require__, 95475));
    const subjects = signs || inputs.registryUrl ? await resolveSubjects(root, inputs) : [];
    if (signs) {
        const bundleDir = path.resolve(root, inputs.bundleDir ?? path.dirname(generated.files[0]?.path ?? root));
        result.attestations = await signSboms(generated.files.map((file) => ({
            file: file.path,
            predicateType: file.predicateType,
            bundlePath: path.join(bundleDir, `${path.basename(file.path, '.json')}.sigstore.json`),
        })), {
            token: inputs.token,
            subjects,
            ...(inputs.sigstore ? { sigstore: inputs.sigstore } : {}),
            ...(process.env.GITHUB_API_URL ? { apiUrl: process.env.GITHUB_API_URL } : {}),
            repository: process.env.GITHUB_REPOSITORY ?? '',
            serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com',
        }, inputs.provenance ? path.join(bundleDir, 'provenance.sigstore.json') : undefined);
    }
    if (upload) {
        if (!tag)
            throw new UsageError('`upload-release-assets: true` needs `release-tag` outside a release event');
        result.releaseAssets = await uploadReleaseAssets(generated.files.map((file) => ({ name: path.basename(file.path), file: file.path })), tag, {
            token: inputs.token,
            repository: process.env.GITHUB_REPOSITORY ?? '',
            ...(process.env.GITHUB_API_URL ? { apiUrl: process.env.GITHUB_API_URL } : {}),
        });
    }
    if (inputs.registryUrl) {
        result.storageRecords = await createStorageRecords(subjects, {
            registryUrl: inputs.registryUrl,
            token: inputs.token,
            ...(inputs.artifactUrl ? { artifactUrl: inputs.artifactUrl } : {}),
        });
    }
    return result;
}


/***/ }),

/***/ 83484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   ZA: () => (/* binding */ suggest),
/* harmony export */   ln: () => (/* binding */ CONFIG_SCHEMA),
/* harmony export */   y$: () => (/* binding */ CONFIG_HELP_URI)
/* harmony export */ });
/* unused harmony export DEFAULT_CONFIG_FILE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(637);
/* harmony import */ var _repository_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57589);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23380);





/** Where the configuration lives, relative to the repository root. */
const DEFAULT_CONFIG_FILE = '.github/palisade.yml';
const failOn = { type: 'enum', values: _findings_js__WEBPACK_IMPORTED_MODULE_2__/* .FAIL_ON_VALUES */ .Qm };
const text = { type: 'string' };
const flag = { type: 'boolean' };
const texts = { type: 'list', of: text };
/**
 * The schema of `.github/palisade.yml`: top-level keys, and one section per action. Unknown
 * keys are errors, so a misspelt setting never silently falls back to its default.
 */
const CONFIG_SCHEMA = {
    top: {
        exclude: texts,
        'fail-on': failOn,
    },
    sections: {
        'pin-check': {
            allow: { type: 'allow-list', match: { uses: text } },
            'history-rewriting': { type: 'allow-list', match: { uses: text } },
            'require-version-comment': flag,
            'fail-on': failOn,
        },
        'permission-lint': {
            preset: { type: 'enum', values: ['scorecard', 'strict'] },
            'job-scopes': texts,
            allow: { type: 'allow-list', match: { rule: text, workflow: text, job: text, scope: text } },
            'fail-on': failOn,
        },
        'sbom-attest': {
            formats: { type: 'list', of: { type: 'enum', values: ['spdx', 'cyclonedx'] } },
            'include-dev': flag,
            'output-dir': text,
        },
        'provenance-gate': {
            'signer-workflow': text,
            'signer-repo': text,
            'source-repo': text,
            'source-ref': text,
            issuer: text,
            'predicate-type': texts,
            'deny-self-hosted-runners': flag,
            'max-age': text,
        },
        'invariant-gate': {
            index: text,
            'gated-tiers': texts,
            tiers: texts,
            severities: texts,
            'witness-classes': texts,
            'require-mention': flag,
            'mention-pattern': text,
            'verify-external': flag,
            'max-unmentioned': { type: 'integer', min: 0 },
        },
        'advisory-id': {
            prefix: text,
            'ledger-ref': text,
            'ledger-repository': text,
            index: text,
            changelog: text,
            advisories: text,
            'fail-on': failOn,
        },
    },
};
function emptyConfig() {
    const sections = Object.fromEntries(Object.keys(CONFIG_SCHEMA.sections).map((name) => [name, {}]));
    return { ...sections };
}
const CONFIG_HELP_URI = `${_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .PALISADE_REPOSITORY_URL */ .Dl}#configuration`;
/**
 * Reads and validates the configuration once. A missing default file means defaults; a file
 * named explicitly must exist.
 */
async function loadConfig(root, options = {}) {
    const file = options.file ?? DEFAULT_CONFIG_FILE;
    const result = { config: emptyConfig(), findings: [], errors: [] };
    if (options.file === undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, file)))
        return result;
    // The YAML parser loads only when there is a file to read: most runs have none.
    const { ConfigReader, YamlFile } = await Promise.all(/* import() */[__webpack_require__.e(9), __webpack_require__.e(882)]).then(__webpack_require__.bind(__webpack_require__, 20882));
    let source;
    try {
        source = YamlFile.parse(file, await (0,_repository_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRepositoryFile */ .tz)(root, file));
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz))
            throw error;
        result.errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(error.location, error.reason));
        return result;
    }
    result.config.file = file;
    new ConfigReader(source, result, options.today ?? new Date()).read();
    return result;
}
/** ` (did you mean `x`?)` for a near miss (two edits or fewer) among the known keys, else ``. */
function suggest(key, known) {
    let best;
    let bestDistance = 3;
    for (const candidate of known) {
        const distance = editDistance(key, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best ? ` (did you mean \`${best}\`?)` : '';
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}


/***/ }),

/***/ 57589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TQ: () => (/* binding */ describeFsError),
/* harmony export */   Ym: () => (/* binding */ checkSymlink),
/* harmony export */   j8: () => (/* binding */ SKIPPED_DIRECTORIES),
/* harmony export */   tz: () => (/* binding */ readRepositoryFile)
/* harmony export */ });
/* unused harmony export MAX_FILE_BYTES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(637);
/**
 * Reading one repository file safely. Kept apart from discovery (files.ts) so a check that only
 * reads files does not load the glob matcher.
 */



/** Files larger than this are refused before they are read. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Folders never searched: version control, dependencies and build output. */
const SKIPPED_DIRECTORIES = ['.git', 'node_modules', 'dist'];
/** A symlink is usable when it resolves to a regular file inside the repository. */
async function checkSymlink(root, relative) {
    let target;
    try {
        target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, relative));
    }
    catch (error) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: relative }, `cannot read the file: broken symbolic link (${describeFsError(error)})`);
    }
    if (!isInside(root, target)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: relative }, 'symbolic link points outside the repository; it is not followed');
    }
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target)).isDirectory() ? 'directory' : undefined;
}
function isInside(root, target) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, target);
    // `..name` is a file in the root; only `..` itself or a `../` prefix leaves it.
    return (relative !== '' &&
        relative !== '..' &&
        !relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) &&
        !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative));
}
/**
 * Reads a repository file as UTF-8 text, refusing what cannot be audited: a symlink out of
 * the repository, a file over MAX_FILE_BYTES, an empty file, bytes that are not UTF-8.
 * A leading byte-order mark is dropped.
 */
async function readRepositoryFile(root, relative) {
    const location = { file: relative };
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, relative);
    let bytes;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(absolute);
        if (info.isSymbolicLink()) {
            const problem = await checkSymlink(root, relative);
            if (problem instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
                throw problem;
            if (problem === 'directory')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(location, 'is a directory, not a file');
        }
        const size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute)).size;
        if (size > MAX_FILE_BYTES) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(location, `file is ${formatMegabytes(size)}, over the ${formatMegabytes(MAX_FILE_BYTES)} limit; it was not read`);
        }
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(absolute);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(location, `cannot read the file (${describeFsError(error)})`);
    }
    if (bytes.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(location, 'file is empty');
    return decodeUtf8(bytes, relative);
}
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
function decodeUtf8(bytes, file) {
    try {
        return decoder.decode(bytes);
    }
    catch {
        // Find the line of the first byte that is not UTF-8, to point the user at it.
        const lossy = bytes.toString('utf8');
        const bad = lossy.indexOf('\uFFFD');
        const line = bad < 0 ? undefined : lossy.slice(0, bad).split('\n').length;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(line === undefined ? { file } : { file, line }, 'file is not valid UTF-8 text');
    }
}
function formatMegabytes(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
/** `ENOENT: no such file or directory` without the absolute path Node puts in the message. */
function describeFsError(error) {
    if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
        const known = {
            ENOENT: 'no such file or directory',
            EACCES: 'permission denied',
            EPERM: 'operation not permitted',
            EISDIR: 'is a directory',
            ENOTDIR: 'not a directory',
            ELOOP: 'too many levels of symbolic links',
        };
        return known[error.code] ?? error.code;
    }
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error);
}


/***/ })

};
