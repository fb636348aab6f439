export const id = 550;
export const ids = [550];
export const modules = {

/***/ 95550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rootFromFile: () => (/* binding */ rootFromFile),
/* harmony export */   rootsFor: () => (/* binding */ rootsFor),
/* harmony export */   shippedRoots: () => (/* binding */ shippedRoots),
/* harmony export */   trustRoot: () => (/* binding */ trustRoot),
/* harmony export */   trustedRootFromJson: () => (/* binding */ trustedRootFromJson)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5922);
/* harmony import */ var _palisade_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(637);
/* harmony import */ var _palisade_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57589);
/**
 * Trusted roots: the Sigstore instances whose certificates, logs and timestamps the gate
 * accepts. Two ship with the action (trust/README.md says where they come from): public-good
 * Sigstore (public repositories: Rekor entries and SCTs) and GitHub's own instance (private
 * repositories: no log, one RFC 3161 timestamp). A `trusted-root` file replaces both.
 */




/** protobuf-specs' PublicKeyDetails numbers of the RSA PKCS#1 keys (read as `pkcs1`, not `spki`). */
const RSA_PKCS1_KEY_DETAILS = {
    PKCS1_RSA_PKCS1V5: 1,
    PKIX_RSA_PKCS1V5: 3,
    PKIX_RSA_PKCS1V15_2048_SHA256: 9,
    PKIX_RSA_PKCS1V15_3072_SHA256: 10,
    PKIX_RSA_PKCS1V15_4096_SHA256: 11,
};
/**
 * Converts a trusted root in its JSON form (as `gh attestation trusted-root` or the TUF
 * repository gives it) into what @sigstore/verify takes. Throws a message on bad structure.
 */
function trustedRootFromJson(value) {
    if (!isObject(value))
        throw new Error('a trusted root must be a JSON object');
    const root = value;
    if (typeof root.mediaType !== 'string' || !root.mediaType.includes('trustedroot')) {
        throw new Error('`mediaType` is not a Sigstore trusted root media type');
    }
    const authorities = (list, where) => {
        if (list === undefined)
            return [];
        if (!Array.isArray(list))
            throw new Error(`\`${where}\` must be a list`);
        return list.map((authority, i) => {
            const certificates = authority.certChain?.certificates;
            if (!Array.isArray(certificates) || certificates.length === 0) {
                throw new Error(`\`${where}[${i}].certChain.certificates\` is missing`);
            }
            return {
                subject: undefined,
                uri: '',
                certChain: {
                    certificates: certificates.map((certificate, j) => ({
                        rawBytes: base64(certificate.rawBytes, `${where}[${i}].certChain.certificates[${j}]`),
                    })),
                },
                validFor: validity(authority.validFor),
            };
        });
    };
    const logs = (list, where) => {
        if (list === undefined)
            return [];
        if (!Array.isArray(list))
            throw new Error(`\`${where}\` must be a list`);
        return list.map((log, i) => {
            const keyDetails = log.publicKey?.keyDetails ?? '';
            return {
                baseUrl: log.baseUrl ?? '',
                hashAlgorithm: 0,
                publicKey: {
                    rawBytes: base64(log.publicKey?.rawBytes, `${where}[${i}].publicKey.rawBytes`),
                    // Only the RSA PKCS#1 kinds change how the key is read; the rest are SPKI.
                    keyDetails: RSA_PKCS1_KEY_DETAILS[keyDetails] ?? 0,
                    validFor: validity(log.publicKey?.validFor),
                },
                logId: { keyId: base64(log.logId?.keyId, `${where}[${i}].logId.keyId`) },
                ...(log.checkpointKeyId?.keyId
                    ? { checkpointKeyId: { keyId: base64(log.checkpointKeyId.keyId, where) } }
                    : {}),
            };
        });
    };
    return {
        mediaType: root.mediaType,
        tlogs: logs(root.tlogs, 'tlogs'),
        ctlogs: logs(root.ctlogs, 'ctlogs'),
        certificateAuthorities: authorities(root.certificateAuthorities, 'certificateAuthorities'),
        timestampAuthorities: authorities(root.timestampAuthorities, 'timestampAuthorities'),
    };
}
/**
 * A root ready to verify with. Thresholds follow what the instance provides: a root with
 * transparency logs requires a log entry, one with CT logs an SCT; one timestamp is always
 * required (a log entry's integrated time or an RFC 3161 timestamp).
 */
function trustRoot(name, json) {
    const root = trustedRootFromJson(json);
    const material = (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_2__/* .toTrustMaterial */ .jO)(root);
    const caKeyIds = new Set();
    for (const authority of material.certificateAuthorities) {
        for (const certificate of authority.certChain) {
            const keyId = certificate.extSubjectKeyID?.keyIdentifier;
            if (keyId)
                caKeyIds.add(keyId.toString('hex'));
        }
    }
    return {
        name,
        material,
        thresholds: {
            tlogThreshold: material.tlogs.length > 0 ? 1 : 0,
            ctlogThreshold: material.ctlogs.length > 0 ? 1 : 0,
            timestampThreshold: 1,
        },
        caKeyIds,
    };
}
/** The two roots shipped with the action: public-good Sigstore, then GitHub's instance. */
async function shippedRoots() {
    const [{ default: publicGood }, { default: github }] = await Promise.all([
        __webpack_require__.e(/* import() */ 140).then(__webpack_require__.t.bind(__webpack_require__, 35140, 19)),
        __webpack_require__.e(/* import() */ 904).then(__webpack_require__.t.bind(__webpack_require__, 83904, 19)),
    ]);
    return [trustRoot('public-good Sigstore', publicGood), trustRoot('GitHub', github)];
}
/** A trusted root given by the user (input `trusted-root`); unusable → InputError (exit 2). */
async function rootFromFile(root, file) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, file);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(absolute, 'utf8');
    }
    catch (error) {
        throw new _palisade_core__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({ file }, `cannot read the trusted root: ${(0,_palisade_core__WEBPACK_IMPORTED_MODULE_4__/* .describeFsError */ .TQ)(error)}`);
    }
    try {
        return trustRoot(file, JSON.parse(text));
    }
    catch (error) {
        throw new _palisade_core__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({ file }, `not a usable Sigstore trusted root: ${error instanceof SyntaxError ? 'invalid JSON' : (0,_palisade_core__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
    }
}
/**
 * The roots to try for a signing certificate, best first: those whose CAs issued it (by key
 * identifier), then the others, so an unknown issuer still gets the library's own reason.
 */
function rootsFor(certificate, roots) {
    const issuerKey = certificate?.extAuthorityKeyID?.keyIdentifier?.toString('hex');
    if (!issuerKey)
        return [...roots];
    const matching = roots.filter((root) => root.caKeyIds.has(issuerKey));
    return [...matching, ...roots.filter((root) => !matching.includes(root))];
}
function validity(value) {
    if (!value)
        return undefined;
    const result = {};
    for (const key of ['start', 'end']) {
        const text = value[key];
        if (text === undefined)
            continue;
        const date = new Date(text);
        if (Number.isNaN(date.getTime()))
            throw new Error(`\`validFor.${key}\` is not a date`);
        result[key] = date;
    }
    return result;
}
function base64(value, where) {
    if (typeof value !== 'string' || value === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) {
        throw new Error(`\`${where}\` is not base64`);
    }
    return Buffer.from(value, 'base64');
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ })

};
