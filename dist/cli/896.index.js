export const id = 896;
export const ids = [896];
export const modules = {

/***/ 47896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePnpmLockfile: () => (/* binding */ parsePnpmLockfile)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _palisade_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(637);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88009);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49149);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30872);
/**
 * pnpm-lock.yaml, lockfileVersion 9: `importers` (the root and each workspace, with the
 * resolved version of every direct dependency), `packages` (resolution and metadata per
 * name@version) and `snapshots` (the dependencies of each package instance, peers resolved,
 * keyed `name@version(peer@version)…`).
 */





async function parsePnpmLockfile(text, file, readManifest) {
    let lock;
    try {
        lock = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text, { maxAliasCount: 1000 });
    }
    catch (error) {
        if (error instanceof yaml__WEBPACK_IMPORTED_MODULE_1__/* .YAMLParseError */ .XT) {
            const line = error.linePos?.[0].line;
            const reason = `is not valid YAML: ${error.message.split('\n')[0] ?? ''}`;
            throw new _palisade_core__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(line === undefined ? { file } : { file, line }, reason);
        }
        throw error;
    }
    if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(lock))
        throw new _palisade_core__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({ file }, 'is not a pnpm lockfile: not a YAML mapping');
    const version = lock.lockfileVersion;
    if (typeof version !== 'string' || !/^9\.\d+$/.test(version)) {
        throw new _palisade_core__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({ file, line: 1 }, `lockfileVersion ${JSON.stringify(version ?? null)} is not supported (9.0, written by pnpm 9 and later, is)`);
    }
    const importers = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(lock.importers) ? lock.importers : {};
    const packages = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(lock.packages) ? lock.packages : {};
    const snapshots = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(lock.snapshots) ? lock.snapshots : {};
    const parsed = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .emptyParse */ .RS)();
    const projectByPath = new Map();
    for (const importerPath of Object.keys(importers).sort()) {
        const manifest = await readManifest(importerPath);
        const project = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .makeProject */ .Mf)(manifest?.name, manifest?.version, importerPath, manifest?.license);
        projectByPath.set(importerPath, project);
    }
    const root = projectByPath.get('.');
    parsed.projects = root
        ? [root, ...[...projectByPath.values()].filter((project) => project !== root)]
        : [...projectByPath.values()];
    /** The snapshot key a dependency's version string points at. */
    const snapshotKey = (name, reference) => {
        const direct = `${name}@${reference}`;
        if (direct in snapshots)
            return direct;
        // An alias (`string-width-cjs: string-width@4.2.3`) names its real package.
        if (reference in snapshots)
            return reference;
        return undefined;
    };
    const idOfSnapshot = (key) => {
        const bare = key.replace(/\(.*$/, '');
        const [name, pkgVersion] = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .splitNameVersion */ .uK)(bare);
        return `${name}@${pkgVersion}`;
    };
    const linkTarget = (fromPath, reference) => {
        if (!reference.startsWith('link:'))
            return undefined;
        const target = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(fromPath, reference.slice(5))) || '.';
        return projectByPath.get(target)?.id;
    };
    for (const [importerPath, importer] of Object.entries(importers)) {
        const project = projectByPath.get(importerPath);
        if (!project || !(0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(importer))
            continue;
        const edges = [];
        const add = (field, kind) => {
            const deps = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(importer[field]) ? importer[field] : {};
            for (const [name, spec] of Object.entries(deps)) {
                const reference = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(spec) && typeof spec.version === 'string' ? spec.version : '';
                const to = linkTarget(importerPath, reference) ??
                    (snapshotKey(name, reference)
                        ? idOfSnapshot(snapshotKey(name, reference) ?? '')
                        : undefined);
                if (to)
                    edges.push({ to, kind });
            }
        };
        add('dependencies', 'runtime');
        add('optionalDependencies', 'optional');
        add('devDependencies', 'dev');
        project.dependencies = edges;
    }
    for (const [key, snapshot] of Object.entries(snapshots)) {
        const id = idOfSnapshot(key);
        const [name, pkgVersion] = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .splitNameVersion */ .uK)(id);
        const info = packages[id];
        const meta = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(info) ? info : {};
        const peers = new Set(Object.keys((0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .stringMap */ .Qi)(meta.peerDependencies)));
        const edges = [];
        if ((0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(snapshot)) {
            for (const [field, kind] of [
                ['dependencies', 'runtime'],
                ['optionalDependencies', 'optional'],
            ]) {
                for (const [dep, reference] of Object.entries((0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .stringMap */ .Qi)(snapshot[field]))) {
                    const target = snapshotKey(dep, reference);
                    if (target)
                        edges.push({ to: idOfSnapshot(target), kind: peers.has(dep) ? 'peer' : kind });
                }
            }
        }
        const resolution = (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(meta.resolution) ? meta.resolution : {};
        const integrity = typeof resolution.integrity === 'string' ? resolution.integrity : undefined;
        const resolved = typeof resolution.tarball === 'string'
            ? resolution.tarball
            : typeof resolution.repo === 'string' && typeof resolution.commit === 'string'
                ? `git+${resolution.repo}#${resolution.commit}`
                : undefined;
        const realVersion = typeof meta.version === 'string' ? meta.version : pkgVersion;
        (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .addPackage */ .Eb)(parsed, {
            id,
            name,
            version: realVersion,
            purl: (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .npmPurl */ .NP)(name, realVersion, resolved),
            checksums: (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .checksumsFromIntegrity */ .Sv)(integrity),
            scope: 'runtime',
            dependencies: edges,
            ...(resolved ? { resolved } : {}),
        }, `node_modules/.pnpm/${name.replace('/', '+')}@${pkgVersion}/node_modules/${name}`);
    }
    return parsed;
}


/***/ })

};
