export const id = 760;
export const ids = [760,550];
export const modules = {

/***/ 56980:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toMessageSignatureBundle = toMessageSignatureBundle;
exports.toDSSEBundle = toDSSEBundle;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const protobuf_specs_1 = __webpack_require__(21443);
const bundle_1 = __webpack_require__(58242);
// Message signature bundle - $case: 'messageSignature'
function toMessageSignatureBundle(options) {
    return {
        mediaType: options.certificateChain
            ? bundle_1.BUNDLE_V02_MEDIA_TYPE
            : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
            $case: 'messageSignature',
            messageSignature: {
                messageDigest: {
                    algorithm: protobuf_specs_1.HashAlgorithm.SHA2_256,
                    digest: options.digest,
                },
                signature: options.signature,
            },
        },
        verificationMaterial: toVerificationMaterial(options),
    };
}
// DSSE envelope bundle - $case: 'dsseEnvelope'
function toDSSEBundle(options) {
    return {
        mediaType: options.certificateChain
            ? bundle_1.BUNDLE_V02_MEDIA_TYPE
            : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
            $case: 'dsseEnvelope',
            dsseEnvelope: toEnvelope(options),
        },
        verificationMaterial: toVerificationMaterial(options),
    };
}
function toEnvelope(options) {
    return {
        payloadType: options.artifactType,
        payload: options.artifact,
        signatures: [toSignature(options)],
    };
}
function toSignature(options) {
    return {
        keyid: options.keyHint || '',
        sig: options.signature,
    };
}
// Verification material
function toVerificationMaterial(options) {
    return {
        content: toKeyContent(options),
        tlogEntries: [],
        timestampVerificationData: { rfc3161Timestamps: [] },
    };
}
function toKeyContent(options) {
    if (options.certificate) {
        if (options.certificateChain) {
            return {
                $case: 'x509CertificateChain',
                x509CertificateChain: {
                    certificates: [{ rawBytes: options.certificate }],
                },
            };
        }
        else {
            return {
                $case: 'certificate',
                certificate: { rawBytes: options.certificate },
            };
        }
    }
    else {
        return {
            $case: 'publicKey',
            publicKey: {
                hint: options.keyHint || '',
            },
        };
    }
}


/***/ }),

/***/ 58242:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = void 0;
exports.isBundleWithCertificateChain = isBundleWithCertificateChain;
exports.isBundleWithPublicKey = isBundleWithPublicKey;
exports.isBundleWithMessageSignature = isBundleWithMessageSignature;
exports.isBundleWithDsseEnvelope = isBundleWithDsseEnvelope;
exports.BUNDLE_V01_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
exports.BUNDLE_V02_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.2';
exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.3';
exports.BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
// Type guards for bundle variants.
function isBundleWithCertificateChain(b) {
    return b.verificationMaterial.content.$case === 'x509CertificateChain';
}
function isBundleWithPublicKey(b) {
    return b.verificationMaterial.content.$case === 'publicKey';
}
function isBundleWithMessageSignature(b) {
    return b.content.$case === 'messageSignature';
}
function isBundleWithDsseEnvelope(b) {
    return b.content.$case === 'dsseEnvelope';
}


/***/ }),

/***/ 31078:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValidationError = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
class ValidationError extends Error {
    constructor(message, fields) {
        super(message);
        this.fields = fields;
    }
}
exports.ValidationError = ValidationError;


/***/ }),

/***/ 85756:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = exports.vw = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
var build_1 = __webpack_require__(56980);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return build_1.toDSSEBundle; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return build_1.toMessageSignatureBundle; } });
var bundle_1 = __webpack_require__(58242);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V01_MEDIA_TYPE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V02_MEDIA_TYPE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_LEGACY_MEDIA_TYPE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_MEDIA_TYPE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.isBundleWithCertificateChain; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.isBundleWithDsseEnvelope; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.isBundleWithMessageSignature; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.isBundleWithPublicKey; } });
var error_1 = __webpack_require__(31078);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return error_1.ValidationError; } });
var serialized_1 = __webpack_require__(57368);
Object.defineProperty(exports, "vw", ({ enumerable: true, get: function () { return serialized_1.bundleFromJSON; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serialized_1.bundleToJSON; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serialized_1.envelopeFromJSON; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serialized_1.envelopeToJSON; } });
var validate_1 = __webpack_require__(27548);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundle; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundleLatest; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundleV01; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundleV02; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.isBundleV01; } });


/***/ }),

/***/ 57368:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const protobuf_specs_1 = __webpack_require__(21443);
const bundle_1 = __webpack_require__(58242);
const validate_1 = __webpack_require__(27548);
const bundleFromJSON = (obj) => {
    const bundle = protobuf_specs_1.Bundle.fromJSON(obj);
    switch (bundle.mediaType) {
        case bundle_1.BUNDLE_V01_MEDIA_TYPE:
            (0, validate_1.assertBundleV01)(bundle);
            break;
        case bundle_1.BUNDLE_V02_MEDIA_TYPE:
            (0, validate_1.assertBundleV02)(bundle);
            break;
        default:
            (0, validate_1.assertBundleLatest)(bundle);
            break;
    }
    return bundle;
};
exports.bundleFromJSON = bundleFromJSON;
const bundleToJSON = (bundle) => {
    return protobuf_specs_1.Bundle.toJSON(bundle);
};
exports.bundleToJSON = bundleToJSON;
const envelopeFromJSON = (obj) => {
    return protobuf_specs_1.Envelope.fromJSON(obj);
};
exports.envelopeFromJSON = envelopeFromJSON;
const envelopeToJSON = (envelope) => {
    return protobuf_specs_1.Envelope.toJSON(envelope);
};
exports.envelopeToJSON = envelopeToJSON;


/***/ }),

/***/ 27548:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assertBundle = assertBundle;
exports.assertBundleV01 = assertBundleV01;
exports.isBundleV01 = isBundleV01;
exports.assertBundleV02 = assertBundleV02;
exports.assertBundleLatest = assertBundleLatest;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const error_1 = __webpack_require__(31078);
// Performs basic validation of a Sigstore bundle to ensure that all required
// fields are populated. This is not a complete validation of the bundle, but
// rather a check that the bundle is in a valid state to be processed by the
// rest of the code.
function assertBundle(b) {
    const invalidValues = validateBundleBase(b);
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid bundle', invalidValues);
    }
}
// Asserts that the given bundle conforms to the v0.1 bundle format.
function assertBundleV01(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionPromise(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid v0.1 bundle', invalidValues);
    }
}
// Type guard to determine if Bundle is a v0.1 bundle.
function isBundleV01(b) {
    try {
        assertBundleV01(b);
        return true;
    }
    catch (e) {
        return false;
    }
}
// Asserts that the given bundle conforms to the v0.2 bundle format.
function assertBundleV02(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionProof(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid v0.2 bundle', invalidValues);
    }
}
// Asserts that the given bundle conforms to the newest (0.3) bundle format.
function assertBundleLatest(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionProof(b));
    invalidValues.push(...validateNoCertificateChain(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid bundle', invalidValues);
    }
}
function validateBundleBase(b) {
    const invalidValues = [];
    // Media type validation
    if (b.mediaType === undefined ||
        (!b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\+json;version=\d\.\d/) &&
            !b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\.v\d\.\d\+json/))) {
        invalidValues.push('mediaType');
    }
    // Content-related validation
    if (b.content === undefined) {
        invalidValues.push('content');
    }
    else {
        switch (b.content.$case) {
            case 'messageSignature':
                if (b.content.messageSignature.messageDigest === undefined) {
                    invalidValues.push('content.messageSignature.messageDigest');
                }
                else {
                    if (b.content.messageSignature.messageDigest.digest.length === 0) {
                        invalidValues.push('content.messageSignature.messageDigest.digest');
                    }
                }
                if (b.content.messageSignature.signature.length === 0) {
                    invalidValues.push('content.messageSignature.signature');
                }
                break;
            case 'dsseEnvelope':
                if (b.content.dsseEnvelope.payload.length === 0) {
                    invalidValues.push('content.dsseEnvelope.payload');
                }
                if (b.content.dsseEnvelope.signatures.length !== 1) {
                    invalidValues.push('content.dsseEnvelope.signatures');
                }
                else {
                    if (b.content.dsseEnvelope.signatures[0].sig.length === 0) {
                        invalidValues.push('content.dsseEnvelope.signatures[0].sig');
                    }
                }
                break;
        }
    }
    // Verification material-related validation
    if (b.verificationMaterial === undefined) {
        invalidValues.push('verificationMaterial');
    }
    else {
        if (b.verificationMaterial.content === undefined) {
            invalidValues.push('verificationMaterial.content');
        }
        else {
            switch (b.verificationMaterial.content.$case) {
                case 'x509CertificateChain':
                    if (b.verificationMaterial.content.x509CertificateChain.certificates
                        .length === 0) {
                        invalidValues.push('verificationMaterial.content.x509CertificateChain.certificates');
                    }
                    b.verificationMaterial.content.x509CertificateChain.certificates.forEach((cert, i) => {
                        if (cert.rawBytes.length === 0) {
                            invalidValues.push(`verificationMaterial.content.x509CertificateChain.certificates[${i}].rawBytes`);
                        }
                    });
                    break;
                case 'certificate':
                    if (b.verificationMaterial.content.certificate.rawBytes.length === 0) {
                        invalidValues.push('verificationMaterial.content.certificate.rawBytes');
                    }
                    break;
            }
        }
        if (b.verificationMaterial.tlogEntries === undefined) {
            invalidValues.push('verificationMaterial.tlogEntries');
        }
        else {
            if (b.verificationMaterial.tlogEntries.length > 0) {
                b.verificationMaterial.tlogEntries.forEach((entry, i) => {
                    if (entry.logId === undefined) {
                        invalidValues.push(`verificationMaterial.tlogEntries[${i}].logId`);
                    }
                    if (entry.kindVersion === undefined) {
                        invalidValues.push(`verificationMaterial.tlogEntries[${i}].kindVersion`);
                    }
                });
            }
        }
    }
    return invalidValues;
}
// Necessary for V01 bundles
function validateInclusionPromise(b) {
    const invalidValues = [];
    if (b.verificationMaterial &&
        b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
            if (entry.inclusionPromise === undefined) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionPromise`);
            }
        });
    }
    return invalidValues;
}
// Necessary for V02 and later bundles
function validateInclusionProof(b) {
    const invalidValues = [];
    if (b.verificationMaterial &&
        b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
            if (entry.inclusionProof === undefined) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof`);
            }
            else {
                if (entry.inclusionProof.checkpoint === undefined) {
                    invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof.checkpoint`);
                }
            }
        });
    }
    return invalidValues;
}
// Necessary for V03 and later bundles
function validateNoCertificateChain(b) {
    const invalidValues = [];
    /* istanbul ignore next */
    if (b.verificationMaterial?.content?.$case === 'x509CertificateChain') {
        invalidValues.push('verificationMaterial.content.$case');
    }
    return invalidValues;
}


/***/ }),

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


/***/ }),

/***/ 58760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  provenanceDisagreement: () => (/* binding */ provenanceDisagreement),
  verifyBundle: () => (/* binding */ verifyBundle)
});

// EXTERNAL MODULE: ./node_modules/.pnpm/@sigstore+bundle@4.0.0/node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(85756);
// EXTERNAL MODULE: ./node_modules/.pnpm/@sigstore+core@3.2.0/node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(96433);
// EXTERNAL MODULE: ./node_modules/.pnpm/@sigstore+verify@3.1.0/node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(5922);
;// CONCATENATED MODULE: ./actions/provenance-gate/src/certificate.ts
/** The Fulcio extensions the gate reads, by OID. */
const FULCIO_OIDS = {
    /** OIDC issuer, deprecated form (raw string), read when 1.8 is missing. */
    issuerV1: '1.3.6.1.4.1.57264.1.1',
    /** OIDC issuer (the token's `iss`). */
    issuer: '1.3.6.1.4.1.57264.1.8',
    /** Build Signer URI: the workflow that signed (a reusable workflow when one is called). */
    buildSignerUri: '1.3.6.1.4.1.57264.1.9',
    /** Build Signer Digest: the commit of the signer workflow. */
    buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
    /** Runner Environment: `github-hosted` or `self-hosted`. */
    runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
    /** Source Repository URI: the repository the run belongs to (the caller). */
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    /** Source Repository Digest: the commit built. */
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    /** Source Repository Ref: the ref built, e.g. `refs/tags/v1.2.3`. */
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
    /** Source Repository Identifier (numeric id). */
    sourceRepositoryIdentifier: '1.3.6.1.4.1.57264.1.15',
    /** Source Repository Owner Identifier (numeric id). */
    sourceRepositoryOwnerIdentifier: '1.3.6.1.4.1.57264.1.17',
    /** Build Config URI: the top-level workflow of the run, `…/file.yml@ref`. */
    buildConfigUri: '1.3.6.1.4.1.57264.1.18',
    /** Build Trigger: the event that started the run. */
    buildTrigger: '1.3.6.1.4.1.57264.1.20',
    /** Run Invocation URI: link to the run. */
    runInvocationUri: '1.3.6.1.4.1.57264.1.21',
};
/** Reads the Fulcio extensions of a signing certificate; a malformed value is left out. */
function identityOf(certificate) {
    const identity = { signedAt: certificate.notBefore };
    const san = certificate.subjectAltName;
    if (san)
        identity.subjectAlternativeName = san;
    for (const [name, oid] of Object.entries(FULCIO_OIDS)) {
        const extension = certificate.extension(oid);
        if (!extension)
            continue;
        // The deprecated 1.1 value is the raw string; from 1.8 on it is a DER UTF8String.
        const value = oid === FULCIO_OIDS.issuerV1
            ? extension.value.toString('utf8')
            : derUtf8String(extension.value);
        if (value === undefined)
            continue;
        // 1.1 comes before 1.8 in FULCIO_OIDS, so 1.8 wins when both are present.
        if (name === 'issuerV1') {
            identity.issuer ??= value;
        }
        else {
            identity[name] = value;
        }
    }
    return identity;
}
/** The text of a DER UTF8String (tag 0x0c, short or long length), or undefined. */
function derUtf8String(der) {
    if (der.length < 2 || der[0] !== 0x0c)
        return undefined;
    let length = der[1] ?? 0;
    let offset = 2;
    if (length & 0x80) {
        const bytes = length & 0x7f;
        if (bytes === 0 || bytes > 4 || der.length < 2 + bytes)
            return undefined;
        length = 0;
        for (let i = 0; i < bytes; i++)
            length = length * 256 + (der[2 + i] ?? 0);
        offset = 2 + bytes;
    }
    if (offset + length !== der.length)
        return undefined;
    return der.subarray(offset).toString('utf8');
}

// EXTERNAL MODULE: ./actions/provenance-gate/src/policy.ts
var src_policy = __webpack_require__(13292);
// EXTERNAL MODULE: ./actions/provenance-gate/src/rules.ts
var rules = __webpack_require__(66803);
// EXTERNAL MODULE: ./actions/provenance-gate/src/trust.ts
var trust = __webpack_require__(95550);
;// CONCATENATED MODULE: ./actions/provenance-gate/src/verify.ts
/**
 * One bundle, checked from the signature up: @sigstore/verify for the signature, certificate
 * chain, log entries and timestamps; then what the library leaves to its caller: the in-toto
 * statement, the predicate type, the signer identity against the policy, the SLSA
 * provenance's claims against the certificate, the runner and the age.
 */







const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const STATEMENT_TYPES = new Set([
    'https://in-toto.io/Statement/v1',
    'https://in-toto.io/Statement/v0.1',
]);
/** Checks one bundle against the roots and the policy at time `now`. */
function verifyBundle(source, roots, policy, now) {
    const attestation = { source: source.label, subjects: [] };
    const fail = (rule, reason) => {
        attestation.failure = { rule, reason };
        return attestation;
    };
    const statement = unverifiedStatement(source.json);
    if (statement) {
        attestation.subjects = statement.subjects;
        if (statement.predicateType)
            attestation.predicateType = statement.predicateType;
    }
    let bundle;
    try {
        bundle = (0,dist/* bundleFromJSON */.vw)(source.json);
    }
    catch (error) {
        return fail(rules/* INVALID_ATTESTATION */.RS, `malformed bundle: ${describeBundleError(error)}`);
    }
    if (bundle.content.$case !== 'dsseEnvelope') {
        return fail(rules/* INVALID_ATTESTATION */.RS, 'the bundle signs a bare message, not an in-toto attestation (no DSSE envelope)');
    }
    const certificate = signingCertificate(bundle);
    if (!certificate) {
        return fail(rules/* INVALID_ATTESTATION */.RS, 'the bundle is signed with a public key, not a Sigstore certificate, so it names no signer');
    }
    const identity = identityOf(certificate);
    attestation.identity = identity;
    describeIdentity(attestation, identity, policy.serverUrl);
    let firstError;
    for (const root of (0,trust.rootsFor)(certificate, roots)) {
        try {
            new verify_dist/* Verifier */.BL(root.material, root.thresholds).verify((0,verify_dist/* toSignedEntity */.DC)(bundle));
            attestation.root = root.name;
            break;
        }
        catch (error) {
            firstError ??= `${describeVerifyError(error)} (trusted root: ${root.name})`;
        }
    }
    if (!attestation.root) {
        return fail(rules/* INVALID_ATTESTATION */.RS, `the bundle does not verify: ${firstError ?? 'no trusted root'}`);
    }
    if (bundle.content.dsseEnvelope.payloadType !== IN_TOTO_PAYLOAD_TYPE || !statement?.valid) {
        return fail(rules/* INVALID_ATTESTATION */.RS, statement?.problem ??
            `the signed payload is \`${bundle.content.dsseEnvelope.payloadType}\`, not an in-toto statement`);
    }
    const predicateType = statement.predicateType ?? '';
    if (!policy.predicateTypes.includes(predicateType)) {
        return fail(rules/* PREDICATE_TYPE */.To, `the predicate type ${predicateType} is not one the policy requires (${policy.predicateTypes.join(', ')})`);
    }
    const mismatch = (0,src_policy/* identityMismatch */.tx)(policy, identity);
    if (mismatch)
        return fail(rules/* SIGNER_MISMATCH */.SI, mismatch);
    if (predicateType === src_policy/* SLSA_PROVENANCE_V1 */.us || predicateType === src_policy/* SLSA_PROVENANCE_V02 */.ZX) {
        const disagreement = provenanceDisagreement(statement.predicate, predicateType, identity);
        if (disagreement)
            return fail(rules/* PROVENANCE_MISMATCH */.nI, disagreement);
    }
    if (policy.denySelfHostedRunners && identity.runnerEnvironment !== 'github-hosted') {
        return fail(rules/* RUNNER_ENVIRONMENT */.tE, identity.runnerEnvironment === undefined
            ? 'the certificate does not say which kind of runner signed, and self-hosted runners are denied'
            : `the attestation was signed on a ${identity.runnerEnvironment} runner, and self-hosted runners are denied`);
    }
    if (policy.maxAgeMs !== undefined) {
        const age = now.getTime() - identity.signedAt.getTime();
        if (age > policy.maxAgeMs) {
            return fail(rules/* ATTESTATION_AGE */.J_, `the attestation was signed ${identity.signedAt.toISOString()}, ${formatAge(age)} ago, more than max-age allows`);
        }
    }
    return attestation;
}
function signingCertificate(bundle) {
    const content = bundle.verificationMaterial.content;
    const raw = content.$case === 'x509CertificateChain'
        ? content.x509CertificateChain.certificates[0]?.rawBytes
        : content.$case === 'certificate'
            ? content.certificate.rawBytes
            : undefined;
    if (!raw)
        return undefined;
    try {
        return core_dist.X509Certificate.parse(Buffer.from(raw));
    }
    catch {
        return undefined;
    }
}
function describeIdentity(attestation, identity, server) {
    const signerUri = identity.buildSignerUri ?? identity.subjectAlternativeName;
    const signer = (0,src_policy/* parseWorkflowUri */.BK)(signerUri, server);
    const signerText = signer ? `${signer.repository}/${signer.path}@${signer.ref}` : signerUri;
    if (signerText)
        attestation.signerWorkflow = signerText;
    const source = (0,src_policy/* repositoryOf */._M)(identity.sourceRepositoryUri, server) ?? identity.sourceRepositoryUri;
    if (source)
        attestation.sourceRepository = source;
    if (identity.sourceRepositoryRef)
        attestation.sourceRef = identity.sourceRepositoryRef;
}
/** The in-toto statement in a bundle's DSSE payload, read without trusting it yet. */
function unverifiedStatement(json) {
    const envelope = isObject(json) && isObject(json.dsseEnvelope) ? json.dsseEnvelope : undefined;
    if (typeof envelope?.payload !== 'string')
        return undefined;
    let statement;
    try {
        statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    }
    catch {
        return {
            subjects: [],
            predicate: undefined,
            valid: false,
            problem: 'the signed payload is not JSON',
        };
    }
    if (!isObject(statement)) {
        return {
            subjects: [],
            predicate: undefined,
            valid: false,
            problem: 'the signed payload is not an in-toto statement',
        };
    }
    const subjects = [];
    let problem;
    if (!Array.isArray(statement.subject) || statement.subject.length === 0) {
        problem = 'the in-toto statement has no subjects';
    }
    else {
        for (const subject of statement.subject) {
            if (!isObject(subject) || !isObject(subject.digest)) {
                problem = 'a subject of the in-toto statement has no digest';
                continue;
            }
            const digest = {};
            for (const [algorithm, value] of Object.entries(subject.digest)) {
                if (typeof value === 'string')
                    digest[algorithm.toLowerCase()] = value.toLowerCase();
            }
            subjects.push({ name: typeof subject.name === 'string' ? subject.name : '', digest });
        }
    }
    if (typeof statement._type !== 'string' || !STATEMENT_TYPES.has(statement._type)) {
        problem ??= `the payload's _type is not an in-toto statement (${String(statement._type)})`;
    }
    const predicateType = typeof statement.predicateType === 'string' ? statement.predicateType : undefined;
    if (!predicateType)
        problem ??= 'the in-toto statement has no predicate type';
    const result = {
        subjects,
        predicate: statement.predicate,
        valid: problem === undefined,
    };
    if (predicateType)
        result.predicateType = predicateType;
    if (problem)
        result.problem = problem;
    return result;
}
/**
 * Where the SLSA provenance's account of the build differs from the certificate's: the
 * workflow (repository, path, ref), the commit, and the GitHub ids, trigger and runner when
 * the provenance states them. Undefined when they agree.
 */
function provenanceDisagreement(predicate, predicateType, identity) {
    const claims = predicateType === src_policy/* SLSA_PROVENANCE_V1 */.us ? claimsV1(predicate) : claimsV02(predicate);
    if (typeof claims === 'string')
        return claims;
    const compare = (what, claimed, certified) => {
        if (claimed === undefined)
            return undefined;
        if (certified === undefined) {
            return `the provenance claims ${what} ${claimed}, and the certificate does not state it`;
        }
        return claimed === certified
            ? undefined
            : `the provenance claims ${what} ${claimed}, but the certificate says ${certified}`;
    };
    return (compare('the repository', claims.repository, identity.sourceRepositoryUri) ??
        compare('the ref', claims.ref, identity.sourceRepositoryRef) ??
        compare('the workflow', claims.workflow, identity.buildConfigUri) ??
        compare('the commit', claims.commit, identity.sourceRepositoryDigest) ??
        compare('the repository id', claims.repositoryId, identity.sourceRepositoryIdentifier) ??
        compare('the owner id', claims.ownerId, identity.sourceRepositoryOwnerIdentifier) ??
        compare('the trigger', claims.event, identity.buildTrigger) ??
        compare('the runner environment', claims.runner, identity.runnerEnvironment));
}
function claimsV1(predicate) {
    const definition = isObject(predicate) ? predicate.buildDefinition : undefined;
    const external = isObject(definition) ? definition.externalParameters : undefined;
    const workflow = isObject(external) ? external.workflow : undefined;
    if (!isObject(workflow) ||
        typeof workflow.repository !== 'string' ||
        typeof workflow.path !== 'string' ||
        typeof workflow.ref !== 'string') {
        return 'the provenance does not name the workflow that built it (buildDefinition.externalParameters.workflow)';
    }
    const { repository, path, ref } = workflow;
    const dependencies = isObject(definition) ? definition.resolvedDependencies : undefined;
    const source = Array.isArray(dependencies)
        ? dependencies.find((dependency) => isObject(dependency) &&
            typeof dependency.uri === 'string' &&
            dependency.uri.startsWith('git+'))
        : undefined;
    if (!isObject(source) ||
        !isObject(source.digest) ||
        typeof source.digest.gitCommit !== 'string') {
        return 'the provenance does not name the commit it built (buildDefinition.resolvedDependencies)';
    }
    if (source.uri !== `git+${repository}@${ref}`) {
        return `the provenance's source ${String(source.uri)} is not its workflow's repository and ref (git+${repository}@${ref})`;
    }
    const internal = isObject(definition) ? definition.internalParameters : undefined;
    const github = isObject(internal) && isObject(internal.github) ? internal.github : {};
    const claims = {
        repository,
        ref,
        workflow: `${repository}/${path}@${ref}`,
        commit: source.digest.gitCommit,
    };
    if (typeof github.repository_id === 'string')
        claims.repositoryId = github.repository_id;
    if (typeof github.repository_owner_id === 'string')
        claims.ownerId = github.repository_owner_id;
    if (typeof github.event_name === 'string')
        claims.event = github.event_name;
    if (typeof github.runner_environment === 'string')
        claims.runner = github.runner_environment;
    return claims;
}
function claimsV02(predicate) {
    const invocation = isObject(predicate) ? predicate.invocation : undefined;
    const config = isObject(invocation) ? invocation.configSource : undefined;
    const match = isObject(config) && typeof config.uri === 'string'
        ? /^git\+(https:\/\/[^@]+)@(refs\/\S+)$/.exec(config.uri)
        : null;
    const commit = isObject(config) && isObject(config.digest) ? config.digest.sha1 : undefined;
    if (!isObject(config) ||
        !match ||
        typeof config.entryPoint !== 'string' ||
        typeof commit !== 'string') {
        return 'the provenance does not name the workflow and commit that built it (invocation.configSource)';
    }
    const repository = match[1] ?? '';
    const ref = match[2] ?? '';
    return { repository, ref, workflow: `${repository}/${config.entryPoint}@${ref}`, commit };
}
function describeBundleError(error) {
    const fields = isObject(error) && Array.isArray(error.fields) ? error.fields : [];
    const message = isObject(error) && typeof error.message === 'string' ? error.message : String(error);
    return fields.length > 0 ? `${fields.map(String).join(', ')} missing or invalid` : message;
}
function describeVerifyError(error) {
    if (!isObject(error))
        return String(error);
    const code = typeof error.code === 'string' ? error.code : undefined;
    const message = typeof error.message === 'string' ? error.message : 'unknown error';
    return code ? `${message} (${code})` : message;
}
function formatAge(ms) {
    const days = Math.floor(ms / 86_400_000);
    if (days >= 1)
        return `${days} day${days === 1 ? '' : 's'}`;
    const hours = Math.floor(ms / 3_600_000);
    if (hours >= 1)
        return `${hours} hour${hours === 1 ? '' : 's'}`;
    return `${Math.max(0, Math.floor(ms / 60_000))} minutes`;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ })

};
