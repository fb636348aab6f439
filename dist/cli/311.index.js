export const id = 311;
export const ids = [311];
export const modules = {

/***/ 71311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isBerryLockfile: () => (/* binding */ isBerryLockfile),
/* harmony export */   parseYarnBerryLockfile: () => (/* binding */ parseYarnBerryLockfile),
/* harmony export */   parseYarnClassicLockfile: () => (/* binding */ parseYarnClassicLockfile)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _palisade_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(637);
/* harmony import */ var _yarnpkg_parsers__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92601);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49149);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30872);
/**
 * yarn.lock, both generations, read with Yarn's own parser (`parseSyml`).
 * - v1 (classic): entries keyed by the ranges they satisfy (`"a@^1.0.0, a@^1.1.0"`), with
 *   `version`, `resolved`, `integrity` and `dependencies` as name → range. Workspaces and the
 *   root are not in the lockfile: they come from the package.json files.
 * - Berry (v2+, `__metadata`): keys are descriptors with a protocol (`a@npm:^1.0.0`),
 *   workspaces are entries (`app@workspace:.`), and `dependencies` mixes a workspace's
 *   dependencies and devDependencies, so its package.json tells which are dev.
 *   Berry's `checksum` hashes Yarn's zip archive of the package, not the registry tarball: it is
 *   not given as the package's checksum, since no one could check it against the download.
 */





function isBerryLockfile(text) {
    return /^__metadata:/m.test(text);
}
function parseYarnText(text, file) {
    try {
        return (0,_yarnpkg_parsers__WEBPACK_IMPORTED_MODULE_1__/* .parseSyml */ ["do"])(text);
    }
    catch (error) {
        const message = (0,_palisade_core__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error);
        const line = /line (\d+)/i.exec(message)?.[1];
        const reason = `is not a valid yarn.lock: ${message.split('\n')[0] ?? ''}`;
        throw new _palisade_core__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(line ? { file, line: Number(line) } : { file }, reason);
    }
}
/** Every descriptor of a key (`"a@^1, a@^1.2"` → [`a@^1`, `a@^1.2`]) mapped to the key. */
function descriptorIndex(lock) {
    const index = new Map();
    for (const key of Object.keys(lock)) {
        for (const descriptor of key.split(','))
            index.set(descriptor.trim().replace(/^"|"$/g, ''), key);
    }
    return index;
}
/** The package.json files of the root and its workspaces (globs ending in `/*` or exact paths). */
async function readWorkspaces(readManifest, listDirs) {
    const manifests = new Map();
    const root = await readManifest('.');
    if (!root)
        return manifests;
    manifests.set('.', root);
    const patterns = Array.isArray(root.workspaces)
        ? root.workspaces
        : (root.workspaces?.packages ?? []);
    for (const pattern of patterns) {
        const clean = pattern.replace(/\/+$/, '');
        const dirs = clean.endsWith('/*')
            ? (await listDirs(clean.slice(0, -2))).map((dir) => `${clean.slice(0, -2)}/${dir}`)
            : [clean];
        for (const dir of dirs.sort()) {
            const manifest = await readManifest(dir);
            if (manifest)
                manifests.set(dir, manifest);
        }
    }
    return manifests;
}
async function parseYarnClassicLockfile(text, file, readManifest, listDirs) {
    if (!/^# yarn lockfile v1\s*$/m.test(text)) {
        throw new _palisade_core__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({ file, line: 1 }, 'is not a yarn lockfile: no `# yarn lockfile v1` header and no `__metadata`');
    }
    const lock = parseYarnText(text, file);
    const index = descriptorIndex(lock);
    const parsed = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .emptyParse */ .RS)();
    const manifests = await readWorkspaces(readManifest, listDirs);
    const projectByName = new Map();
    for (const [dir, manifest] of manifests) {
        const project = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .makeProject */ .Mf)(manifest.name, manifest.version, dir, manifest.license);
        parsed.projects.push(project);
        projectByName.set(project.name, project);
    }
    const idOf = (name, range) => {
        const workspace = projectByName.get(name);
        if (workspace && (range.startsWith('workspace:') || !index.has(`${name}@${range}`))) {
            return workspace.id;
        }
        const key = index.get(`${name}@${range}`);
        const entry = key ? lock[key] : undefined;
        return (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(entry) && typeof entry.version === 'string'
            ? `${name}@${entry.version}`
            : undefined;
    };
    for (const [dir, manifest] of manifests) {
        const project = parsed.projects.find((candidate) => candidate.path === dir);
        if (project)
            project.dependencies = manifestEdges(manifest, idOf);
    }
    for (const [key, entry] of Object.entries(lock)) {
        if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(entry) || typeof entry.version !== 'string')
            continue;
        const [name] = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .splitNameVersion */ .uK)(key.split(',')[0]?.trim() ?? key);
        const resolved = typeof entry.resolved === 'string' ? entry.resolved : undefined;
        const checksums = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .checksumsFromIntegrity */ .Sv)(typeof entry.integrity === 'string' ? entry.integrity : undefined);
        const fromUrl = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .checksumFromUrlFragment */ .$)(resolved);
        if (fromUrl && !checksums.some((checksum) => checksum.algorithm === 'SHA1'))
            checksums.push(fromUrl);
        const edges = [];
        for (const [field, kind] of [
            ['dependencies', 'runtime'],
            ['optionalDependencies', 'optional'],
        ]) {
            for (const [dep, range] of Object.entries((0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .stringMap */ .Qi)(entry[field]))) {
                const to = idOf(dep, range);
                if (to)
                    edges.push({ to, kind });
            }
        }
        const cleanResolved = resolved?.replace(/#[0-9a-f]{40}$/, '');
        (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .addPackage */ .Eb)(parsed, {
            id: `${name}@${entry.version}`,
            name,
            version: entry.version,
            purl: (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .npmPurl */ .NP)(name, entry.version, cleanResolved),
            checksums,
            scope: 'runtime',
            dependencies: edges,
            ...(cleanResolved ? { resolved: cleanResolved } : {}),
        }, `node_modules/${name}`);
    }
    return parsed;
}
function manifestEdges(manifest, idOf) {
    const edges = [];
    for (const [field, kind] of [
        ['dependencies', 'runtime'],
        ['optionalDependencies', 'optional'],
        ['peerDependencies', 'peer'],
        ['devDependencies', 'dev'],
    ]) {
        for (const [name, range] of Object.entries(manifest[field] ?? {})) {
            const to = idOf(name, range);
            if (to)
                edges.push({ to, kind });
        }
    }
    return edges;
}
async function parseYarnBerryLockfile(text, file, readManifest) {
    const lock = parseYarnText(text, file);
    const metadata = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(lock.__metadata) ? lock.__metadata : {};
    const lockVersion = Number(metadata.version);
    if (!Number.isInteger(lockVersion) || lockVersion < 4) {
        throw new _palisade_core__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({ file, line: lineOf(text, '__metadata:') + 1 }, `__metadata.version ${JSON.stringify(metadata.version ?? null)} is not supported (4 and later, written by Yarn 2 and later, are)`);
    }
    delete lock.__metadata;
    const index = descriptorIndex(lock);
    const parsed = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .emptyParse */ .RS)();
    const entryOf = (descriptor) => {
        const key = index.get(descriptor);
        const entry = key ? lock[key] : undefined;
        return key && (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(entry) ? [key, entry] : undefined;
    };
    const workspaceIds = new Map();
    const idOfEntry = (entry) => {
        const resolution = typeof entry.resolution === 'string' ? entry.resolution : '';
        const [name, reference] = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .splitNameVersion */ .uK)(resolution);
        if (reference.startsWith('workspace:'))
            return workspaceIds.get(reference.slice(10))?.id;
        return typeof entry.version === 'string' ? `${name}@${entry.version}` : undefined;
    };
    // Workspaces first, so edges to them can be resolved.
    for (const entry of Object.values(lock)) {
        if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(entry) || typeof entry.resolution !== 'string')
            continue;
        const [name, reference] = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .splitNameVersion */ .uK)(entry.resolution);
        if (!reference.startsWith('workspace:'))
            continue;
        const dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(reference.slice(10)) || '.';
        const manifest = await readManifest(dir);
        const project = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .makeProject */ .Mf)(manifest?.name ?? name, manifest?.version ??
            (typeof entry.version === 'string' && !entry.version.includes('use.local')
                ? entry.version
                : undefined), dir, manifest?.license);
        workspaceIds.set(reference.slice(10), project);
        parsed.projects.push(project);
    }
    parsed.projects.sort((a, b) => a.path === '.' ? -1 : b.path === '.' ? 1 : a.path < b.path ? -1 : 1);
    for (const entry of Object.values(lock)) {
        if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(entry) || typeof entry.resolution !== 'string')
            continue;
        const id = idOfEntry(entry);
        if (!id)
            continue;
        const [, reference] = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .splitNameVersion */ .uK)(entry.resolution);
        const workspace = reference.startsWith('workspace:')
            ? workspaceIds.get(reference.slice(10))
            : undefined;
        const manifest = workspace ? await readManifest(workspace.path) : undefined;
        const devNames = new Set(Object.keys(manifest?.devDependencies ?? {}));
        const meta = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(entry.dependenciesMeta) ? entry.dependenciesMeta : {};
        const peers = new Set(Object.keys((0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .stringMap */ .Qi)(entry.peerDependencies)));
        const edges = [];
        for (const [field, baseKind] of [
            ['dependencies', 'runtime'],
            ['optionalDependencies', 'optional'],
        ]) {
            for (const [dep, range] of Object.entries((0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .stringMap */ .Qi)(entry[field]))) {
                const target = entryOf(`${dep}@${range}`) ?? entryOf(`${dep}@npm:${range}`);
                const to = target ? idOfEntry(target[1]) : undefined;
                if (!to)
                    continue;
                const depMeta = meta[dep];
                let kind = baseKind;
                if ((0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(depMeta) && depMeta.optional === true)
                    kind = 'optional';
                if (peers.has(dep))
                    kind = 'peer';
                if (devNames.has(dep))
                    kind = 'dev';
                edges.push({ to, kind });
            }
        }
        if (workspace) {
            workspace.dependencies = edges;
            continue;
        }
        const [name] = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .splitNameVersion */ .uK)(entry.resolution);
        const version = typeof entry.version === 'string' ? entry.version : '';
        const resolved = reference.startsWith('npm:') ? undefined : reference;
        (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .addPackage */ .Eb)(parsed, {
            id,
            name,
            version,
            purl: (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .npmPurl */ .NP)(name, version, resolved),
            checksums: [],
            scope: 'runtime',
            dependencies: edges,
            ...(resolved ? { resolved } : {}),
        }, `node_modules/${name}`);
    }
    return parsed;
}
function lineOf(text, needle) {
    const index = text.indexOf(needle);
    return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}


/***/ })

};
