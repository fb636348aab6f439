import{createRequire as __WEBPACK_EXTERNAL_createRequire}from"module";var __webpack_modules__={37970:(e,t,n)=>{
/*!
Copyright (c) the purl authors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
*/
const{PackageURL:r,PurlComponent:i,PurlQualifierNames:o,PurlType:s}=n(40087);e.exports={PackageURL:r,PurlComponent:i,PurlQualifierNames:o,PurlType:s}},75886:e=>{const t=1e6;const n=new URLSearchParams;const r="_";const i=2;e.exports={LOOP_SENTINEL:t,REUSED_SEARCH_PARAMS:n,REUSED_SEARCH_PARAMS_KEY:r,REUSED_SEARCH_PARAMS_OFFSET:i}},81461:(e,t,n)=>{const{PurlError:r}=n(55601);const{decodeURIComponent:i}=globalThis;function decodePurlComponent(e,t){try{return i(t)}catch{}throw new r(`unable to decode "${e}" component`)}e.exports={decodePurlComponent:decodePurlComponent}},27533:(e,t,n)=>{const{REUSED_SEARCH_PARAMS:r,REUSED_SEARCH_PARAMS_KEY:i,REUSED_SEARCH_PARAMS_OFFSET:o}=n(75886);const{isObject:s}=n(61515);const{isNonEmptyString:a}=n(97345);const{encodeURIComponent:c}=globalThis;function encodeNamespace(e){return a(e)?c(e).replace(/%3A/g,":").replace(/%2F/g,"/"):""}function encodeQualifierParam(e){if(a(e)){r.set(i,e);return replacePlusSignWithPercentEncodedSpace(r.toString().slice(o))}return""}function encodeQualifiers(e){if(s(e)){const t=Object.keys(e).sort();const n=new URLSearchParams;for(let r=0,{length:i}=t;r<i;r+=1){const i=t[r];n.set(i,e[i])}return replacePlusSignWithPercentEncodedSpace(n.toString())}return""}function encodeSubpath(e){return a(e)?c(e).replace(/%2F/g,"/"):""}function encodeVersion(e){return a(e)?c(e).replace(/%3A/g,":").replace(/%2B/g,"+"):""}function replacePlusSignWithPercentEncodedSpace(e){return e.replace(/\+/g,"%20")}e.exports={encodeNamespace:encodeNamespace,encodeVersion:encodeVersion,encodeQualifiers:encodeQualifiers,encodeQualifierParam:encodeQualifierParam,encodeSubpath:encodeSubpath,encodeURIComponent:c}},55601:e=>{function formatPurlErrorMessage(e=""){const{length:t}=e;let n="";if(t){const r=e.charCodeAt(0);n=r>=65||r<=90?`${e[0].toLowerCase()}${e.slice(1)}`:e;if(t>1&&e.charCodeAt(t-1)===46&&e.charCodeAt(t-2)!==46){n=n.slice(0,-1)}}return`Invalid purl: ${n}`}class PurlError extends Error{constructor(e){super(formatPurlErrorMessage(e))}}e.exports={formatPurlErrorMessage:formatPurlErrorMessage,PurlError:PurlError}},32474:e=>{function createHelpersNamespaceObject(e,t={}){const{comparator:n,...r}={__proto__:null,...t};const i=Object.keys(e).sort();const o=[...new Set([...Object.values(e)].map(Object.keys).flat())].sort(n);const s=Object.create(null);for(let t=0,{length:n}=o;t<n;t+=1){const n=o[t];const a=Object.create(null);for(let t=0,{length:o}=i;t<o;t+=1){const o=i[t];const s=e[o][n]??r[o];if(s!==undefined){a[o]=s}}s[n]=a}return s}e.exports={createHelpersNamespaceObject:createHelpersNamespaceObject}},71747:e=>{function isNullishOrEmptyString(e){return e===null||e===undefined||typeof e==="string"&&e.length===0}e.exports={isNullishOrEmptyString:isNullishOrEmptyString}},69352:(e,t,n)=>{const{isObject:r}=n(61515);const{isBlank:i}=n(97345);function normalizeName(e){return typeof e==="string"?e.trim():undefined}function normalizeNamespace(e){return typeof e==="string"?normalizePath(e):undefined}function normalizePath(e,t){let n="";let r=0;while(e.charCodeAt(r)===47){r+=1}let i=e.indexOf("/",r);if(i===-1){return e.slice(r)}while(i!==-1){const o=e.slice(r,i);if(t===undefined||t(o)){n=n+(n.length===0?"":"/")+o}r=i+1;while(e.charCodeAt(r)===47){r+=1}i=e.indexOf("/",r)}const o=e.slice(r);if(o.length!==0&&(t===undefined||t(o))){n=n+"/"+o}return n}function normalizeQualifiers(e){let t;for(const{0:n,1:r}of qualifiersToEntries(e)){const e=typeof r==="string"?r:String(r);const i=e.trim();if(i.length===0){continue}if(t===undefined){t={__proto__:null}}t[n.toLowerCase()]=i}return t}function normalizeSubpath(e){return typeof e==="string"?normalizePath(e,subpathFilter):undefined}function normalizeType(e){return typeof e==="string"?e.trim().toLowerCase():undefined}function normalizeVersion(e){return typeof e==="string"?e.trim():undefined}function qualifiersToEntries(e){if(r(e)){return e instanceof URLSearchParams?e.entries():Object.entries(e)}return typeof e==="string"?new URLSearchParams(e).entries():Object.entries({})}function subpathFilter(e){const{length:t}=e;if(t===1&&e.charCodeAt(0)===46)return false;if(t===2&&e.charCodeAt(0)===46&&e.charCodeAt(1)===46){return false}return!i(e)}e.exports={normalizeName:normalizeName,normalizeNamespace:normalizeNamespace,normalizePath:normalizePath,normalizeQualifiers:normalizeQualifiers,normalizeSubpath:normalizeSubpath,normalizeType:normalizeType,normalizeVersion:normalizeVersion}},61515:(e,t,n)=>{const{LOOP_SENTINEL:r}=n(75886);function isObject(e){return e!==null&&typeof e==="object"}function recursiveFreeze(e){if(e===null||!(typeof e==="object"||typeof e==="function")||Object.isFrozen(e)){return e}const t=[e];let{length:n}=t;let i=0;while(i<n){if(i===r){throw new Error("Detected infinite loop in object crawl of recursiveFreeze")}const e=t[i++];Object.freeze(e);if(Array.isArray(e)){for(let r=0,{length:i}=e;r<i;r+=1){const i=e[r];if(i!==null&&(typeof i==="object"||typeof i==="function")&&!Object.isFrozen(i)){t[n++]=i}}}else{const r=Reflect.ownKeys(e);for(let i=0,{length:o}=r;i<o;i+=1){const o=e[r[i]];if(o!==null&&(typeof o==="object"||typeof o==="function")&&!Object.isFrozen(o)){t[n++]=o}}}}return e}e.exports={isObject:isObject,recursiveFreeze:recursiveFreeze}},40087:(e,t,n)=>{
/*!
Copyright (c) the purl authors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
*/
const{decodePurlComponent:r}=n(81461);const{isObject:i,recursiveFreeze:o}=n(61515);const{isBlank:s,isNonEmptyString:a,trimLeadingSlashes:c}=n(97345);const{PurlComponent:l}=n(91856);const{PurlQualifierNames:u}=n(28038);const{PurlType:p}=n(20747);const{PurlError:m}=n(55601);class PackageURL{static Component=o(l);static KnownQualifierNames=o(u);static Type=o(p);constructor(e,t,n,r,o,s){const c=a(e)?l.type.normalize(e):e;l.type.validate(c,true);const u=a(t)?l.namespace.normalize(t):t;l.namespace.validate(u,true);const m=a(n)?l.name.normalize(n):n;l.name.validate(m,true);const d=a(r)?l.version.normalize(r):r;l.version.validate(d,true);const h=typeof o==="string"||i(o)?l.qualifiers.normalize(o):o;l.qualifiers.validate(h,true);const y=a(s)?l.subpath.normalize(s):s;l.subpath.validate(y,true);this.type=c;this.name=m;this.namespace=u??undefined;this.version=d??undefined;this.qualifiers=h??undefined;this.subpath=y??undefined;const L=p[c];if(L){L.normalize(this);L.validate(this,true)}}toString(){const{namespace:e,name:t,version:n,qualifiers:r,subpath:i,type:o}=this;let s=`pkg:${l.type.encode(o)}/`;if(e){s=`${s}${l.namespace.encode(e)}/`}s=`${s}${l.name.encode(t)}`;if(n){s=`${s}@${l.version.encode(n)}`}if(r){s=`${s}?${l.qualifiers.encode(r)}`}if(i){s=`${s}#${l.subpath.encode(i)}`}return s}static fromString(e){return new PackageURL(...PackageURL.parseString(e))}static parseString(e){if(typeof e!=="string"){throw new Error("A purl string argument is required.")}if(s(e)){return[undefined,undefined,undefined,undefined,undefined,undefined]}const t=e.indexOf(":");let n;let i;if(t!==-1){try{const r=e.slice(0,t);const o=e.slice(t+1);const s=c(o);n=new URL(`${r}:${s}`);i=o.length===s.length?n:new URL(e)}catch(e){throw new m("failed to parse as URL",{cause:e})}}if(n?.protocol!=="pkg:"){throw new m('missing required "pkg" scheme component')}if(i.username!==""||i.password!==""){throw new m('cannot contain a "user:pass@host:port"')}const{pathname:o}=n;const a=o.indexOf("/");const l=r("type",a===-1?o:o.slice(0,a));if(a<1){return[l,undefined,undefined,undefined,undefined,undefined]}let u;let p=o.lastIndexOf("@");if(p!==-1&&o.charCodeAt(p-1)===47){p=-1}const d=o.slice(l.length+1,p===-1?o.length:p);if(p!==-1){u=r("version",o.slice(p+1))}let h;let y;const L=d.lastIndexOf("/");if(L===-1){y=r("name",d)}else{y=r("name",d.slice(L+1));h=r("namespace",d.slice(0,L))}let S;const{searchParams:g}=n;if(g.size!==0){g.forEach(e=>r("qualifiers",e));S=g}let v;const{hash:C}=n;if(C.length!==0){v=r("subpath",C.slice(1))}return[l,h,y,u,S,v]}}for(const e of["Component","KnownQualifierNames","Type"]){Reflect.defineProperty(PackageURL,e,{...Reflect.getOwnPropertyDescriptor(PackageURL,e),writable:false})}Reflect.setPrototypeOf(PackageURL.prototype,null);e.exports={PackageURL:PackageURL,PurlComponent:l,PurlQualifierNames:u,PurlType:p}},91856:(e,t,n)=>{const{encodeNamespace:r,encodeVersion:i,encodeQualifiers:o,encodeQualifierParam:s,encodeSubpath:a,encodeURIComponent:c}=n(27533);const{createHelpersNamespaceObject:l}=n(32474);const{normalizeType:u,normalizeNamespace:p,normalizeName:m,normalizeVersion:d,normalizeQualifiers:h,normalizeSubpath:y}=n(69352);const{localeCompare:L,isNonEmptyString:S}=n(97345);const{validateType:g,validateNamespace:v,validateName:C,validateVersion:b,validateQualifiers:P,validateQualifierKey:A,validateSubpath:x}=n(7233);const PurlComponentEncoder=e=>S(e)?c(e):"";const PurlComponentStringNormalizer=e=>typeof e==="string"?e:undefined;const PurlComponentValidator=(e,t)=>true;const N={__proto__:null,type:0,namespace:1,name:2,version:3,qualifiers:4,qualifierKey:5,qualifierValue:6,subpath:7};function componentSortOrder(e){return N[e]??e}function componentComparator(e,t){return L(componentSortOrder(e),componentSortOrder(t))}e.exports={PurlComponent:l({encode:{namespace:r,version:i,qualifiers:o,qualifierKey:s,qualifierValue:s,subpath:a},normalize:{type:u,namespace:p,name:m,version:d,qualifiers:h,subpath:y},validate:{type:g,namespace:v,name:C,version:b,qualifierKey:A,qualifiers:P,subpath:x}},{comparator:componentComparator,encode:PurlComponentEncoder,normalize:PurlComponentStringNormalizer,validate:PurlComponentValidator})}},28038:e=>{e.exports={PurlQualifierNames:{__proto__:null,RepositoryUrl:"repository_url",DownloadUrl:"download_url",VcsUrl:"vcs_url",FileName:"file_name",Checksum:"checksum"}}},20747:(e,t,n)=>{const{isNullishOrEmptyString:r}=n(71747);const{createHelpersNamespaceObject:i}=n(32474);const{isSemverString:o,lowerName:s,lowerNamespace:a,lowerVersion:c,replaceDashesWithUnderscores:l,replaceUnderscoresWithDashes:u}=n(97345);const{validateEmptyByType:p,validateRequiredByType:m}=n(7233);const{PurlError:d}=n(55601);const PurlTypNormalizer=e=>e;const PurlTypeValidator=(e,t)=>true;e.exports={PurlType:i({normalize:{alpm(e){a(e);s(e);return e},apk(e){a(e);s(e);return e},bitbucket(e){a(e);s(e);return e},bitnami(e){s(e);return e},composer(e){a(e);s(e);return e},deb(e){a(e);s(e);return e},gitlab(e){a(e);s(e);return e},github(e){a(e);s(e);return e},hex(e){a(e);s(e);return e},huggingface(e){c(e);return e},mlflow(e){if(e.qualifiers?.repository_url?.includes("databricks")){s(e)}return e},npm(e){a(e);s(e);return e},luarocks(e){c(e);return e},oci(e){s(e);return e},pub(e){s(e);e.name=l(e.name);return e},pypi(e){a(e);s(e);e.name=u(e.name);return e},qpkg(e){a(e);return e},rpm(e){a(e);return e}},validate:{conan(e,t){if(r(e.namespace)){if(e.qualifiers?.channel){if(t){throw new d('conan requires a "namespace" component when a "channel" qualifier is present')}return false}}else if(r(e.qualifiers)){if(t){throw new d('conan requires a "qualifiers" component when a namespace is present')}return false}return true},cran(e,t){return m("cran","version",e.version,t)},golang(e){const{version:t}=e;const n=typeof t==="string"?t.length:0;if(n&&t.charCodeAt(0)===118&&!o(t.slice(1))){if(throws){throw new d('golang "version" component starting with a "v" must be followed by a valid semver version')}return false}return true},maven(e,t){return m("maven","namespace",e.namespace,t)},mlflow(e,t){return p("mlflow","namespace",e.namespace,t)},oci(e,t){return p("oci","namespace",e.namespace,t)},pub(e,t){const{name:n}=e;for(let e=0,{length:r}=n;e<r;e+=1){const r=n.charCodeAt(e);if(!(r>=48&&r<=57||r>=97&&r<=122||r===95)){if(t){throw new d('pub "name" component may only contain [a-z0-9_] characters')}return false}}return true},swift(e,t){return m("swift","namespace",e.namespace,t)&&m("swift","version",e.version,t)}}},{normalize:PurlTypNormalizer,validate:PurlTypeValidator})}},97345:e=>{const{compare:t}=new Intl.Collator;const n=/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;function isBlank(e){for(let t=0,{length:n}=e;t<n;t+=1){const n=e.charCodeAt(t);if(!(n===32||n===9||n===10||n===11||n===12||n===13||n===160||n===5760||n===8192||n===8193||n===8194||n===8195||n===8196||n===8197||n===8198||n===8199||n===8200||n===8201||n===8202||n===8232||n===8233||n===8239||n===8287||n===12288||n===65279)){return false}}return true}function isNonEmptyString(e){return typeof e==="string"&&e.length>0}function isSemverString(e){return typeof e==="string"&&n.test(e)}function lowerName(e){e.name=e.name.toLowerCase()}function lowerNamespace(e){const{namespace:t}=e;if(typeof t==="string"){e.namespace=t.toLowerCase()}}function lowerVersion(e){const{version:t}=e;if(typeof t==="string"){e.version=t.toLowerCase()}}function replaceDashesWithUnderscores(e){let t="";let n=0;let r=0;while((r=e.indexOf("-",n))!==-1){t=t+e.slice(n,r)+"_";n=r+1}return n?t+e.slice(n):e}function replaceUnderscoresWithDashes(e){let t="";let n=0;let r=0;while((r=e.indexOf("_",n))!==-1){t=t+e.slice(n,r)+"-";n=r+1}return n?t+e.slice(n):e}function trimLeadingSlashes(e){let t=0;while(e.charCodeAt(t)===47){t+=1}return t===0?e:e.slice(t)}e.exports={isBlank:isBlank,isNonEmptyString:isNonEmptyString,isSemverString:isSemverString,localeCompare:t,lowerName:lowerName,lowerNamespace:lowerNamespace,lowerVersion:lowerVersion,replaceDashesWithUnderscores:replaceDashesWithUnderscores,replaceUnderscoresWithDashes:replaceUnderscoresWithDashes,trimLeadingSlashes:trimLeadingSlashes}},7233:(e,t,n)=>{const{PurlError:r}=n(55601);const{isNullishOrEmptyString:i}=n(71747);const{isNonEmptyString:o}=n(97345);function validateEmptyByType(e,t,n,o){if(!i(n)){if(o){throw new r(`${e} "${t}" component must be empty`)}return false}return true}function validateName(e,t){return validateRequired("name",e,t)&&validateStrings("name",e,t)}function validateNamespace(e,t){return validateStrings("namespace",e,t)}function validateQualifiers(e,t){if(e===null||e===undefined){return true}if(typeof e!=="object"){if(t){throw new r('"qualifiers" must be an object')}return false}const n=typeof e.keys==="function"?e.keys():Object.keys(e);for(const e of n){if(!validateQualifierKey(e,t)){return false}}return true}function validateQualifierKey(e,t){if(!validateStartsWithoutNumber("qualifier",e,t)){return false}for(let n=0,{length:i}=e;n<i;n+=1){const i=e.charCodeAt(n);if(!(i>=48&&i<=57||i>=65&&i<=90||i>=97&&i<=122||i===46||i===45||i===95)){if(t){throw new r(`qualifier "${e}" contains an illegal character`)}return false}}return true}function validateRequired(e,t,n){if(i(t)){if(n){throw new r(`"${e}" is a required component`)}return false}return true}function validateRequiredByType(e,t,n,o){if(i(n)){if(o){throw new r(`${e} requires a "${t}" component`)}return false}return true}function validateStartsWithoutNumber(e,t,n){if(o(t)){const i=t.charCodeAt(0);if(i>=48&&i<=57){if(n){throw new r(`${e} "${t}" cannot start with a number`)}return false}}return true}function validateStrings(e,t,n){if(t===null||t===undefined||typeof t==="string"){return true}if(n){throw new r(`"'${e}" must be a string`)}return false}function validateSubpath(e,t){return validateStrings("subpath",e,t)}function validateType(e,t){if(!validateRequired("type",e,t)||!validateStrings("type",e,t)||!validateStartsWithoutNumber("type",e,t)){return false}for(let n=0,{length:i}=e;n<i;n+=1){const i=e.charCodeAt(n);if(!(i>=48&&i<=57||i>=65&&i<=90||i>=97&&i<=122||i===46||i===43||i===45)){if(t){throw new r(`type "${e}" contains an illegal character`)}return false}}return true}function validateVersion(e,t){return validateStrings("version",e,t)}e.exports={validateEmptyByType:validateEmptyByType,validateName:validateName,validateNamespace:validateNamespace,validateQualifiers:validateQualifiers,validateQualifierKey:validateQualifierKey,validateRequired:validateRequired,validateRequiredByType:validateRequiredByType,validateStartsWithoutNumber:validateStartsWithoutNumber,validateStrings:validateStrings,validateSubpath:validateSubpath,validateType:validateType,validateVersion:validateVersion}},24428:(e,t,n)=>{n.a(e,async(e,r)=>{try{n.d(t,{K:()=>readInputs,e:()=>run});var i=n(49063);var o=n(66901);var s=n(637);var a=n(45696);function optional(e){return i.V4(e)||undefined}function readInputs(){const e=(0,o.di)();const t={...e,provenance:(0,o.z1)("provenance",false),uploadReleaseAssets:"auto"};const n=optional("formats");if(n){const e=n.split(/[\s,]+/).filter(e=>e!=="");const r=e.filter(e=>!a.zu.includes(e));if(r.length>0||e.length===0){throw new s.eb(`input \`formats\` lists spdx and/or cyclonedx, not \`${n}\``)}t.formats=e}const r=(0,o.bd)("include-dev");if(r!==undefined)t.includeDev=r;const c=i.V4("upload-release-assets")||"auto";if(c!=="auto"&&c!=="true"&&c!=="false"){throw new s.eb(`input \`upload-release-assets\` must be auto, true or false, not \`${c}\``)}t.uploadReleaseAssets=c;const l=optional("sigstore");if(l==="public-good"||l==="github")t.sigstore=l;else if(l){throw new s.eb(`input \`sigstore\` must be public-good or github, not \`${l}\``)}for(const[e,n]of[["output-dir","outputDir"],["lockfile","lockfile"],["subject-path","subjectPath"],["subject-digest","subjectDigest"],["subject-name","subjectName"],["subject-checksums","subjectChecksums"],["bundle-dir","bundleDir"],["release-tag","releaseTag"],["registry-url","registryUrl"],["artifact-url","artifactUrl"]]){const r=optional(e);if(r)t[n]=r}const u=(0,o._9)();if(u)t.token=u;return t}async function run(e){const t=await(0,a.EY)(e);const{files:n}=t.generated;const r=n.find(e=>e.format==="spdx");const s=n.find(e=>e.format==="cyclonedx");if(r)i.uH("spdx-file",r.path);if(s)i.uH("cyclonedx-file",s.path);i.uH("sbom-files",n.map(e=>e.path).join("\n"));const c=n.map(e=>`${e.format==="spdx"?"SPDX 2.3":"CycloneDX 1.6"}: ${e.path} (${e.packages} packages, ${e.bytes} bytes), valid.`);if(t.attestations.length>0){i.uH("bundle-paths",t.attestations.map(e=>e.bundlePath).join("\n"));i.uH("attestation-ids",t.attestations.map(e=>e.attestationId??"").join("\n"));i.uH("attestation-urls",t.attestations.map(e=>e.url??"").join("\n"));for(const e of t.attestations){c.push(`Attested ${e.predicateType}: ${e.url??e.bundlePath}`)}}if(t.releaseAssets.length>0){i.uH("release-asset-urls",t.releaseAssets.join("\n"))}if(t.storageRecords.length>0){i.uH("storage-record-ids",t.storageRecords.join("\n"))}const l={title:"Palisade sbom-attest",failOn:e.failOn??"error",showSummary:e.showSummary,root:e.path,summaryLines:c};if(e.sarifFile)l.sarifFile=e.sarifFile;return(0,o.S3)(t.generated.report,l)}await(0,o.Cs)(async()=>run(readInputs()));r()}catch(c){r(c)}},1)},30872:(e,t,n)=>{n.d(t,{Eb:()=>addPackage,L3:()=>licenseOf,Qi:()=>stringMap,RS:()=>emptyParse,qF:()=>parseJson,u4:()=>isRecord,uK:()=>splitNameVersion});var r=n(637);function emptyParse(){return{projects:[],packages:new Map,installPaths:new Map}}function parseJson(e,t){try{return JSON.parse(e)}catch(n){const i=(0,r.gJ)(n);const o=/\(line (\d+) column (\d+)\)/.exec(i);const s=/at position (\d+)/.exec(i);let a;if(o?.[1])a=Number(o[1]);else if(s?.[1])a=e.slice(0,Number(s[1])).split("\n").length;else if(/end of JSON input/.test(i))a=e.split("\n").length;const c=`is not valid JSON: ${i.replace(/\s*\(line \d+ column \d+\)|\s*in JSON at position \d+.*$/,"")}`;throw new r.dz(a===undefined?{file:t}:{file:t,line:a},c)}}function isRecord(e){return typeof e==="object"&&e!==null&&!Array.isArray(e)}function stringMap(e){if(!isRecord(e))return{};const t={};for(const[n,r]of Object.entries(e))if(typeof r==="string")t[n]=r;return t}function licenseOf(e){if(typeof e==="string"&&e.trim()!=="")return e.trim();if(isRecord(e)&&typeof e.type==="string")return e.type;if(Array.isArray(e)){const t=e.map(licenseOf).filter(e=>e!==undefined);if(t.length>0)return t.length===1?t[0]:`(${t.join(" OR ")})`}return undefined}function splitNameVersion(e){const t=e.indexOf("@",1);return t<0?[e,""]:[e.slice(0,t),e.slice(t+1)]}function addPackage(e,t,n){const r=e.packages.get(t.id);if(r){r.dependencies.push(...t.dependencies);if(!r.license&&t.license)r.license=t.license;if(r.checksums.length===0)r.checksums=t.checksums;if(!r.resolved&&t.resolved)r.resolved=t.resolved;return}e.packages.set(t.id,t);if(n!==undefined)e.installPaths.set(t.id,n)}},49149:(e,t,n)=>{n.d(t,{$:()=>checksumFromUrlFragment,Mf:()=>makeProject,NP:()=>npmPurl,Sv:()=>checksumsFromIntegrity,UD:()=>compare,a9:()=>modelDigest,h5:()=>finishModel,wc:()=>uuidFromDigest});var r=n(77598);var i=n.n(r);var o=n(37970);var s=n.n(o);const a=["runtime","optional","peer","dev"];function npmPurl(e,t,n){const r=e.startsWith("@")?e.indexOf("/"):-1;const i=r>0?e.slice(0,r):undefined;const s=r>0?e.slice(r+1):e;const a=n&&!isRegistryTarball(n)?{download_url:n}:undefined;return new o.PackageURL("npm",i,s,t,a,undefined).toString()}function isRegistryTarball(e){return/^https:\/\/registry\.(npmjs\.org|yarnpkg\.com)\//.test(e)}const c={sha1:"SHA1",sha256:"SHA256",sha384:"SHA384",sha512:"SHA512"};const l={SHA1:40,SHA256:64,SHA384:96,SHA512:128};function checksumsFromIntegrity(e){if(!e)return[];const t=[];for(const n of e.trim().split(/\s+/)){const e=n.indexOf("-");const r=c[n.slice(0,e).toLowerCase()];if(e<0||!r)continue;const i=Buffer.from(n.slice(e+1).replace(/\?.*$/,""),"base64").toString("hex");if(i.length===l[r])t.push({algorithm:r,value:i})}return t}function checksumFromUrlFragment(e){const t=e?/#([0-9a-f]{40})$/.exec(e):null;return t?.[1]?{algorithm:"SHA1",value:t[1]}:undefined}function assignScopes(e,t){const n=new Set;for(let r=0;r<a.length;r++){const i=new Set(a.slice(0,r+1));const o=a[r]??"dev";const s=[];const visit=e=>{for(const n of e){if(i.has(n.kind)&&t.has(n.to))s.push(n.to)}};const c=new Set;for(const t of e)visit(t.dependencies);while(s.length>0){const e=s.pop()??"";if(c.has(e))continue;c.add(e);const r=t.get(e);if(!r)continue;if(!n.has(e)){r.scope=o;n.add(e)}visit(r.dependencies)}}for(const e of t.values())if(!n.has(e.id))e.scope="dev"}function normalizeEdges(e){const t=new Map;for(const n of e){const e=t.get(n.to);if(e===undefined||a.indexOf(n.kind)<a.indexOf(e)){t.set(n.to,n.kind)}}return[...t].sort(([e],[t])=>e<t?-1:e>t?1:0).map(([e,t])=>({to:e,kind:t}))}function finishModel(e,t,n,r){for(const e of n)e.dependencies=normalizeEdges(e.dependencies);for(const e of r.values())e.dependencies=normalizeEdges(e.dependencies);assignScopes(n,r);const i=[...r.values()].sort((e,t)=>compare(e.id,t.id));const[o,...s]=n;return{format:e,lockfile:t,projects:o?[o,...s.sort((e,t)=>compare(e.path,t.path))]:[],packages:i}}function compare(e,t){return e<t?-1:e>t?1:0}function makeProject(e,t,n,r){const i=e||(n==="."?"root":n.split("/").pop()||"root");const o=t||"0.0.0";const s={id:`${i}@${o}`,name:i,version:o,purl:npmPurl(i,o),path:n,dependencies:[]};if(r)s.license=r;return s}function modelDigest(e,t){const n=(0,r.createHash)("sha256").update(t);for(const t of e.projects){n.update(`\0P${t.id}\0${t.license??""}`);for(const e of t.dependencies)n.update(`\0${e.kind}:${e.to}`)}for(const t of e.packages){n.update(`\0K${t.id}\0${t.purl}\0${t.scope}\0${t.license??""}\0`);n.update(`${t.resolved??""}\0${t.checksums.map(e=>e.value).join(",")}`);for(const e of t.dependencies)n.update(`\0${e.kind}:${e.to}`)}return n.digest("hex")}function uuidFromDigest(e){const t=Buffer.from(e.slice(0,32),"hex");t[6]=(t[6]??0)&15|80;t[8]=(t[8]??0)&63|128;const n=t.toString("hex");return`${n.slice(0,8)}-${n.slice(8,12)}-${n.slice(12,16)}-${n.slice(16,20)}-${n.slice(20)}`}},45696:(e,t,n)=>{n.d(t,{zu:()=>k,EY:()=>runSbomAttest});var r=n(51455);var i=n(76760);var o=n.n(i);var s=n(83484);var a=n(637);var c=n(23380);var l=n(63189);var u=n(20315);var p=n(11335);var m=n(66801);var d=n(86214);var h=n(49149);const y="palisade-sbom-attest";const L="0.1.0";function creationTime(e,t){const n=e.SOURCE_DATE_EPOCH;if(n===undefined||n==="")return t();if(!/^\d+$/.test(n.trim())){throw new Error(`SOURCE_DATE_EPOCH must be a whole number of seconds, not \`${n}\``)}return new Date(Number(n.trim())*1e3)}function selectedPackages(e,t){return t?e.packages:e.packages.filter(e=>e.scope!=="dev")}function rootProject(e){const t=e.projects[0];if(!t)throw new Error("the model has no project");return t}const S=/^[A-Za-z0-9][A-Za-z0-9.+-]*$/;const g=/^\(*\s*(LicenseRef-)?[A-Za-z0-9.+-]+\s*\)*(\s+(AND|OR|WITH)\s+\(*\s*(LicenseRef-)?[A-Za-z0-9.+-]+\s*\)*)*$/;function classifyLicense(e){const t=e.trim();if(S.test(t))return{kind:"id",value:t};if(g.test(t)&&balanced(t))return{kind:"expression",value:t};return{kind:"text",value:t}}function balanced(e){let t=0;for(const n of e){if(n==="(")t++;if(n===")"&&--t<0)return false}return t===0}const v="https://cyclonedx.org/bom";const C={SHA1:l.HashAlgorithm["SHA-1"],SHA256:l.HashAlgorithm["SHA-256"],SHA384:l.HashAlgorithm["SHA-384"],SHA512:l.HashAlgorithm["SHA-512"]};const b={runtime:l.ComponentScope.Required,optional:l.ComponentScope.Optional,peer:l.ComponentScope.Optional,dev:l.ComponentScope.Excluded};function licenses(e){const t=new u.LicenseRepository;if(!e)return t;const n=classifyLicense(e);if(n.kind==="id"&&(0,m.isSupportedSpdxId)(n.value)){t.add(new u.SpdxLicense(n.value))}else if(n.kind==="expression"){t.add(new u.LicenseExpression(n.value))}else{t.add(new u.NamedLicense(n.value))}return t}function component(e,t){const n=e.name.startsWith("@")?e.name.indexOf("/"):-1;const r=new u.Component(t,n>0?e.name.slice(n+1):e.name,{bomRef:e.id,version:e.version,purl:e.purl,licenses:licenses(e.license)});if(n>0)r.group=e.name.slice(0,n);if("scope"in e){r.scope=b[e.scope];for(const t of e.checksums)r.hashes.set(C[t.algorithm],t.value);if(e.scope==="dev"){r.properties.add(new u.Property("cdx:npm:package:development","true"))}if(e.resolved){r.externalReferences.add(new u.ExternalReference(e.resolved,l.ExternalReferenceType.Distribution))}}return r}function toCycloneDx(e,t){const n=rootProject(e);const r=selectedPackages(e,t.includeDev);const i=new Map;const o=component(n,l.ComponentType.Application);i.set(n.id,o);const s=new u.Bom;for(const t of e.projects.slice(1)){const e=component(t,l.ComponentType.Library);i.set(t.id,e);s.components.add(e);o.dependencies.add(e.bomRef)}for(const e of r){const t=component(e,l.ComponentType.Library);i.set(e.id,t);s.components.add(t)}for(const t of[...e.projects,...r]){const e=i.get(t.id);for(const n of t.dependencies){const t=i.get(n.to);if(e&&t)e.dependencies.add(t.bomRef)}}const a=new u.Component(l.ComponentType.Application,y,{version:L});a.group="windlasstech";s.metadata=new u.Metadata({timestamp:t.created,component:o,tools:new u.Tools({components:new u.ComponentRepository([a])}),lifecycles:new u.LifecycleRepository([l.LifecyclePhase.Build])});s.serialNumber=`urn:uuid:${(0,h.wc)((0,h.a9)(e,`cyclonedx-1.6\0${String(t.includeDev)}`))}`;return s}function serializeCycloneDx(e){const t=new p.JsonSerializer(new p.JSON.Normalize.Factory(d.Spec1dot6));return`${t.serialize(e,{sortLists:true,space:2})}\n`}var P=n(73024);var A=n(57589);var x=n(30872);const N="node_modules/";function parseNpmLockfile(e,t){const n=(0,x.qF)(e,t);if(!(0,x.u4)(n))throw new a.dz({file:t},"is not an npm lockfile: not a JSON object");const r=n.lockfileVersion;if(r!==2&&r!==3){throw new a.dz({file:t,line:lineOf(e,'"lockfileVersion"')},r===1?"lockfileVersion 1 is not supported: run `npm install --package-lock-only` with npm 7 or later to upgrade it to version 3":`lockfileVersion ${JSON.stringify(r)} is not supported (2 and 3 are)`)}const i=n.packages;if(!(0,x.u4)(i)||!(0,x.u4)(i[""])){throw new a.dz({file:t},'has no `packages` map with a root entry (`""`)')}const o=(0,x.RS)();const s=new Map;const c=new Map;for(const[e,t]of Object.entries(i)){if(!(0,x.u4)(t))continue;if(t.link===true&&typeof t.resolved==="string"){s.set(e,t.resolved);continue}if(e===""||!e.includes(N)){const r=typeof t.name==="string"?t.name:undefined;const i=typeof t.version==="string"?t.version:undefined;const s=(0,h.Mf)(r??(e===""&&typeof n.name==="string"?n.name:undefined),i??(e===""&&typeof n.version==="string"?n.version:undefined),e===""?".":e,(0,x.L3)(t.license));c.set(e,s);o.projects.push(s)}}const idAt=e=>{const t=s.get(e)??e;const n=c.get(t);if(n)return n.id;const r=i[t];if(!(0,x.u4)(r)||typeof r.version!=="string")return undefined;return`${packageName(t,r)}@${r.version}`};const resolve=(e,t)=>{let n=e;for(;;){const e=`${n===""?"":`${n}/`}${N}${t}`;if(e in i)return idAt(e);if(n==="")return undefined;const r=n.lastIndexOf(N);n=r<0?"":n.slice(0,r).replace(/\/$/,"")}};const edgesOf=(e,t,n)=>{const r=[];const add=(n,i)=>{for(const o of Object.keys((0,x.Qi)(t[n]))){const t=resolve(e,o);if(t)r.push({to:t,kind:i})}};add("dependencies","runtime");add("optionalDependencies","optional");add("peerDependencies","peer");if(n)add("devDependencies","dev");return r};for(const[e,t]of Object.entries(i)){if(!(0,x.u4)(t)||s.has(e))continue;const n=c.get(e);if(n){n.dependencies=edgesOf(e,t,true);continue}if(typeof t.version!=="string")continue;const r=packageName(e,t);const i=typeof t.resolved==="string"?t.resolved:undefined;const a={id:`${r}@${t.version}`,name:r,version:t.version,purl:(0,h.NP)(r,t.version,i),checksums:(0,h.Sv)(typeof t.integrity==="string"?t.integrity:undefined),scope:"runtime",dependencies:edgesOf(e,t,false),...i?{resolved:i}:{}};const l=(0,x.L3)(t.license);(0,x.Eb)(o,l?{...a,license:l}:a,e)}return o}function packageName(e,t){if(typeof t.name==="string")return t.name;const n=e.lastIndexOf(N);return n<0?e:e.slice(n+N.length)}function lineOf(e,t){const n=e.indexOf(t);return n<0?1:e.slice(0,n).split("\n").length}const R=["package-lock.json","npm-shrinkwrap.json","pnpm-lock.yaml","yarn.lock"];function findLockfile(e,t){if(t)return t.split(o().sep).join("/");const n=R.find(t=>(0,P.existsSync)(o().join(e,t)));if(!n){throw new a.dz({file:"."},`no lockfile found: expected one of ${R.join(", ")} (or name one with \`lockfile\`)`)}return n}async function readLockfile(e,t){const i=findLockfile(e,t);const s=await(0,A.tz)(e,i);const c=o().posix.dirname(i);const readManifest=async t=>{const n=o().posix.join(c,t,"package.json");if(!(0,P.existsSync)(o().join(e,n)))return undefined;const r=(0,x.qF)(await(0,A.tz)(e,n),n);return(0,x.u4)(r)?r:undefined};const listDirs=async t=>{try{const n=await(0,r.readdir)(o().join(e,c,t),{withFileTypes:true});return n.filter(e=>e.isDirectory()).map(e=>e.name)}catch{return[]}};const l=o().posix.basename(i);let u;let p;if(l==="package-lock.json"||l==="npm-shrinkwrap.json"){u="npm";p=parseNpmLockfile(s,i)}else if(l==="pnpm-lock.yaml"){u="pnpm";const{parsePnpmLockfile:e}=await Promise.all([n.e(9),n.e(896)]).then(n.bind(n,47896));p=await e(s,i,readManifest)}else if(l==="yarn.lock"){const{isBerryLockfile:e,parseYarnBerryLockfile:t,parseYarnClassicLockfile:r}=await Promise.all([n.e(601),n.e(311)]).then(n.bind(n,71311));u=e(s)?"yarn-berry":"yarn-classic";p=u==="yarn-berry"?await t(s,i,readManifest):await r(s,i,readManifest,listDirs)}else{throw new a.dz({file:i},`is not a lockfile this action reads (${R.join(", ")})`)}if(p.projects.length===0){throw new a.dz({file:i},"names no project: no root package.json or importer was found")}await addInstalledLicenses(e,c,p);return(0,h.h5)(u,i,p.projects,p.packages)}async function addInstalledLicenses(e,t,n){if(!(0,P.existsSync)(o().join(e,t,"node_modules")))return;await Promise.all([...n.packages.values()].filter(e=>!e.license).map(async i=>{const s=n.installPaths.get(i.id);if(!s)return;try{const n=JSON.parse(await(0,r.readFile)(o().join(e,t,s,"package.json"),"utf8"));if(!(0,x.u4)(n)||n.version!==i.version)return;const a=(0,x.L3)(n.license)??(0,x.L3)(n.licenses);if(a)i.license=a}catch{}}))}var E=n(77598);const _="https://spdx.dev/Document/v2.3";function spdxTime(e){return`${e.toISOString().slice(0,19)}Z`}function assignIds(e){const t=new Map;const n=new Set;for(const r of e){let e=`SPDXRef-Package-${r.replace(/^@/,"").replace(/[^A-Za-z0-9.-]+/g,"-")}`;if(n.has(e)){e+=`-${(0,E.createHash)("sha256").update(r).digest("hex").slice(0,8)}`}n.add(e);t.set(r,e)}return t}function licenseField(e){if(!e)return"NOASSERTION";const t=classifyLicense(e);return t.kind==="text"?"NOASSERTION":t.value}const z={runtime:{type:"DEPENDS_ON",reverse:false},peer:{type:"DEPENDS_ON",reverse:false},optional:{type:"OPTIONAL_DEPENDENCY_OF",reverse:true},dev:{type:"DEV_DEPENDENCY_OF",reverse:true}};function toSpdx(e,t){const n=rootProject(e);const r=selectedPackages(e,t.includeDev);const i=new Set([...e.projects.map(e=>e.id),...r.map(e=>e.id)]);const o=assignIds([...e.projects.map(e=>e.id),...r.map(e=>e.id)]);const idOf=e=>o.get(e)??"NOASSERTION";const describe=(e,t)=>{const n={name:e.name,SPDXID:idOf(e.id),versionInfo:e.version,downloadLocation:"resolved"in e&&e.resolved||"NOASSERTION",filesAnalyzed:false,licenseConcluded:"NOASSERTION",licenseDeclared:licenseField(e.license),copyrightText:"NOASSERTION",primaryPackagePurpose:t,externalRefs:[{referenceCategory:"PACKAGE-MANAGER",referenceType:"purl",referenceLocator:e.purl}]};if("checksums"in e&&e.checksums.length>0){n.checksums=e.checksums.map(e=>({algorithm:e.algorithm,checksumValue:e.value}))}if("scope"in e&&e.scope!=="runtime")n.comment=`scope: ${e.scope}`;return n};const s=[];const relate=(e,t)=>{for(const n of t){if(!i.has(n.to))continue;const{type:t,reverse:r}=z[n.kind];s.push(r?{spdxElementId:idOf(n.to),relationshipType:t,relatedSpdxElement:idOf(e)}:{spdxElementId:idOf(e),relationshipType:t,relatedSpdxElement:idOf(n.to)})}};for(const t of e.projects){if(t!==n){s.push({spdxElementId:idOf(n.id),relationshipType:"CONTAINS",relatedSpdxElement:idOf(t.id)})}relate(t.id,t.dependencies)}for(const e of r)relate(e.id,e.dependencies);s.sort((e,t)=>(0,h.UD)(e.spdxElementId,t.spdxElementId)||(0,h.UD)(e.relationshipType,t.relationshipType)||(0,h.UD)(e.relatedSpdxElement,t.relatedSpdxElement));const a=(0,h.a9)(e,`spdx-2.3\0${String(t.includeDev)}`);const c=`${n.name}@${n.version}`;return{spdxVersion:"SPDX-2.3",dataLicense:"CC0-1.0",SPDXID:"SPDXRef-DOCUMENT",name:c,documentNamespace:`https://spdx.org/spdxdocs/${encodeURIComponent(n.name)}-${n.version}-${(0,h.wc)(a)}`,creationInfo:{created:spdxTime(t.created),creators:[`Tool: ${y}-${L}`]},documentDescribes:[idOf(n.id)],packages:[describe(n,"APPLICATION"),...e.projects.filter(e=>e!==n).map(e=>describe(e,"LIBRARY")),...r.map(e=>describe(e,"LIBRARY"))],relationships:[{spdxElementId:"SPDXRef-DOCUMENT",relationshipType:"DESCRIBES",relatedSpdxElement:idOf(n.id)},...s]}}function serializeSpdx(e){return`${JSON.stringify(e,null,2)}\n`}var D=n(37970);const w=16*1024*1024;const O=20;function checkSize(e,t){if(e<=w)return undefined;return new a.dz({file:t},`is ${(e/(1024*1024)).toFixed(1)} MB (${e} bytes), over GitHub's 16 MB attestation limit (${w} bytes); it was not signed`)}async function validateSbom(e,t){const n=checkSize(Buffer.byteLength(e),t);if(n)return{errors:[n]};let r;try{r=(0,x.qF)(e,t)}catch(e){if(e instanceof a.dz)return{errors:[e]};throw e}if((0,x.u4)(r)&&typeof r.spdxVersion==="string"){return validateSpdx(r,t)}if((0,x.u4)(r)&&r.bomFormat==="CycloneDX"){return validateCycloneDx(r,e,t)}return{errors:[new a.dz({file:t},"is neither an SPDX document (spdxVersion) nor a CycloneDX BOM (bomFormat)")]}}async function validateSpdx(e,t){const r=String(e.spdxVersion);if(r!=="SPDX-2.3"){return{format:"spdx",version:r,errors:[new a.dz({file:t},`is ${r}; only SPDX-2.3 is validated and signed`)]}}const{validate:i}=await n.e(549).then(n.bind(n,34549));const o=i(e)?[]:schemaErrors(i.errors??[],e,t,"SPDX 2.3");o.push(...spdxReferenceErrors(e,t),...purlErrors(e,t));return{format:"spdx",version:r,errors:o}}async function validateCycloneDx(e,t,r){const i=typeof e.specVersion==="string"?e.specVersion:"";const o=`CycloneDX-${i}`;let s;if(i==="1.6"){const{validate:t}=await Promise.all([n.e(118),n.e(794)]).then(n.bind(n,78794));s=t(e)?[]:schemaErrors(t.errors??[],e,r,"CycloneDX 1.6")}else{const{JsonValidator:c}=await Promise.all([n.e(118),n.e(286)]).then(n.t.bind(n,9286,23));const{Version:l}=await Promise.resolve().then(n.t.bind(n,86214,23));if(!Object.values(l).includes(i)){return{format:"cyclonedx",version:o,errors:[new a.dz({file:r},`has specVersion ${JSON.stringify(e.specVersion)}, which CycloneDX does not define`)]}}const u=Object.values(l).find(e=>e===i);if(u===undefined)throw new Error(`unknown CycloneDX version ${i}`);const p=await new c(u).validate(t);s=p===null?[]:schemaErrors(p,e,r,`CycloneDX ${i}`)}s.push(...purlErrors(e,r));return{format:"cyclonedx",version:o,errors:s}}function elementAt(e,t){let n=e;let r;for(const e of t.split("/").slice(1)){const t=e.replace(/~1/g,"/").replace(/~0/g,"~");if(Array.isArray(n))n=n[Number(t)];else if((0,x.u4)(n))n=n[t];else break;if((0,x.u4)(n)){if(typeof n["bom-ref"]==="string")r=`component \`${n["bom-ref"]}\``;else if(typeof n.SPDXID==="string")r=`element \`${n.SPDXID}\``}}return r}function describeSchemaError(e){const t=e.params;if(e.keyword==="enum"&&Array.isArray(t.allowedValues)){return`${e.message??"is invalid"}: ${t.allowedValues.map(String).join(", ")}`}if(e.keyword==="additionalProperties"&&typeof t.additionalProperty==="string"){return`must not have the property \`${t.additionalProperty}\``}return e.message??`fails ${e.keyword}`}function schemaErrors(e,t,n,r){const i=new Set;const o=[];for(const s of e){const e=s.instancePath||"/";const c=elementAt(t,s.instancePath);const l=`${c?`${c} `:""}at ${e} ${describeSchemaError(s)} (${r} schema)`;if(i.has(l))continue;i.add(l);o.push(new a.dz({file:n},l))}if(o.length>O){const e=o.length-O;return[...o.slice(0,O),new a.dz({file:n},`${e} more schema error${e===1?"":"s"} not shown`)]}return o}const T=/^SPDXRef-[A-Za-z0-9.-]+$/;function spdxReferenceErrors(e,t){const n=[];const r=new Set(["SPDXRef-DOCUMENT"]);for(const i of["packages","files","snippets"]){const o=e[i];if(!Array.isArray(o))continue;o.forEach((e,o)=>{if(!(0,x.u4)(e)||typeof e.SPDXID!=="string")return;r.add(e.SPDXID);if(!T.test(e.SPDXID)){n.push(new a.dz({file:t},`element \`${e.SPDXID}\` at /${i}/${o}/SPDXID is not a valid SPDX identifier (SPDXRef- followed by letters, digits, \`.\` and \`-\`)`))}})}const i=new Map;const refer=(e,t)=>{if(typeof e!=="string"||r.has(e)||/^(NONE|NOASSERTION)$/.test(e)||e.startsWith("DocumentRef-")){return}i.set(e,[...i.get(e)??[],t])};if(Array.isArray(e.documentDescribes)){e.documentDescribes.forEach((e,t)=>{refer(e,`/documentDescribes/${t}`)})}if(Array.isArray(e.relationships)){e.relationships.forEach((e,t)=>{if(!(0,x.u4)(e))return;refer(e.spdxElementId,`/relationships/${t}/spdxElementId`);refer(e.relatedSpdxElement,`/relationships/${t}/relatedSpdxElement`)})}for(const[e,r]of i){const i=r.length>1?` and ${r.length-1} more place${r.length>2?"s":""}`:"";n.push(new a.dz({file:t},`\`${e}\` is referenced at ${r[0]??""}${i} but no element has that SPDXID`))}return n}function purlErrors(e,t){const n=[];const check=(e,r,i)=>{if(typeof e!=="string")return;try{D.PackageURL.fromString(e)}catch(o){const s=(0,x.u4)(o)&&typeof o.message==="string"?o.message:String(o);n.push(new a.dz({file:t},`${i} at ${r} has an invalid purl \`${e}\`: ${s}`))}};const walkComponents=(e,t)=>{if(!Array.isArray(e))return;e.forEach((e,n)=>{if(!(0,x.u4)(e))return;const r=`${t}/${n}`;const i=typeof e["bom-ref"]==="string"?e["bom-ref"]:String(e.name);check(e.purl,`${r}/purl`,`component \`${i}\``);walkComponents(e.components,`${r}/components`)})};if((0,x.u4)(e.metadata)&&(0,x.u4)(e.metadata.component)){const t=e.metadata.component;check(t.purl,"/metadata/component/purl",`component \`${String(t["bom-ref"]??t.name)}\``);walkComponents(t.components,"/metadata/component/components")}walkComponents(e.components,"/components");if(Array.isArray(e.packages)){e.packages.forEach((e,t)=>{if(!(0,x.u4)(e)||!Array.isArray(e.externalRefs))return;e.externalRefs.forEach((n,r)=>{if((0,x.u4)(n)&&n.referenceType==="purl"){check(n.referenceLocator,`/packages/${t}/externalRefs/${r}/referenceLocator`,`element \`${String(e.SPDXID)}\``)}})})}return n}function hasSubjects(e){return Boolean(e.subjectPath||e.subjectDigest||e.subjectChecksums)}const k=["spdx","cyclonedx"];const B="sbom";function baseName(e){const t=e.projects[0];const n=(t?.name??"project").replace(/^@/,"").replace(/[^A-Za-z0-9._-]+/g,"-");return`${n}-${t?.version??"0.0.0"}`}async function generateSboms(e,t={}){const n={command:"sbom-attest",rules:[],findings:[],errors:[],filesScanned:0};const i={files:[],report:n,documents:{}};const c=await(0,s.Z9)(e,t.config===undefined?{}:{file:t.config});n.errors.push(...c.errors);n.findings.push(...c.findings);const l=c.config["sbom-attest"];const u=t.formats??l.formats??[...k];const p=t.includeDev??l["include-dev"]??false;const m=o().resolve(e,t.outputDir??l["output-dir"]??B);let d;try{d=await readLockfile(e,t.lockfile)}catch(e){if(!(e instanceof a.dz))throw e;n.errors.push(e);n.errors=(0,a.Cp)(n.errors);return i}i.model=d;n.filesScanned=1;const h={includeDev:p,created:creationTime(process.env,()=>t.now??new Date)};const y=selectedPackages(d,p).length+d.projects.length-1;n.scope=`${d.lockfile} (${d.format}), ${y} packages`;const L=baseName(d);for(const s of k.filter(e=>u.includes(e))){const a=s==="spdx"?serializeSpdx(toSpdx(d,h)):serializeCycloneDx(toCycloneDx(d,h));const c=o().join(m,`${L}.${s==="spdx"?"spdx":"cdx"}.json`);const l=o().relative(e,c).split(o().sep).join("/");const u=await validateSbom(a,l);if(u.errors.length>0){n.errors.push(...u.errors);continue}i.documents[s]=a;if(t.write!==false){await(0,r.mkdir)(m,{recursive:true});await(0,r.writeFile)(c,a)}i.files.push({format:s,path:c,bytes:Buffer.byteLength(a),packages:y,predicateType:s==="spdx"?_:v})}n.errors=(0,a.Cp)(n.errors);return i}async function releaseTagFromEvent(e){if(e.GITHUB_EVENT_NAME!=="release"||!e.GITHUB_EVENT_PATH)return undefined;try{const{readFile:t}=await Promise.resolve().then(n.t.bind(n,51455,23));const r=JSON.parse(await t(e.GITHUB_EVENT_PATH,"utf8"));return typeof r.release?.tag_name==="string"?r.release.tag_name:undefined}catch{return undefined}}async function runSbomAttest(e){const t=o().resolve(e.path);const r=await generateSboms(t,{...e.formats?{formats:e.formats}:{},...e.includeDev!==undefined?{includeDev:e.includeDev}:{},...e.outputDir?{outputDir:e.outputDir}:{},...e.lockfile?{lockfile:e.lockfile}:{},...e.config?{config:e.config}:{},...e.now?{now:e.now}:{}});const i={exitCode:(0,c.Rr)(r.report,"error"),generated:r,attestations:[],releaseAssets:[],storageRecords:[]};const s=hasSubjects(e);const l=e.releaseTag??await releaseTagFromEvent(process.env);const u=e.uploadReleaseAssets==="true"||e.uploadReleaseAssets==="auto"&&l!==undefined;if(r.report.errors.length>0||!s&&!u&&!e.registryUrl)return i;if(!e.token){throw new a.eb("a GitHub token is needed to sign, upload or record: set `github-token`")}const{signSboms:p,uploadReleaseAssets:m,createStorageRecords:d}=await Promise.all([n.e(343),n.e(70),n.e(372)]).then(n.bind(n,69372));const{resolveSubjects:h}=await Promise.all([n.e(693),n.e(475)]).then(n.bind(n,95475));const y=s||e.registryUrl?await h(t,e):[];if(s){const n=o().resolve(t,e.bundleDir??o().dirname(r.files[0]?.path??t));i.attestations=await p(r.files.map(e=>({file:e.path,predicateType:e.predicateType,bundlePath:o().join(n,`${o().basename(e.path,".json")}.sigstore.json`)})),{token:e.token,subjects:y,...e.sigstore?{sigstore:e.sigstore}:{},...process.env.GITHUB_API_URL?{apiUrl:process.env.GITHUB_API_URL}:{},repository:process.env.GITHUB_REPOSITORY??"",serverUrl:process.env.GITHUB_SERVER_URL??"https://github.com"},e.provenance?o().join(n,"provenance.sigstore.json"):undefined)}if(u){if(!l)throw new a.eb("`upload-release-assets: true` needs `release-tag` outside a release event");i.releaseAssets=await m(r.files.map(e=>({name:o().basename(e.path),file:e.path})),l,{token:e.token,repository:process.env.GITHUB_REPOSITORY??"",...process.env.GITHUB_API_URL?{apiUrl:process.env.GITHUB_API_URL}:{}})}if(e.registryUrl){i.storageRecords=await d(y,{registryUrl:e.registryUrl,token:e.token,...e.artifactUrl?{artifactUrl:e.artifactUrl}:{}})}return i}},66901:(e,t,n)=>{n.d(t,{S3:()=>publishReport,z1:()=>readBooleanInput,di:()=>readCommonInputs,bd:()=>readOptionalBooleanInput,_9:()=>readTokenInput,Cs:()=>runAction});var r=n(51455);var i=n(76760);var o=n.n(i);var s=n(49063);var a=n(70857);var c=n(79896);var l=undefined&&undefined.__awaiter||function(e,t,n,r){function adopt(e){return e instanceof n?e:new n(function(t){t(e)})}return new(n||(n=Promise))(function(n,i){function fulfilled(e){try{step(r.next(e))}catch(e){i(e)}}function rejected(e){try{step(r["throw"](e))}catch(e){i(e)}}function step(e){e.done?n(e.value):adopt(e.value).then(fulfilled,rejected)}step((r=r.apply(e,t||[])).next())})};const{access:u,appendFile:p,writeFile:m}=c.promises;const d="GITHUB_STEP_SUMMARY";const h="https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary";class Summary{constructor(){this._buffer=""}filePath(){return l(this,void 0,void 0,function*(){if(this._filePath){return this._filePath}const e=process.env[d];if(!e){throw new Error(`Unable to find environment variable for $${d}. Check if your runtime environment supports job summaries.`)}try{yield u(e,c.constants.R_OK|c.constants.W_OK)}catch(t){throw new Error(`Unable to access summary file: '${e}'. Check if the file has correct read/write permissions.`)}this._filePath=e;return this._filePath})}wrap(e,t,n={}){const r=Object.entries(n).map(([e,t])=>` ${e}="${t}"`).join("");if(!t){return`<${e}${r}>`}return`<${e}${r}>${t}</${e}>`}write(e){return l(this,void 0,void 0,function*(){const t=!!(e===null||e===void 0?void 0:e.overwrite);const n=yield this.filePath();const r=t?m:p;yield r(n,this._buffer,{encoding:"utf8"});return this.emptyBuffer()})}clear(){return l(this,void 0,void 0,function*(){return this.emptyBuffer().write({overwrite:true})})}stringify(){return this._buffer}isEmptyBuffer(){return this._buffer.length===0}emptyBuffer(){this._buffer="";return this}addRaw(e,t=false){this._buffer+=e;return t?this.addEOL():this}addEOL(){return this.addRaw(a.EOL)}addCodeBlock(e,t){const n=Object.assign({},t&&{lang:t});const r=this.wrap("pre",this.wrap("code",e),n);return this.addRaw(r).addEOL()}addList(e,t=false){const n=t?"ol":"ul";const r=e.map(e=>this.wrap("li",e)).join("");const i=this.wrap(n,r);return this.addRaw(i).addEOL()}addTable(e){const t=e.map(e=>{const t=e.map(e=>{if(typeof e==="string"){return this.wrap("td",e)}const{header:t,data:n,colspan:r,rowspan:i}=e;const o=t?"th":"td";const s=Object.assign(Object.assign({},r&&{colspan:r}),i&&{rowspan:i});return this.wrap(o,n,s)}).join("");return this.wrap("tr",t)}).join("");const n=this.wrap("table",t);return this.addRaw(n).addEOL()}addDetails(e,t){const n=this.wrap("details",this.wrap("summary",e)+t);return this.addRaw(n).addEOL()}addImage(e,t,n){const{width:r,height:i}=n||{};const o=Object.assign(Object.assign({},r&&{width:r}),i&&{height:i});const s=this.wrap("img",null,Object.assign({src:e,alt:t},o));return this.addRaw(s).addEOL()}addHeading(e,t){const n=`h${t}`;const r=["h1","h2","h3","h4","h5","h6"].includes(n)?n:"h1";const i=this.wrap(r,e);return this.addRaw(i).addEOL()}addSeparator(){const e=this.wrap("hr",null);return this.addRaw(e).addEOL()}addBreak(){const e=this.wrap("br",null);return this.addRaw(e).addEOL()}addQuote(e,t){const n=Object.assign({},t&&{cite:t});const r=this.wrap("blockquote",e,n);return this.addRaw(r).addEOL()}addLink(e,t){const n=this.wrap("a",e,{href:t});return this.addRaw(n).addEOL()}}const y=new Summary;const L=null&&y;const S=y;var g=n(637);var v=n(23380);const C="0.1.0";const b=null&&["text","json","sarif"];function formatReport(e,t){switch(t){case"text":return formatText(e);case"json":return`${JSON.stringify(toJson(e),null,2)}\n`;case"sarif":return`${JSON.stringify(toSarif(e),null,2)}\n`}}function formatText(e){const t=[];for(const n of sortFindings(e.findings)){const e=formatLocation(n);t.push(`${terminalSafe(e)}: ${n.severity} [${n.rule}] ${terminalSafe(n.message)}`)}for(const n of e.errors)t.push(`${terminalSafe(n.message)} [input error]`);t.push(summaryLine(e));return`${t.join("\n")}\n`}function summaryLine(e){const t=(0,v.Ot)(e.findings);const n=["error","warning","note"].filter(e=>t[e]>0).map(e=>plural(t[e],e));const r=e.findings.length===0?"no findings":`${plural(e.findings.length,"finding")} (${n.join(", ")})`;const i=e.errors.length===0?"":`, ${plural(e.errors.length,"input error")}`;const o=e.scope??plural(e.filesScanned,"file");return`palisade ${e.command}: ${o}, ${r}${i}`}function plural(e,t){return`${e} ${t}${e===1?"":"s"}`}function terminalSafe(e){return e.replace(/[\u0000-\u001f\u007f-\u009f]/g,e=>e==="\n"?"\\n":`\\x${e.charCodeAt(0).toString(16).padStart(2,"0")}`)}function toJson(e){return{tool:"palisade",version:C,command:e.command,filesScanned:e.filesScanned,counts:{...countBySeverity(e.findings),inputErrors:e.errors.length},findings:sortFindings(e.findings).map(({key:e,...t})=>t),errors:e.errors.map(errorJson)}}function errorJson(e){const{file:t,line:n}=e.location;return n===undefined?{file:t,message:e.reason}:{file:t,line:n,message:e.reason}}const P={error:"error",warning:"warning",note:"note"};const A={error:"7.5",warning:"5.0",note:"2.0"};function toSarif(e){const t=(0,v.Tc)(e.findings);const n=[...new Set([...e.rules.map(e=>e.id),...t.map(e=>e.rule)])];const r=new Map(e.rules.map(e=>[e.id,e]));const i=(0,v.WS)(t);return{$schema:"https://json.schemastore.org/sarif-2.1.0.json",version:"2.1.0",runs:[{tool:{driver:{name:"palisade",version:C,semanticVersion:C,informationUri:v.Dl,rules:n.map(e=>sarifRule(e,r.get(e)))}},automationDetails:{id:`palisade/${e.command}/`},invocations:[{executionSuccessful:e.errors.length===0,toolExecutionNotifications:e.errors.map(e=>({level:"error",message:{text:e.reason},locations:[physicalLocation(e.location.file,e.location.line)]}))}],results:t.map((e,t)=>({ruleId:e.rule,ruleIndex:n.indexOf(e.rule),level:P[e.severity],message:{text:e.message},locations:[physicalLocation(e.file,e.line,e.column,e)],partialFingerprints:{"palisadeFindingHash/v1":i[t]}})),originalUriBaseIds:{"%SRCROOT%":{description:{text:"The root of the repository."}}},columnKind:"utf16CodeUnits"}]}}function sarifRule(e,t){if(!t){return{id:e,name:e,shortDescription:{text:e}}}return{id:e,name:t.id,shortDescription:{text:t.summary},fullDescription:{text:t.summary},helpUri:t.helpUri,help:{text:t.help,markdown:t.help},defaultConfiguration:{level:P[t.defaultSeverity]},properties:{tags:["security","supply-chain",t.action],precision:"high","problem.severity":t.defaultSeverity==="note"?"recommendation":t.defaultSeverity,"security-severity":A[t.defaultSeverity]}}}function physicalLocation(e,t,n,r){const i={};if(t!==undefined)i.startLine=t;if(n!==undefined)i.startColumn=n;if(r?.endLine!==undefined)i.endLine=r.endLine;if(r?.endColumn!==undefined)i.endColumn=r.endColumn;return{physicalLocation:{artifactLocation:{uri:encodeURI(e),uriBaseId:"%SRCROOT%"},...t===undefined?{}:{region:i}}}}function escapeSummaryText(e){return e.replace(/[&<>"'\\`*_[\]|@#!~]|\r?\n/g,e=>{if(e.endsWith("\n"))return" ";return x[e]??`&#${e.charCodeAt(0)};`})}const x={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;"};function readCommonInputs(){const e={path:s.V4("path")||".",showSummary:readBooleanInput("show-summary",true)};const t=s.V4("config");if(t)e.config=t;const n=s.V4("fail-on");if(n){if(!v.Qm.includes(n)){throw new g.eb(`input \`fail-on\` must be one of ${v.Qm.join(", ")}, not \`${n}\``)}e.failOn=n}const r=s.V4("sarif-file");if(r)e.sarifFile=r;return e}function readBooleanInput(e,t){const n=s.V4(e);if(n==="")return t;if(["true","True","TRUE"].includes(n))return true;if(["false","False","FALSE"].includes(n))return false;throw new g.eb(`input \`${e}\` must be true or false, not \`${n}\``)}function readOptionalBooleanInput(e){return s.V4(e)===""?undefined:readBooleanInput(e,false)}function readListInput(e){return core.getInput(e).split(/[,\n]/).map(e=>e.trim()).filter(e=>e!=="")}function readTokenInput(e="github-token"){const t=s.V4(e);if(!t)return undefined;s.Pq(t);return t}async function writePatchFile(e,t,r){const{makePatch:i}=await n.e(451).then(n.bind(n,36451));const o=path.resolve(e,t);await writeFile(o,i(r));core.setOutput("patch-file",o);return`The fix changes ${r.length} file(s); apply ${t} with \`git apply\`.`}async function publishReport(e,t){writeAnnotations(e);if(t.showSummary&&process.env.GITHUB_STEP_SUMMARY){await writeJobSummary(e,t.title,t.summaryLines)}if(t.sarifFile){const n=o().resolve(t.root,t.sarifFile);await(0,r.mkdir)(o().dirname(n),{recursive:true});await(0,r.writeFile)(n,`${JSON.stringify(toSarif(e),null,2)}\n`);s.uH("sarif-file",n)}s.uH("findings-count",String(e.findings.length));const n=(0,v.Rr)(e,t.failOn);const i=summaryLine(e);if(n===g.yU.Ok)s.pq(i);else s.C1(i);return n}const N=50;function writeAnnotations(e){const t={error:0,warning:1,note:2};const n=(0,v.Tc)(e.findings).sort((e,n)=>t[e.severity]-t[n.severity]);let r=0;for(const t of e.errors){if(r++>=N)break;const e={title:"Could not be checked",file:t.location.file};if(t.location.line!==undefined)e.startLine=t.location.line;s.z3(t.reason,e)}for(const e of n){if(r++>=N)break;const t={title:e.rule,file:e.file,startLine:e.line};if(e.column!==undefined)t.startColumn=e.column;const n=`${e.message}\n${e.helpUri}`;if(e.severity==="error")s.z3(n,t);else if(e.severity==="warning")s.$e(n,t);else s.lm(n,t)}}const R=200;async function writeJobSummary(e,t,n=[]){const r=(0,v.Ot)(e.findings);const i=S.addHeading(escapeSummaryText(t),2).addRaw(`<p>${escapeSummaryText(summaryLine(e))}</p>`,true);for(const e of n)i.addRaw(`<p>${escapeSummaryText(e)}</p>`,true);i.addTable([[{data:"Errors",header:true},{data:"Warnings",header:true},{data:"Notes",header:true},{data:"Not checked",header:true}],[String(r.error),String(r.warning),String(r.note),String(e.errors.length)]]);if(e.findings.length>0){const t=(0,v.Tc)(e.findings).slice(0,R).map(e=>[`<a href="${escapeSummaryText(e.helpUri)}">${escapeSummaryText(e.rule)}</a>`,e.severity,`<code>${escapeSummaryText(`${e.file}:${e.line}`)}</code>`,escapeSummaryText(e.message)]);i.addHeading("Findings",3).addTable([["Rule","Severity","Location","Message"].map(e=>({data:e,header:true})),...t]);if(e.findings.length>R){i.addRaw(`${e.findings.length-R} more findings are in the SARIF and JSON reports.`,true)}}if(e.errors.length>0){i.addHeading("Could not be checked",3).addList(e.errors.map(e=>escapeSummaryText(e.message)))}await i.write()}async function runAction(e){try{process.exitCode=await e()}catch(e){if(e instanceof g.UD){s.C1(e.message);process.exitCode=e.exitCode}else{s.C1(`Unexpected error, please report it: ${e instanceof Error?e.stack??e.message:String(e)}`);process.exitCode=g.yU.Error}}}},83484:(e,t,n)=>{n.d(t,{Z9:()=>loadConfig,ZA:()=>suggest,ln:()=>y,y$:()=>L});var r=n(73024);var i=n.n(r);var o=n(76760);var s=n.n(o);var a=n(637);var c=n(57589);var l=n(23380);const u=".github/palisade.yml";const p={type:"enum",values:l.Qm};const m={type:"string"};const d={type:"boolean"};const h={type:"list",of:m};const y={top:{exclude:h,"fail-on":p},sections:{"pin-check":{allow:{type:"allow-list",match:{uses:m}},"history-rewriting":{type:"allow-list",match:{uses:m}},"require-version-comment":d,"fail-on":p},"permission-lint":{preset:{type:"enum",values:["scorecard","strict"]},"job-scopes":h,allow:{type:"allow-list",match:{rule:m,workflow:m,job:m,scope:m}},"fail-on":p},"sbom-attest":{formats:{type:"list",of:{type:"enum",values:["spdx","cyclonedx"]}},"include-dev":d,"output-dir":m},"provenance-gate":{"signer-workflow":m,"signer-repo":m,"source-repo":m,"source-ref":m,issuer:m,"predicate-type":h,"deny-self-hosted-runners":d,"max-age":m},"invariant-gate":{index:m,"gated-tiers":h,tiers:h,severities:h,"witness-classes":h,"require-mention":d,"mention-pattern":m,"verify-external":d,"max-unmentioned":{type:"integer",min:0}},"advisory-id":{prefix:m,"ledger-ref":m,"ledger-repository":m,index:m,changelog:m,advisories:m,"fail-on":p}}};function emptyConfig(){const e=Object.fromEntries(Object.keys(y.sections).map(e=>[e,{}]));return{...e}}const L=`${l.Dl}#configuration`;async function loadConfig(e,t={}){const i=t.file??u;const o={config:emptyConfig(),findings:[],errors:[]};if(t.file===undefined&&!(0,r.existsSync)(s().join(e,i)))return o;const{ConfigReader:l,YamlFile:p}=await Promise.all([n.e(9),n.e(887)]).then(n.bind(n,37887));let m;try{m=p.parse(i,await(0,c.tz)(e,i))}catch(e){if(!(e instanceof a.dz))throw e;o.errors.push(new a.xL(e.location,e.reason));return o}o.config.file=i;new l(m,o,t.today??new Date).read();return o}function suggest(e,t){let n;let r=3;for(const i of t){const t=editDistance(e,i);if(t<r){n=i;r=t}}return n?` (did you mean \`${n}\`?)`:""}function editDistance(e,t){let n=Array.from({length:t.length+1},(e,t)=>t);for(let r=1;r<=e.length;r++){const i=[r];for(let o=1;o<=t.length;o++){const s=(n[o-1]??0)+(e[r-1]===t[o-1]?0:1);i.push(Math.min((n[o]??0)+1,(i[o-1]??0)+1,s))}n=i}return n[t.length]??0}},637:(e,t,n)=>{n.d(t,{Cp:()=>sortErrors,UD:()=>PalisadeError,dz:()=>InputError,eb:()=>UsageError,gJ:()=>errorMessage,hD:()=>ApiError,xL:()=>ConfigError,yU:()=>r});const r={Ok:0,Findings:1,Error:2};function sortErrors(e){return[...e].sort((e,t)=>e.location.file.localeCompare(t.location.file)||(e.location.line??0)-(t.location.line??0))}function formatLocation(e){let t=e.file;if(e.line!==undefined){t+=`:${e.line}`;if(e.column!==undefined)t+=`:${e.column}`}return t}class PalisadeError extends Error{exitCode=r.Error}class UsageError extends PalisadeError{name="UsageError"}class InputError extends PalisadeError{location;reason;name="InputError";constructor(e,t){super(`${formatLocation(e)}: ${t}`);this.location=e;this.reason=t}}class ConfigError extends InputError{name="ConfigError"}class ApiError extends PalisadeError{status;name="ApiError";constructor(e,t){super(e);this.status=t}}function errorMessage(e){if(typeof e==="object"&&e!==null&&"message"in e&&typeof e.message==="string"){return e.message}return String(e)}},23380:(e,t,n)=>{n.d(t,{Dl:()=>c,Ot:()=>countBySeverity,Qm:()=>a,Rr:()=>exitCodeFor,Tc:()=>sortFindings,WS:()=>fingerprints});var r=n(77598);var i=n.n(r);var o=n(637);const s=null&&["error","warning","note"];const a=["error","warning","note","never"];const c="https://github.com/windlasstech/palisade";function ruleHelpUri(e,t){return`${c}/blob/main/actions/${e}/README.md#${t}`}function findingAt(e,t,n,r={}){const i={rule:e.id,severity:r.severity??e.defaultSeverity,message:n,file:t.file,line:t.line,helpUri:e.helpUri};if(t.column!==undefined)i.column=t.column;if(r.key!==undefined)i.key=r.key;return i}function countBySeverity(e){const t={error:0,warning:0,note:0};for(const n of e)t[n.severity]+=1;return t}const l={error:3,warning:2,note:1};const u={error:3,warning:2,note:1,never:Infinity};function isAtOrAbove(e,t){return l[e]>=u[t]}function sortFindings(e){return[...e].sort((e,t)=>e.file.localeCompare(t.file)||e.line-t.line||(e.column??0)-(t.column??0)||e.rule.localeCompare(t.rule))}function fingerprints(e){const t=new Map;return e.map(e=>{const n=`${e.rule}\0${e.file}\0${e.key??e.message}`;const i=(t.get(n)??0)+1;t.set(n,i);return(0,r.createHash)("sha256").update(`${n}\0${i}`).digest("hex").slice(0,32)})}function exitCodeFor(e,t){if(e.errors.length>0)return o.yU.Error;return e.findings.some(e=>isAtOrAbove(e.severity,t))?o.yU.Findings:o.yU.Ok}},57589:(e,t,n)=>{n.d(t,{tz:()=>readRepositoryFile});var r=n(51455);var i=n.n(r);var o=n(76760);var s=n.n(o);var a=n(637);const c=10*1024*1024;const l=null&&[".git","node_modules","dist"];async function checkSymlink(e,t){let n;try{n=await(0,r.realpath)(s().join(e,t))}catch(e){return new a.dz({file:t},`cannot read the file: broken symbolic link (${describeFsError(e)})`)}if(!isInside(e,n)){return new a.dz({file:t},"symbolic link points outside the repository; it is not followed")}return(await(0,r.stat)(n)).isDirectory()?"directory":undefined}function isInside(e,t){const n=s().relative(e,t);return n!==""&&n!==".."&&!n.startsWith(`..${s().sep}`)&&!s().isAbsolute(n)}async function readRepositoryFile(e,t){const n={file:t};const i=s().join(e,t);let o;try{const s=await(0,r.lstat)(i);if(s.isSymbolicLink()){const r=await checkSymlink(e,t);if(r instanceof a.dz)throw r;if(r==="directory")throw new a.dz(n,"is a directory, not a file")}const l=(await(0,r.stat)(i)).size;if(l>c){throw new a.dz(n,`file is ${formatMegabytes(l)}, over the ${formatMegabytes(c)} limit; it was not read`)}o=await(0,r.readFile)(i)}catch(e){if(e instanceof a.dz)throw e;throw new a.dz(n,`cannot read the file (${describeFsError(e)})`)}if(o.length===0)throw new a.dz(n,"file is empty");return decodeUtf8(o,t)}const u=new TextDecoder("utf-8",{fatal:true,ignoreBOM:false});function decodeUtf8(e,t){try{return u.decode(e)}catch{const n=e.toString("utf8");const r=n.indexOf("�");const i=r<0?undefined:n.slice(0,r).split("\n").length;throw new a.dz(i===undefined?{file:t}:{file:t,line:i},"file is not valid UTF-8 text")}}function formatMegabytes(e){return`${(e/(1024*1024)).toFixed(1)} MB`}function describeFsError(e){if(e&&typeof e==="object"&&"code"in e&&typeof e.code==="string"){const t={ENOENT:"no such file or directory",EACCES:"permission denied",EPERM:"operation not permitted",EISDIR:"is a directory",ENOTDIR:"not a directory",ELOOP:"too many levels of symbolic links"};return t[e.code]??e.code}return(0,a.gJ)(e)}},32216:module=>{module.exports=eval("require")("xmlbuilder2")},42613:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert")},20181:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer")},76982:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto")},72250:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns")},24434:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("events")},79896:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs")},91943:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises")},58611:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("http")},85675:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2")},65692:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("https")},69278:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("net")},34589:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert")},16698:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks")},4573:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer")},37540:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console")},77598:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto")},53053:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel")},40610:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns")},78474:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events")},73024:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs")},51455:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises")},37067:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http")},32467:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2")},77030:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net")},76760:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path")},643:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks")},41792:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring")},57075:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream")},46193:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder")},58500:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises")},41692:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls")},73136:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url")},57975:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util")},73429:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types")},75919:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads")},38522:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib")},70857:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("os")},16928:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("path")},932:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("process")},24876:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("punycode")},2203:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream")},13193:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder")},16460:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises")},64756:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls")},52018:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty")},87016:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("url")},39023:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("util")},43106:e=>{e.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib")},95053:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.chainI=chainI;function*chainI(...e){for(const t of e){yield*t}}},67844:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.isNotUndefined=isNotUndefined;function isNotUndefined(e){return e!==undefined}},16691:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.SortableNumbers=t.SortableStringables=t.SortableComparables=t.SortableSet=t.compareObjectsSymbol=void 0;t.compareObjectsSymbol=Symbol("internal compare function");class SortableSet extends Set{sorted(){return Array.from(this).sort(this[t.compareObjectsSymbol])}compare(e){const n=e.sorted();const r=this.sorted();if(r.length!==n.length){return r.length-n.length}for(let e=r.length-1;e>=0;--e){const i=this[t.compareObjectsSymbol](r[e],n[e]);if(i!==0){return i}}return 0}}t.SortableSet=SortableSet;class SortableComparables extends SortableSet{[t.compareObjectsSymbol](e,t){if(e.constructor===t.constructor){return e.compare(t)}return e.constructor.name.localeCompare(t.constructor.name)}}t.SortableComparables=SortableComparables;class SortableStringables extends SortableSet{[t.compareObjectsSymbol](e,t){return e.toString().localeCompare(t.toString())}}t.SortableStringables=SortableStringables;class SortableNumbers extends SortableSet{[t.compareObjectsSymbol](e,t){return e-t}}t.SortableNumbers=SortableNumbers},71639:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.treeIteratorSymbol=void 0;t.treeIteratorSymbol=Symbol("iterator of a tree/nesting-like structure")},94853:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.escapeUri=escapeUri;const n=[[/ /g,"%20"],[/"/g,"%22"],[/'/g,"%27"],[/\[/g,"%5B"],[/]/g,"%5D"],[/</g,"%3C"],[/>/g,"%3E"],[/\{/g,"%7B"],[/}/g,"%7D"]];function escapeUri(e){if(e===undefined){return e}for(const[t,r]of n){e=e.replace(t,r)}return e}},25374:(e,t,n)=>{var r;
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/r={value:true};const i=n(32216);if(typeof i.create!=="function"){throw new Error("`create` is not a function")}t.A=function(e,{space:t}={}){const n=makeIndent(t);const r=(0,i.create)({encoding:"UTF-8"});addEle(r,e);return r.end({format:"xml",newline:"\n",prettyPrint:n.length>0,indent:n})};function addEle(e,t,n=null){if(t.type!=="element"){return}const r=getNS(t)??n;const i=e.ele(r,t.name,t.attributes);if(t.children===undefined){}else if(typeof t.children==="string"||typeof t.children==="number"){i.txt(t.children.toString())}else{for(const e of t.children){addEle(i,e,r)}}}function getNS(e){const t=(e.namespace??e.attributes?.xmlns)?.toString()??"";return t.length>0?t:null}function makeIndent(e){if(typeof e==="number"){return" ".repeat(Math.max(0,e))}if(typeof e==="string"){return e}return""}},90691:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t["default"]=default_1;const r=n(35396);function makeWIllThrow(e){const f=function(){throw new r.OptPlugError(e)};f.fails=true;return Object.freeze(f)}function default_1(e,t){for(const[,e]of t){try{return e()}catch{}}return makeWIllThrow(`No ${e} available.\n`+"Please install one of the optional dependencies: "+t.map(e=>e[0]).join(" || "))}},35396:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.OptPlugError=void 0;class OptPlugError extends Error{cause;constructor(e,t){super(e);this.cause=t}}t.OptPlugError=OptPlugError},87265:function(e,t,n){
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var r=this&&this.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(t,"__esModule",{value:true});const i=r(n(90691));t["default"]=(0,i.default)("XmlStringifier",[["xmlbuilder2",()=>n(25374).A]])},11517:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.AttachmentEncoding=void 0;var n;(function(e){e["Base64"]="base64"})(n||(t.AttachmentEncoding=n={}))},21216:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.ComponentScope=void 0;var n;(function(e){e["Required"]="required";e["Optional"]="optional";e["Excluded"]="excluded"})(n||(t.ComponentScope=n={}))},81574:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.ComponentType=void 0;var n;(function(e){e["Application"]="application";e["Framework"]="framework";e["Library"]="library";e["Container"]="container";e["Platform"]="platform";e["OperatingSystem"]="operating-system";e["Device"]="device";e["DeviceDriver"]="device-driver";e["Firmware"]="firmware";e["File"]="file";e["MachineLearningModel"]="machine-learning-model";e["Data"]="data";e["CryptographicAsset"]="cryptographic-asset"})(n||(t.ComponentType=n={}))},81973:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.ExternalReferenceType=void 0;var n;(function(e){e["VCS"]="vcs";e["IssueTracker"]="issue-tracker";e["Website"]="website";e["Advisories"]="advisories";e["BOM"]="bom";e["MailingList"]="mailing-list";e["Social"]="social";e["Chat"]="chat";e["Documentation"]="documentation";e["Support"]="support";e["SourceDistribution"]="source-distribution";e["Distribution"]="distribution";e["DistributionIntake"]="distribution-intake";e["License"]="license";e["BuildMeta"]="build-meta";e["BuildSystem"]="build-system";e["ReleaseNotes"]="release-notes";e["SecurityContact"]="security-contact";e["ModelCard"]="model-card";e["Log"]="log";e["Configuration"]="configuration";e["Evidence"]="evidence";e["Formulation"]="formulation";e["Attestation"]="attestation";e["ThreatModel"]="threat-model";e["AdversaryModel"]="adversary-model";e["RiskAssessment"]="risk-assessment";e["VulnerabilityAssertion"]="vulnerability-assertion";e["ExploitabilityStatement"]="exploitability-statement";e["PentestReport"]="pentest-report";e["StaticAnalysisReport"]="static-analysis-report";e["DynamicAnalysisReport"]="dynamic-analysis-report";e["RuntimeAnalysisReport"]="runtime-analysis-report";e["ComponentAnalysisReport"]="component-analysis-report";e["MaturityReport"]="maturity-report";e["CertificationReport"]="certification-report";e["CodifiedInfrastructure"]="codified-infrastructure";e["QualityMetrics"]="quality-metrics";e["POAM"]="poam";e["ElectronicSignature"]="electronic-signature";e["DigitalSignature"]="digital-signature";e["RFC9116"]="rfc-9116";e["Citation"]="citation";e["Patent"]="patent";e["PatentAssertion"]="patent-assertion";e["PatentFamily"]="patent-family";e["Other"]="other"})(n||(t.ExternalReferenceType=n={}))},89773:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.HashAlgorithm=void 0;var n;(function(e){e["MD5"]="MD5";e["SHA-1"]="SHA-1";e["SHA-256"]="SHA-256";e["SHA-384"]="SHA-384";e["SHA-512"]="SHA-512";e["SHA3-256"]="SHA3-256";e["SHA3-384"]="SHA3-384";e["SHA3-512"]="SHA3-512";e["BLAKE2b-256"]="BLAKE2b-256";e["BLAKE2b-384"]="BLAKE2b-384";e["BLAKE2b-512"]="BLAKE2b-512";e["BLAKE3"]="BLAKE3";e["Streebog-256"]="Streebog-256";e["Streebog-512"]="Streebog-512"})(n||(t.HashAlgorithm=n={}))},63189:function(e,t,n){
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var r=this&&this.__createBinding||(Object.create?function(e,t,n,r){if(r===undefined)r=n;var i=Object.getOwnPropertyDescriptor(t,n);if(!i||("get"in i?!t.__esModule:i.writable||i.configurable)){i={enumerable:true,get:function(){return t[n]}}}Object.defineProperty(e,r,i)}:function(e,t,n,r){if(r===undefined)r=n;e[r]=t[n]});var i=this&&this.__setModuleDefault||(Object.create?function(e,t){Object.defineProperty(e,"default",{enumerable:true,value:t})}:function(e,t){e["default"]=t});var o=this&&this.__exportStar||function(e,t){for(var n in e)if(n!=="default"&&!Object.prototype.hasOwnProperty.call(t,n))r(t,e,n)};var s=this&&this.__importStar||function(){var ownKeys=function(e){ownKeys=Object.getOwnPropertyNames||function(e){var t=[];for(var n in e)if(Object.prototype.hasOwnProperty.call(e,n))t[t.length]=n;return t};return ownKeys(e)};return function(e){if(e&&e.__esModule)return e;var t={};if(e!=null)for(var n=ownKeys(e),o=0;o<n.length;o++)if(n[o]!=="default")r(t,e,n[o]);i(t,e);return t}}();Object.defineProperty(t,"__esModule",{value:true});t.Vulnerability=void 0;o(n(11517),t);o(n(21216),t);o(n(81574),t);o(n(81973),t);o(n(89773),t);o(n(83824),t);o(n(34962),t);t.Vulnerability=s(n(84924))},83824:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.LicenseAcknowledgement=void 0;var n;(function(e){e["Declared"]="declared";e["Concluded"]="concluded"})(n||(t.LicenseAcknowledgement=n={}))},34962:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.LifecyclePhase=void 0;var n;(function(e){e["Design"]="design";e["PreBuild"]="pre-build";e["Build"]="build";e["PostBuild"]="post-build";e["Operations"]="operations";e["Discovery"]="discovery";e["Decommission"]="decommission"})(n||(t.LifecyclePhase=n={}))},3097:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.AffectStatus=void 0;var n;(function(e){e["Affected"]="affected";e["Unaffected"]="unaffected";e["Unknown"]="unknown"})(n||(t.AffectStatus=n={}))},83716:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.AnalysisJustification=void 0;var n;(function(e){e["CodeNotPresent"]="code_not_present";e["CodeNotReachable"]="code_not_reachable";e["RequiresConfiguration"]="requires_configuration";e["RequiresDependency"]="requires_dependency";e["RequiresEnvironment"]="requires_environment";e["ProtectedByCompiler"]="protected_by_compiler";e["ProtectedAtRuntime"]="protected_at_runtime";e["ProtectedAtPerimeter"]="protected_at_perimeter";e["ProtectedByMitigatingControl"]="protected_by_mitigating_control"})(n||(t.AnalysisJustification=n={}))},33915:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.AnalysisResponseRepository=t.AnalysisResponse=void 0;const r=n(16691);var i;(function(e){e["CanNotFix"]="can_not_fix";e["WillNotFix"]="will_not_fix";e["Update"]="update";e["Rollback"]="rollback";e["WorkaroundAvailable"]="workaround_available"})(i||(t.AnalysisResponse=i={}));class AnalysisResponseRepository extends r.SortableStringables{}t.AnalysisResponseRepository=AnalysisResponseRepository},10263:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.AnalysisState=void 0;var n;(function(e){e["Resolved"]="resolved";e["ResolvedWithPedigree"]="resolved_with_pedigree";e["Exploitable"]="exploitable";e["InTriage"]="in_triage";e["FalsePositive"]="false_positive";e["NotAffected"]="not_affected"})(n||(t.AnalysisState=n={}))},84924:function(e,t,n){
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var r=this&&this.__createBinding||(Object.create?function(e,t,n,r){if(r===undefined)r=n;var i=Object.getOwnPropertyDescriptor(t,n);if(!i||("get"in i?!t.__esModule:i.writable||i.configurable)){i={enumerable:true,get:function(){return t[n]}}}Object.defineProperty(e,r,i)}:function(e,t,n,r){if(r===undefined)r=n;e[r]=t[n]});var i=this&&this.__exportStar||function(e,t){for(var n in e)if(n!=="default"&&!Object.prototype.hasOwnProperty.call(t,n))r(t,e,n)};Object.defineProperty(t,"__esModule",{value:true});i(n(3097),t);i(n(83716),t);i(n(33915),t);i(n(10263),t);i(n(22470),t);i(n(54257),t)},22470:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.RatingMethod=void 0;var n;(function(e){e["CVSSv2"]="CVSSv2";e["CVSSv3"]="CVSSv3";e["CVSSv31"]="CVSSv31";e["CVSSv4"]="CVSSv4";e["OWASP"]="OWASP";e["SSVC"]="SSVC";e["Other"]="other"})(n||(t.RatingMethod=n={}))},54257:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.Severity=void 0;var n;(function(e){e["Critical"]="critical";e["High"]="high";e["Medium"]="medium";e["Low"]="low";e["Info"]="info";e["None"]="none";e["Unknown"]="unknown"})(n||(t.Severity=n={}))},98166:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.Attachment=void 0;class Attachment{contentType;content;encoding;constructor(e,t={}){this.contentType=t.contentType;this.content=e;this.encoding=t.encoding}}t.Attachment=Attachment},80693:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.Bom=void 0;const r=n(50528);const i=n(76804);const o=n(89654);const s=n(69600);const a=n(81148);class Bom{metadata;components;services;vulnerabilities;#e=1;#t;constructor(e={}){this.metadata=e.metadata??new o.Metadata;this.components=e.components??new i.ComponentRepository;this.services=e.services??new s.ServiceRepository;this.version=e.version??this.version;this.vulnerabilities=e.vulnerabilities??new a.VulnerabilityRepository;this.serialNumber=e.serialNumber}get version(){return this.#e}set version(e){if(!(0,r.isPositiveInteger)(e)){throw new TypeError("Not PositiveInteger")}this.#e=e}get serialNumber(){return this.#t}set serialNumber(e){this.#t=e===""?undefined:e}}t.Bom=Bom},56077:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.BomLinkElement=t.BomLinkDocument=void 0;class BomLinkBase{#n;constructor(e){this.value=e}get value(){return this.#n}set value(e){if(!this._isValid(e)){throw new RangeError("invalid value")}this.#n=e}compare(e){return this.toString().localeCompare(e.toString())}toString(){return this.value}}class BomLinkDocument extends BomLinkBase{static#r=/^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[1-9][0-9]*$/;static isValid(e){return typeof e==="string"&&this.#r.test(e)}_isValid(e){return BomLinkDocument.isValid(e)}}t.BomLinkDocument=BomLinkDocument;class BomLinkElement extends BomLinkBase{static#r=/^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[1-9][0-9]*#.+$/;static isValid(e){return typeof e==="string"&&this.#r.test(e)}_isValid(e){return BomLinkElement.isValid(e)}}t.BomLinkElement=BomLinkElement},66584:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.BomRefRepository=t.BomRef=void 0;class BomRef{value;constructor(e){this.value=e}compare(e){return this.toString().localeCompare(e.toString())}toString(){return this.value??""}}t.BomRef=BomRef;class BomRefRepository extends Set{}t.BomRefRepository=BomRefRepository},76804:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.ComponentEvidence=t.ComponentRepository=t.Component=void 0;const r=n(16691);const i=n(71639);const o=n(91540);const s=n(66584);const a=n(5334);const c=n(75843);const l=n(85015);const u=n(75416);const p=n(98754);class Component{type;name;author;copyright;description;externalReferences;group;hashes;licenses;publisher;purl;scope;supplier;swid;version;components;properties;evidence;#i;#o;dependencies;constructor(e,t,n={}){this.#i=new s.BomRef(n.bomRef);this.type=e;this.name=t;this.supplier=n.supplier;this.author=n.author;this.copyright=n.copyright;this.externalReferences=n.externalReferences??new c.ExternalReferenceRepository;this.group=n.group;this.hashes=n.hashes??new l.HashDictionary;this.licenses=n.licenses??new u.LicenseRepository;this.publisher=n.publisher;this.purl=n.purl;this.scope=n.scope;this.swid=n.swid;this.version=n.version;this.description=n.description;this.components=n.components??new ComponentRepository;this.cpe=n.cpe;this.properties=n.properties??new p.PropertyRepository;this.evidence=n.evidence;this.dependencies=n.dependencies??new s.BomRefRepository}get bomRef(){return this.#i}get cpe(){return this.#o}set cpe(e){if(e!==undefined&&!(0,o.isCPE)(e)){throw new TypeError("Not CPE nor undefined")}this.#o=e}compare(e){const t=this.bomRef.compare(e.bomRef);if(t!==0){return t}if(this.purl!==undefined&&e.purl!==undefined){return this.purl.localeCompare(e.purl)}if(this.#o!==undefined&&e.#o!==undefined){return this.#o.localeCompare(e.#o)}return(this.group??"").localeCompare(e.group??"")||this.name.localeCompare(e.name)||(this.version??"").localeCompare(e.version??"")}}t.Component=Component;class ComponentRepository extends r.SortableComparables{*[i.treeIteratorSymbol](){for(const e of this){yield e;yield*e.components[i.treeIteratorSymbol]()}}}t.ComponentRepository=ComponentRepository;class ComponentEvidence{licenses;copyright;constructor(e={}){this.licenses=e.licenses??new u.LicenseRepository;this.copyright=e.copyright??new a.CopyrightRepository}}t.ComponentEvidence=ComponentEvidence},5334:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.CopyrightRepository=void 0;const r=n(16691);class CopyrightRepository extends r.SortableStringables{}t.CopyrightRepository=CopyrightRepository},75843:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.ExternalReferenceRepository=t.ExternalReference=void 0;const r=n(16691);const i=n(85015);class ExternalReference{url;type;hashes;comment;constructor(e,t,n={}){this.url=e;this.type=t;this.hashes=n.hashes??new i.HashDictionary;this.comment=n.comment}compare(e){return this.type.localeCompare(e.type)||this.url.toString().localeCompare(e.url.toString())}}t.ExternalReference=ExternalReference;class ExternalReferenceRepository extends r.SortableComparables{}t.ExternalReferenceRepository=ExternalReferenceRepository},85015:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.HashDictionary=void 0;class HashDictionary extends Map{static#s([e,t],[n,r]){return e.localeCompare(n)||t.localeCompare(r)}sorted(){return Array.from(this.entries()).sort(HashDictionary.#s)}}t.HashDictionary=HashDictionary},20315:function(e,t,n){
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var r=this&&this.__createBinding||(Object.create?function(e,t,n,r){if(r===undefined)r=n;var i=Object.getOwnPropertyDescriptor(t,n);if(!i||("get"in i?!t.__esModule:i.writable||i.configurable)){i={enumerable:true,get:function(){return t[n]}}}Object.defineProperty(e,r,i)}:function(e,t,n,r){if(r===undefined)r=n;e[r]=t[n]});var i=this&&this.__setModuleDefault||(Object.create?function(e,t){Object.defineProperty(e,"default",{enumerable:true,value:t})}:function(e,t){e["default"]=t});var o=this&&this.__exportStar||function(e,t){for(var n in e)if(n!=="default"&&!Object.prototype.hasOwnProperty.call(t,n))r(t,e,n)};var s=this&&this.__importStar||function(){var ownKeys=function(e){ownKeys=Object.getOwnPropertyNames||function(e){var t=[];for(var n in e)if(Object.prototype.hasOwnProperty.call(e,n))t[t.length]=n;return t};return ownKeys(e)};return function(e){if(e&&e.__esModule)return e;var t={};if(e!=null)for(var n=ownKeys(e),o=0;o<n.length;o++)if(n[o]!=="default")r(t,e,n[o]);i(t,e);return t}}();Object.defineProperty(t,"__esModule",{value:true});t.Vulnerability=void 0;o(n(98166),t);o(n(80693),t);o(n(56077),t);o(n(66584),t);o(n(76804),t);o(n(5334),t);o(n(75843),t);o(n(85015),t);o(n(75416),t);o(n(23099),t);o(n(89654),t);o(n(62405),t);o(n(40330),t);o(n(98754),t);o(n(69600),t);o(n(98460),t);o(n(52661),t);t.Vulnerability=s(n(19062))},75416:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.LicenseRepository=t.SpdxLicense=t.NamedLicense=t.LicenseExpression=void 0;const r=n(98754);class LicenseExpression{#a;acknowledgement;constructor(e){this.expression=e}get expression(){return this.#a}set expression(e){if(e===""){throw new RangeError("value is empty string")}this.#a=e}compare(e){return this.#a.localeCompare(e.#a)}}t.LicenseExpression=LicenseExpression;class DisjunctiveLicenseBase{acknowledgement;text;#c;properties;constructor(e={}){this.acknowledgement=e.acknowledgement;this.text=e.text;this.url=e.url;this.properties=e.properties??new r.PropertyRepository}get url(){return this.#c}set url(e){this.#c=e===""?undefined:e}}class NamedLicense extends DisjunctiveLicenseBase{name;constructor(e,t={}){super(t);this.name=e}compare(e){return this.name.localeCompare(e.name)}}t.NamedLicense=NamedLicense;class SpdxLicense extends DisjunctiveLicenseBase{#l;constructor(e,t={}){super(t);this.id=e}get id(){return this.#l}set id(e){if(e===""){throw new RangeError("value is empty string")}this.#l=e}compare(e){return this.#l.localeCompare(e.#l)}}t.SpdxLicense=SpdxLicense;class LicenseRepository extends Set{static#s(e,t){if(e.constructor===t.constructor){return e.compare(t)}return e.constructor.name.localeCompare(t.constructor.name)}sorted(){return Array.from(this).sort(LicenseRepository.#s)}}t.LicenseRepository=LicenseRepository},23099:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.LifecycleRepository=t.NamedLifecycle=void 0;class NamedLifecycle{name;description;constructor(e,t={}){this.name=e;this.description=t.description}compare(e){return this.name.localeCompare(e.name)}}t.NamedLifecycle=NamedLifecycle;class LifecycleRepository extends Set{static#s(e,t){if(e.constructor===t.constructor){return e instanceof NamedLifecycle?e.compare(t):e.localeCompare(t)}return e.constructor.name.localeCompare(t.constructor.name)}sorted(){return Array.from(this).sort(LifecycleRepository.#s)}}t.LifecycleRepository=LifecycleRepository},89654:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.Metadata=void 0;const r=n(75416);const i=n(23099);const o=n(62405);const s=n(98754);const a=n(52661);class Metadata{timestamp;lifecycles;tools;authors;component;manufacture;supplier;licenses;properties;constructor(e={}){this.timestamp=e.timestamp;this.lifecycles=e.lifecycles??new i.LifecycleRepository;this.tools=e.tools??new a.Tools;this.authors=e.authors??new o.OrganizationalContactRepository;this.component=e.component;this.manufacture=e.manufacture;this.supplier=e.supplier;this.licenses=e.licenses??new r.LicenseRepository;this.properties=e.properties??new s.PropertyRepository}}t.Metadata=Metadata},62405:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.OrganizationalContactRepository=t.OrganizationalContact=void 0;const r=n(16691);class OrganizationalContact{name;email;phone;constructor(e={}){this.name=e.name;this.email=e.email;this.phone=e.phone}compare(e){return(this.name??"").localeCompare(e.name??"")||(this.email??"").localeCompare(e.email??"")||(this.phone??"").localeCompare(e.phone??"")}}t.OrganizationalContact=OrganizationalContact;class OrganizationalContactRepository extends r.SortableComparables{}t.OrganizationalContactRepository=OrganizationalContactRepository},40330:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.OrganizationalEntityRepository=t.OrganizationalEntity=void 0;const r=n(16691);const i=n(62405);class OrganizationalEntity{name;url;contact;constructor(e={}){this.name=e.name;this.url=e.url??new Set;this.contact=e.contact??new i.OrganizationalContactRepository}compare(e){return(this.name??"").localeCompare(e.name??"")||this.contact.compare(e.contact)||new r.SortableStringables(this.url).compare(new r.SortableStringables(e.url))}}t.OrganizationalEntity=OrganizationalEntity;class OrganizationalEntityRepository extends r.SortableComparables{}t.OrganizationalEntityRepository=OrganizationalEntityRepository},98754:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.PropertyRepository=t.Property=void 0;const r=n(16691);class Property{name;value;constructor(e,t){this.name=e;this.value=t}compare(e){return this.name.localeCompare(e.name)||this.value.localeCompare(e.value)}}t.Property=Property;class PropertyRepository extends r.SortableComparables{}t.PropertyRepository=PropertyRepository},69600:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.ServiceRepository=t.Service=void 0;const r=n(16691);const i=n(71639);const o=n(66584);const s=n(75843);const a=n(75416);const c=n(98754);class Service{provider;group;name;version;description;licenses;externalReferences;services;properties;#i;dependencies;constructor(e,t={}){this.#i=new o.BomRef(t.bomRef);this.provider=t.provider;this.group=t.group;this.name=e;this.version=t.version;this.description=t.description;this.licenses=t.licenses??new a.LicenseRepository;this.externalReferences=t.externalReferences??new s.ExternalReferenceRepository;this.services=t.services??new ServiceRepository;this.properties=t.properties??new c.PropertyRepository;this.dependencies=t.dependencies??new o.BomRefRepository}get bomRef(){return this.#i}compare(e){const t=this.bomRef.compare(e.bomRef);if(t!==0){return t}return(this.group??"").localeCompare(e.group??"")||this.name.localeCompare(e.name)||(this.version??"").localeCompare(e.version??"")}}t.Service=Service;class ServiceRepository extends r.SortableComparables{*[i.treeIteratorSymbol](){for(const e of this){yield e;yield*e.services[i.treeIteratorSymbol]()}}}t.ServiceRepository=ServiceRepository},98460:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.SWID=void 0;const r=n(50528);class SWID{tagId;name;version;patch;text;url;#u;constructor(e,t,n={}){this.tagId=e;this.name=t;this.version=n.version;this.patch=n.patch;this.text=n.text;this.url=n.url;this.tagVersion=n.tagVersion}get tagVersion(){return this.#u}set tagVersion(e){if(e!==undefined&&!(0,r.isNonNegativeInteger)(e)){throw new TypeError("Not NonNegativeInteger nor undefined")}this.#u=e}}t.SWID=SWID},52661:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.Tools=t.ToolRepository=t.Tool=void 0;const r=n(16691);const i=n(76804);const o=n(75843);const s=n(85015);const a=n(69600);class Tool{vendor;name;version;hashes;externalReferences;constructor(e={}){this.vendor=e.vendor;this.name=e.name;this.version=e.version;this.hashes=e.hashes??new s.HashDictionary;this.externalReferences=e.externalReferences??new o.ExternalReferenceRepository}compare(e){return(this.vendor??"").localeCompare(e.vendor??"")||(this.name??"").localeCompare(e.name??"")||(this.version??"").localeCompare(e.version??"")}static fromComponent(e){return new Tool({vendor:e.group,name:e.name,version:e.version,hashes:e.hashes,externalReferences:e.externalReferences})}static fromService(e){return new Tool({vendor:e.group,name:e.name,version:e.version,externalReferences:e.externalReferences})}}t.Tool=Tool;class ToolRepository extends r.SortableComparables{}t.ToolRepository=ToolRepository;class Tools{components;services;tools;constructor(e={}){this.components=e.components??new i.ComponentRepository;this.services=e.services??new a.ServiceRepository;this.tools=e.tools??new ToolRepository}get size(){return this.components.size+this.services.size+this.tools.size}}t.Tools=Tools},23791:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.AdvisoryRepository=t.Advisory=void 0;const r=n(16691);class Advisory{title;url;constructor(e,t={}){this.url=e;this.title=t.title}compare(e){return this.url.toString().localeCompare(e.url.toString())||(this.title??"").localeCompare(e.title??"")}}t.Advisory=Advisory;class AdvisoryRepository extends r.SortableComparables{}t.AdvisoryRepository=AdvisoryRepository},55401:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.AffectedVersionRepository=t.AffectedVersionRange=t.AffectedSingleVersion=t.AffectRepository=t.Affect=void 0;const r=n(16691);class Affect{ref;versions;constructor(e,t={}){this.ref=e;this.versions=t.versions??new AffectedVersionRepository}compare(e){return this.ref.compare(e.ref)||this.versions.compare(e.versions)}}t.Affect=Affect;class AffectRepository extends r.SortableComparables{}t.AffectRepository=AffectRepository;class AffectedSingleVersion{version;status;constructor(e,t={}){this.version=e;this.status=t.status}compare(e){return this.version.localeCompare(e.version)||(this.status??"").localeCompare(e.status??"")}}t.AffectedSingleVersion=AffectedSingleVersion;class AffectedVersionRange{range;status;constructor(e,t={}){this.range=e;this.status=t.status}compare(e){return this.range.localeCompare(e.range)||(this.status??"").localeCompare(e.status??"")}}t.AffectedVersionRange=AffectedVersionRange;class AffectedVersionRepository extends r.SortableComparables{}t.AffectedVersionRepository=AffectedVersionRepository},75850:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.Analysis=void 0;const r=n(33915);class Analysis{state;justification;response;detail;constructor(e={}){this.state=e.state;this.justification=e.justification;this.response=e.response??new r.AnalysisResponseRepository;this.detail=e.detail}}t.Analysis=Analysis},55828:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.Credits=void 0;const r=n(62405);const i=n(40330);class Credits{organizations;individuals;constructor(e={}){this.organizations=e.organizations??new i.OrganizationalEntityRepository;this.individuals=e.individuals??new r.OrganizationalContactRepository}}t.Credits=Credits},19062:function(e,t,n){
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var r=this&&this.__createBinding||(Object.create?function(e,t,n,r){if(r===undefined)r=n;var i=Object.getOwnPropertyDescriptor(t,n);if(!i||("get"in i?!t.__esModule:i.writable||i.configurable)){i={enumerable:true,get:function(){return t[n]}}}Object.defineProperty(e,r,i)}:function(e,t,n,r){if(r===undefined)r=n;e[r]=t[n]});var i=this&&this.__exportStar||function(e,t){for(var n in e)if(n!=="default"&&!Object.prototype.hasOwnProperty.call(t,n))r(t,e,n)};Object.defineProperty(t,"__esModule",{value:true});i(n(23791),t);i(n(55401),t);i(n(75850),t);i(n(55828),t);i(n(65441),t);i(n(33051),t);i(n(37461),t);i(n(81148),t)},65441:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.RatingRepository=t.Rating=void 0;const r=n(16691);class Rating{source;score;severity;method;vector;justification;constructor(e={}){this.source=e.source;this.score=e.score;this.severity=e.severity;this.method=e.method;this.vector=e.vector;this.justification=e.justification}compare(e){return(this.score??0)-(e.score??0)||(this.vector??"").localeCompare(e.vector??"")||(this.justification??"").localeCompare(e.justification??"")||(this.severity??"").localeCompare(e.severity??"")||(this.method??"").localeCompare(e.method??"")||(this.source&&e.source?this.source.compare(e.source):0)}}t.Rating=Rating;class RatingRepository extends r.SortableComparables{}t.RatingRepository=RatingRepository},33051:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.ReferenceRepository=t.Reference=void 0;const r=n(16691);class Reference{id;source;constructor(e,t){this.id=e;this.source=t}compare(e){return this.id.localeCompare(e.id)||this.source.compare(e.source)}}t.Reference=Reference;class ReferenceRepository extends r.SortableComparables{}t.ReferenceRepository=ReferenceRepository},37461:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.Source=void 0;class Source{name;url;constructor(e={}){this.name=e.name;this.url=e.url}compare(e){return(this.url?.toString()??"").localeCompare(e.url?.toString()??"")||(this.name??"").localeCompare(e.name??"")}}t.Source=Source},81148:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.VulnerabilityRepository=t.Vulnerability=void 0;const r=n(16691);const i=n(37007);const o=n(66584);const s=n(98754);const a=n(52661);const c=n(23791);const l=n(55401);const u=n(65441);const p=n(33051);class Vulnerability{#i;id;source;references;ratings;cwes;description;detail;recommendation;advisories;created;published;updated;credits;tools;analysis;affects;properties;constructor(e={}){this.#i=new o.BomRef(e.bomRef);this.id=e.id;this.source=e.source;this.references=e.references??new p.ReferenceRepository;this.ratings=e.ratings??new u.RatingRepository;this.cwes=e.cwes??new i.CweRepository;this.description=e.description;this.detail=e.detail;this.recommendation=e.recommendation;this.advisories=e.advisories??new c.AdvisoryRepository;this.created=e.created;this.published=e.published;this.updated=e.updated;this.credits=e.credits;this.tools=e.tools??new a.Tools;this.analysis=e.analysis;this.affects=e.affects??new l.AffectRepository;this.properties=e.properties??new s.PropertyRepository}get bomRef(){return this.#i}compare(e){const t=this.bomRef.compare(e.bomRef);if(t!==0){return t}return(this.id??"").localeCompare(e.id??"")||(this.created?.getTime()??0)-(e.created?.getTime()??0)||(this.published?.getTime()??0)-(e.published?.getTime()??0)||(this.updated?.getTime()??0)-(e.updated?.getTime()??0)||this.ratings.compare(e.ratings)||this.cwes.compare(e.cwes)||(this.description??"").localeCompare(e.description??"")||(this.detail??"").localeCompare(e.detail??"")||(this.recommendation??"").localeCompare(e.recommendation??"")||(this.source&&e.source?this.source.compare(e.source):0)||this.properties.compare(e.properties)}}t.Vulnerability=Vulnerability;class VulnerabilityRepository extends r.SortableComparables{}t.VulnerabilityRepository=VulnerabilityRepository},4188:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.BaseSerializer=void 0;const r=n(71639);const i=n(81508);class BaseSerializer{*#p(e){if(e.metadata.component!==undefined){yield e.metadata.component.bomRef;for(const{bomRef:t}of e.metadata.component.components[r.treeIteratorSymbol]()){yield t}}for(const{bomRef:t}of e.components[r.treeIteratorSymbol]()){yield t}for(const{bomRef:t}of e.services[r.treeIteratorSymbol]()){yield t}for(const{bomRef:t}of e.vulnerabilities){yield t}}#m(e,t){const n=new i.BomRefDiscriminator(this.#p(e));n.discriminate();try{return this._normalize(e,t)}finally{n.reset()}}serialize(e,t){return this._serialize(this.#m(e,t),t)}}t.BaseSerializer=BaseSerializer},81508:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.BomRefDiscriminator=void 0;class BomRefDiscriminator{#d;#f;constructor(e,t="BomRef"){this.#d=Array.from(e,e=>[e,e.value]);this.#f=t}get prefix(){return this.#f}*[Symbol.iterator](){for(const[e]of this.#d){yield e}}discriminate(){const e=new Set([""]);for(const[t]of this.#d){let n=t.value;if(n===undefined||e.has(n)){n=this.#h();t.value=n}e.add(n)}}reset(){for(const[e,t]of this.#d){e.value=t}}#h(){return`${this.#f}${Math.random().toString(32).substring(1)}${Math.random().toString(32).substring(1)}`}}t.BomRefDiscriminator=BomRefDiscriminator},88642:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.MissingOptionalDependencyError=void 0;const r=n(35396);class MissingOptionalDependencyError extends r.OptPlugError{}t.MissingOptionalDependencyError=MissingOptionalDependencyError},18774:function(e,t,n){
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var r=this&&this.__createBinding||(Object.create?function(e,t,n,r){if(r===undefined)r=n;var i=Object.getOwnPropertyDescriptor(t,n);if(!i||("get"in i?!t.__esModule:i.writable||i.configurable)){i={enumerable:true,get:function(){return t[n]}}}Object.defineProperty(e,r,i)}:function(e,t,n,r){if(r===undefined)r=n;e[r]=t[n]});var i=this&&this.__setModuleDefault||(Object.create?function(e,t){Object.defineProperty(e,"default",{enumerable:true,value:t})}:function(e,t){e["default"]=t});var o=this&&this.__exportStar||function(e,t){for(var n in e)if(n!=="default"&&!Object.prototype.hasOwnProperty.call(t,n))r(t,e,n)};var s=this&&this.__importStar||function(){var ownKeys=function(e){ownKeys=Object.getOwnPropertyNames||function(e){var t=[];for(var n in e)if(Object.prototype.hasOwnProperty.call(e,n))t[t.length]=n;return t};return ownKeys(e)};return function(e){if(e&&e.__esModule)return e;var t={};if(e!=null)for(var n=ownKeys(e),o=0;o<n.length;o++)if(n[o]!=="default")r(t,e,n[o]);i(t,e);return t}}();Object.defineProperty(t,"__esModule",{value:true});t.XML=t.JSON=t.Types=void 0;o(n(81508),t);o(n(88642),t);t.Types=s(n(83892));o(n(4188),t);t.JSON=s(n(52744));o(n(21915),t);t.XML=s(n(5359));o(n(55373),t)},11335:function(e,t,n){
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var r=this&&this.__createBinding||(Object.create?function(e,t,n,r){if(r===undefined)r=n;var i=Object.getOwnPropertyDescriptor(t,n);if(!i||("get"in i?!t.__esModule:i.writable||i.configurable)){i={enumerable:true,get:function(){return t[n]}}}Object.defineProperty(e,r,i)}:function(e,t,n,r){if(r===undefined)r=n;e[r]=t[n]});var i=this&&this.__exportStar||function(e,t){for(var n in e)if(n!=="default"&&!Object.prototype.hasOwnProperty.call(t,n))r(t,e,n)};Object.defineProperty(t,"__esModule",{value:true});i(n(18774),t);i(n(19624),t)},52744:function(e,t,n){
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var r=this&&this.__createBinding||(Object.create?function(e,t,n,r){if(r===undefined)r=n;var i=Object.getOwnPropertyDescriptor(t,n);if(!i||("get"in i?!t.__esModule:i.writable||i.configurable)){i={enumerable:true,get:function(){return t[n]}}}Object.defineProperty(e,r,i)}:function(e,t,n,r){if(r===undefined)r=n;e[r]=t[n]});var i=this&&this.__setModuleDefault||(Object.create?function(e,t){Object.defineProperty(e,"default",{enumerable:true,value:t})}:function(e,t){e["default"]=t});var o=this&&this.__importStar||function(){var ownKeys=function(e){ownKeys=Object.getOwnPropertyNames||function(e){var t=[];for(var n in e)if(Object.prototype.hasOwnProperty.call(e,n))t[t.length]=n;return t};return ownKeys(e)};return function(e){if(e&&e.__esModule)return e;var t={};if(e!=null)for(var n=ownKeys(e),o=0;o<n.length;o++)if(n[o]!=="default")r(t,e,n[o]);i(t,e);return t}}();Object.defineProperty(t,"__esModule",{value:true});t.Types=t.Normalize=void 0;t.Normalize=o(n(12683));t.Types=o(n(53485))},12683:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.VulnerabilityAnalysisNormalizer=t.VulnerabilityAffectedVersionNormalizer=t.VulnerabilityAffectNormalizer=t.VulnerabilityCreditsNormalizer=t.VulnerabilityAdvisoryNormalizer=t.VulnerabilityRatingNormalizer=t.VulnerabilityReferenceNormalizer=t.VulnerabilitySourceNormalizer=t.VulnerabilityNormalizer=t.DependencyGraphNormalizer=t.PropertyNormalizer=t.AttachmentNormalizer=t.ExternalReferenceNormalizer=t.SWIDNormalizer=t.LicenseNormalizer=t.ComponentEvidenceNormalizer=t.ServiceNormalizer=t.ComponentNormalizer=t.OrganizationalEntityNormalizer=t.OrganizationalContactNormalizer=t.HashNormalizer=t.ToolsNormalizer=t.ToolNormalizer=t.LifecycleNormalizer=t.MetadataNormalizer=t.BomNormalizer=t.Factory=void 0;const r=n(95053);const i=n(67844);const o=n(71639);const s=n(94853);const a=n(75416);const c=n(23099);const l=n(52661);const u=n(55401);const p=n(66801);const m=n(40996);const d=n(53485);class Factory{#y;constructor(e){this.#y=e}get spec(){return this.#y}makeForBom(){return new BomNormalizer(this)}makeForMetadata(){return new MetadataNormalizer(this)}makeForComponent(){return new ComponentNormalizer(this)}makeForService(){return new ServiceNormalizer(this)}makeForComponentEvidence(){return new ComponentEvidenceNormalizer(this)}makeForLifecycle(){return new LifecycleNormalizer(this)}makeForTool(){return new ToolNormalizer(this)}makeForTools(){return new ToolsNormalizer(this)}makeForOrganizationalContact(){return new OrganizationalContactNormalizer(this)}makeForOrganizationalEntity(){return new OrganizationalEntityNormalizer(this)}makeForHash(){return new HashNormalizer(this)}makeForLicense(){return new LicenseNormalizer(this)}makeForSWID(){return new SWIDNormalizer(this)}makeForExternalReference(){return new ExternalReferenceNormalizer(this)}makeForAttachment(){return new AttachmentNormalizer(this)}makeForProperty(){return new PropertyNormalizer(this)}makeForDependencyGraph(){return new DependencyGraphNormalizer(this)}makeForVulnerability(){return new VulnerabilityNormalizer(this)}makeForVulnerabilitySource(){return new VulnerabilitySourceNormalizer(this)}makeForVulnerabilityReference(){return new VulnerabilityReferenceNormalizer(this)}makeForVulnerabilityRating(){return new VulnerabilityRatingNormalizer(this)}makeForVulnerabilityAdvisory(){return new VulnerabilityAdvisoryNormalizer(this)}makeForVulnerabilityCredits(){return new VulnerabilityCreditsNormalizer(this)}makeForVulnerabilityAffect(){return new VulnerabilityAffectNormalizer(this)}makeForVulnerabilityAffectedVersion(){return new VulnerabilityAffectedVersionNormalizer(this)}makeForVulnerabilityAnalysis(){return new VulnerabilityAnalysisNormalizer(this)}}t.Factory=Factory;const h=new Map([[m.Version.v1dot7,"http://cyclonedx.org/schema/bom-1.7.schema.json"],[m.Version.v1dot6,"http://cyclonedx.org/schema/bom-1.6.schema.json"],[m.Version.v1dot5,"http://cyclonedx.org/schema/bom-1.5.schema.json"],[m.Version.v1dot4,"http://cyclonedx.org/schema/bom-1.4.schema.json"],[m.Version.v1dot3,"http://cyclonedx.org/schema/bom-1.3a.schema.json"],[m.Version.v1dot2,"http://cyclonedx.org/schema/bom-1.2b.schema.json"]]);class BaseJsonNormalizer{_factory;constructor(e){this._factory=e}get factory(){return this._factory}}class BomNormalizer extends BaseJsonNormalizer{normalize(e,t){return{$schema:h.get(this._factory.spec.version),bomFormat:"CycloneDX",specVersion:this._factory.spec.version,version:e.version,serialNumber:this.#L(e.serialNumber)?e.serialNumber:undefined,metadata:this._factory.makeForMetadata().normalize(e.metadata,t),components:e.components.size>0?this._factory.makeForComponent().normalizeIterable(e.components,t):[],services:this._factory.spec.supportsServices&&e.services.size>0?this._factory.makeForService().normalizeIterable(e.services,t):undefined,dependencies:this._factory.spec.supportsDependencyGraph?this._factory.makeForDependencyGraph().normalize(e,t):undefined,vulnerabilities:this._factory.spec.supportsVulnerabilities&&e.vulnerabilities.size>0?this._factory.makeForVulnerability().normalizeIterable(e.vulnerabilities,t):undefined}}#L(e){return e!==undefined&&/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(e)}}t.BomNormalizer=BomNormalizer;class MetadataNormalizer extends BaseJsonNormalizer{normalize(e,t){const n=this._factory.makeForOrganizationalEntity();return{timestamp:e.timestamp?.toISOString(),lifecycles:this._factory.spec.supportsMetadataLifecycles&&e.lifecycles.size>0?this._factory.makeForLifecycle().normalizeIterable(e.lifecycles,t):undefined,tools:e.tools.size>0?this._factory.makeForTools().normalize(e.tools,t):undefined,authors:e.authors.size>0?this._factory.makeForOrganizationalContact().normalizeIterable(e.authors,t):undefined,component:e.component===undefined?undefined:this._factory.makeForComponent().normalize(e.component,t),manufacture:e.manufacture===undefined?undefined:n.normalize(e.manufacture,t),supplier:e.supplier===undefined?undefined:n.normalize(e.supplier,t),licenses:this._factory.spec.supportsMetadataLicenses&&e.licenses.size>0?this._factory.makeForLicense().normalizeIterable(e.licenses,t):undefined,properties:this._factory.spec.supportsMetadataProperties&&e.properties.size>0?this._factory.makeForProperty().normalizeIterable(e.properties,t):undefined}}}t.MetadataNormalizer=MetadataNormalizer;class LifecycleNormalizer extends BaseJsonNormalizer{normalize(e,t){return e instanceof c.NamedLifecycle?{name:e.name,description:e.description}:{phase:e}}normalizeIterable(e,t){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t))}}t.LifecycleNormalizer=LifecycleNormalizer;class ToolNormalizer extends BaseJsonNormalizer{normalize(e,t){return{vendor:e.vendor||undefined,name:e.name||undefined,version:e.version||undefined,hashes:e.hashes.size>0?this._factory.makeForHash().normalizeIterable(e.hashes,t):undefined,externalReferences:this._factory.spec.supportsToolReferences&&e.externalReferences.size>0?this._factory.makeForExternalReference().normalizeIterable(e.externalReferences,t):undefined}}normalizeIterable(e,t){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t))}}t.ToolNormalizer=ToolNormalizer;class ToolsNormalizer extends BaseJsonNormalizer{normalize(e,t){if(e.tools.size>0||!this._factory.spec.supportsToolsComponentsServices){return this._factory.makeForTool().normalizeIterable(new l.ToolRepository((0,r.chainI)(Array.from(e.components,l.Tool.fromComponent),Array.from(e.services,l.Tool.fromService),e.tools)),t)}return{components:e.components.size>0?this._factory.makeForComponent().normalizeIterable(e.components,t):undefined,services:e.services.size>0?this._factory.makeForService().normalizeIterable(e.services,t):undefined}}}t.ToolsNormalizer=ToolsNormalizer;class HashNormalizer extends BaseJsonNormalizer{normalize([e,t],n){const r=this._factory.spec;return r.supportsHashAlgorithm(e)&&r.supportsHashValue(t)?{alg:e,content:t}:undefined}normalizeIterable(e,t){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t)).filter(i.isNotUndefined)}}t.HashNormalizer=HashNormalizer;class OrganizationalContactNormalizer extends BaseJsonNormalizer{normalize(e,t){return{name:e.name||undefined,email:d.JsonSchema.isIdnEmail(e.email)?e.email:undefined,phone:e.phone||undefined}}normalizeIterable(e,t){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t))}}t.OrganizationalContactNormalizer=OrganizationalContactNormalizer;class OrganizationalEntityNormalizer extends BaseJsonNormalizer{normalize(e,t){const n=normalizeStringableIter(Array.from(e.url,e=>(0,s.escapeUri)(e.toString())),t).filter(d.JsonSchema.isIriReference);return{name:e.name||undefined,url:n.length>0?n:undefined,contact:e.contact.size>0?this._factory.makeForOrganizationalContact().normalizeIterable(e.contact,t):undefined}}normalizeIterable(e,t){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t))}}t.OrganizationalEntityNormalizer=OrganizationalEntityNormalizer;class ComponentNormalizer extends BaseJsonNormalizer{normalize(e,t){const n=this._factory.spec;if(!n.supportsComponentType(e.type)){return undefined}const r=e.version??"";return{type:e.type,name:e.name,group:e.group||undefined,version:r.length>0||n.requiresComponentVersion?r:undefined,"bom-ref":e.bomRef.value||undefined,supplier:e.supplier===undefined?undefined:this._factory.makeForOrganizationalEntity().normalize(e.supplier,t),author:e.author||undefined,publisher:e.publisher||undefined,description:e.description||undefined,scope:e.scope,hashes:e.hashes.size>0?this._factory.makeForHash().normalizeIterable(e.hashes,t):undefined,licenses:e.licenses.size>0?this._factory.makeForLicense().normalizeIterable(e.licenses,t):undefined,copyright:e.copyright?.toString()||undefined,cpe:e.cpe||undefined,purl:e.purl?.toString(),swid:e.swid===undefined?undefined:this._factory.makeForSWID().normalize(e.swid,t),externalReferences:e.externalReferences.size>0?this._factory.makeForExternalReference().normalizeIterable(e.externalReferences,t):undefined,properties:n.supportsProperties(e)&&e.properties.size>0?this._factory.makeForProperty().normalizeIterable(e.properties,t):undefined,components:e.components.size>0?this.normalizeIterable(e.components,t):undefined,evidence:n.supportsComponentEvidence&&e.evidence!==undefined?this._factory.makeForComponentEvidence().normalize(e.evidence,t):undefined}}normalizeIterable(e,t){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t)).filter(i.isNotUndefined)}}t.ComponentNormalizer=ComponentNormalizer;class ServiceNormalizer extends BaseJsonNormalizer{normalize(e,t){const n=this._factory.spec;return{"bom-ref":e.bomRef.value||undefined,provider:e.provider?this._factory.makeForOrganizationalEntity().normalize(e.provider,t):undefined,group:e.group,name:e.name,version:e.version||undefined,description:e.description||undefined,licenses:e.licenses.size>0?this._factory.makeForLicense().normalizeIterable(e.licenses,t):undefined,externalReferences:e.externalReferences.size>0?this._factory.makeForExternalReference().normalizeIterable(e.externalReferences,t):undefined,services:e.services.size>0?this._factory.makeForService().normalizeIterable(e.services,t):undefined,properties:n.supportsProperties(e)&&e.properties.size>0?this._factory.makeForProperty().normalizeIterable(e.properties,t):undefined}}normalizeIterable(e,t){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t))}}t.ServiceNormalizer=ServiceNormalizer;class ComponentEvidenceNormalizer extends BaseJsonNormalizer{normalize(e,t){return{licenses:e.licenses.size>0?this._factory.makeForLicense().normalizeIterable(e.licenses,t):undefined,copyright:e.copyright.size>0?t.sortLists?e.copyright.sorted().map(ComponentEvidenceNormalizer.#S):Array.from(e.copyright,ComponentEvidenceNormalizer.#S):undefined}}static#S(e){return{text:e.toString()}}}t.ComponentEvidenceNormalizer=ComponentEvidenceNormalizer;class LicenseNormalizer extends BaseJsonNormalizer{normalize(e,t){switch(true){case e instanceof a.NamedLicense:return this.#g(e,t);case e instanceof a.SpdxLicense:return(0,p.isSupportedSpdxId)(e.id)?this.#v(e,t):this.#g(new a.NamedLicense(e.id,{url:e.url}),t);case e instanceof a.LicenseExpression:return this.#C(e);default:throw new TypeError("Unexpected LicenseChoice")}}#g(e,t){const n=this._factory.spec;const r=(0,s.escapeUri)(e.url?.toString());return{license:{name:e.name,acknowledgement:n.supportsLicenseAcknowledgement?e.acknowledgement:undefined,text:e.text===undefined?undefined:this._factory.makeForAttachment().normalize(e.text,t),url:d.JsonSchema.isIriReference(r)?r:undefined,properties:n.supportsProperties(e)&&e.properties.size>0?this._factory.makeForProperty().normalizeIterable(e.properties,t):undefined}}}#v(e,t){const n=this._factory.spec;const r=(0,s.escapeUri)(e.url?.toString());return{license:{id:e.id,acknowledgement:n.supportsLicenseAcknowledgement?e.acknowledgement:undefined,text:e.text===undefined?undefined:this._factory.makeForAttachment().normalize(e.text,t),url:d.JsonSchema.isIriReference(r)?r:undefined,properties:n.supportsProperties(e)&&e.properties.size>0?this._factory.makeForProperty().normalizeIterable(e.properties,t):undefined}}}#C(e){return{expression:e.expression,acknowledgement:this._factory.spec.supportsLicenseAcknowledgement?e.acknowledgement:undefined}}normalizeIterable(e,t){const n=t.sortLists??false?e.sorted():Array.from(e);if(n.length>1){const e=n.filter(e=>e instanceof a.LicenseExpression);if(e.length>0){return[this.#C(e[0])]}}return n.map(e=>this.normalize(e,t))}}t.LicenseNormalizer=LicenseNormalizer;class SWIDNormalizer extends BaseJsonNormalizer{normalize(e,t){const n=(0,s.escapeUri)(e.url?.toString());return{tagId:e.tagId,name:e.name,version:e.version||undefined,tagVersion:e.tagVersion,patch:e.patch,text:e.text===undefined?undefined:this._factory.makeForAttachment().normalize(e.text,t),url:d.JsonSchema.isIriReference(n)?n:undefined}}}t.SWIDNormalizer=SWIDNormalizer;class ExternalReferenceNormalizer extends BaseJsonNormalizer{normalize(e,t){return this._factory.spec.supportsExternalReferenceType(e.type)?{url:(0,s.escapeUri)(e.url.toString()),type:e.type,hashes:this._factory.spec.supportsExternalReferenceHashes&&e.hashes.size>0?this._factory.makeForHash().normalizeIterable(e.hashes,t):undefined,comment:e.comment||undefined}:undefined}normalizeIterable(e,t){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t)).filter(i.isNotUndefined)}}t.ExternalReferenceNormalizer=ExternalReferenceNormalizer;class AttachmentNormalizer extends BaseJsonNormalizer{normalize(e,t){return{content:e.content.toString(),contentType:e.contentType||undefined,encoding:e.encoding}}}t.AttachmentNormalizer=AttachmentNormalizer;class PropertyNormalizer extends BaseJsonNormalizer{normalize(e,t){return{name:e.name,value:e.value}}normalizeIterable(e,t){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t))}}t.PropertyNormalizer=PropertyNormalizer;class DependencyGraphNormalizer extends BaseJsonNormalizer{normalize(e,t){const n=new Map;if(e.metadata.component!==undefined){n.set(e.metadata.component.bomRef,e.metadata.component.dependencies);for(const t of e.metadata.component.components[o.treeIteratorSymbol]()){n.set(t.bomRef,t.dependencies)}}for(const t of e.components[o.treeIteratorSymbol]()){n.set(t.bomRef,t.dependencies)}for(const t of e.services[o.treeIteratorSymbol]()){n.set(t.bomRef,t.dependencies)}const r=[];for(const[e,o]of n){const s=this.#b(e,o,n,t);if((0,i.isNotUndefined)(s)){r.push(s)}}if(t.sortLists??false){r.sort(({ref:e},{ref:t})=>e.localeCompare(t))}return r}#b(e,t,n,r){const i=e.toString();if(i.length===0){return undefined}const o=normalizeStringableIter(Array.from(t).filter(t=>n.has(t)&&t!==e),r).filter(e=>e.length>0);return{ref:i,dependsOn:o.length>0?o:undefined}}}t.DependencyGraphNormalizer=DependencyGraphNormalizer;class VulnerabilityNormalizer extends BaseJsonNormalizer{normalize(e,t){return{"bom-ref":e.bomRef.value||undefined,id:e.id||undefined,source:e.source===undefined?undefined:this._factory.makeForVulnerabilitySource().normalize(e.source,t),references:e.references.size>0?this._factory.makeForVulnerabilityReference().normalizeIterable(e.references,t):undefined,ratings:e.ratings.size>0?this._factory.makeForVulnerabilityRating().normalizeIterable(e.ratings,t):undefined,cwes:e.cwes.size>0?t.sortLists??false?e.cwes.sorted():Array.from(e.cwes):undefined,description:e.description,detail:e.detail,recommendation:e.recommendation,advisories:e.advisories.size>0?this._factory.makeForVulnerabilityAdvisory().normalizeIterable(e.advisories,t):undefined,created:e.created?.toISOString(),published:e.published?.toISOString(),updated:e.updated?.toISOString(),credits:e.credits===undefined?undefined:this._factory.makeForVulnerabilityCredits().normalize(e.credits,t),tools:e.tools.size>0?this._factory.makeForTools().normalize(e.tools,t):undefined,analysis:e.analysis===undefined?undefined:this._factory.makeForVulnerabilityAnalysis().normalize(e.analysis,t),affects:e.affects.size>0?this._factory.makeForVulnerabilityAffect().normalizeIterable(e.affects,t):undefined,properties:e.properties.size>0?this._factory.makeForProperty().normalizeIterable(e.properties,t):undefined}}normalizeIterable(e,t){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t))}}t.VulnerabilityNormalizer=VulnerabilityNormalizer;class VulnerabilitySourceNormalizer extends BaseJsonNormalizer{normalize(e,t){return{name:e.name,url:e.url?.toString()}}}t.VulnerabilitySourceNormalizer=VulnerabilitySourceNormalizer;class VulnerabilityReferenceNormalizer extends BaseJsonNormalizer{normalize(e,t){return{id:e.id,source:this._factory.makeForVulnerabilitySource().normalize(e.source,t)}}normalizeIterable(e,t){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t))}}t.VulnerabilityReferenceNormalizer=VulnerabilityReferenceNormalizer;class VulnerabilityRatingNormalizer extends BaseJsonNormalizer{normalize(e,t){return{source:e.source===undefined?undefined:this._factory.makeForVulnerabilitySource().normalize(e.source,t),score:e.score,severity:e.severity,method:this._factory.spec.supportsVulnerabilityRatingMethod(e.method)?e.method:undefined,vector:e.vector,justification:e.justification}}normalizeIterable(e,t){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t))}}t.VulnerabilityRatingNormalizer=VulnerabilityRatingNormalizer;class VulnerabilityAdvisoryNormalizer extends BaseJsonNormalizer{normalize(e,t){const n=(0,s.escapeUri)(e.url.toString());if(!d.JsonSchema.isIriReference(n)){return undefined}return{title:e.title,url:n}}normalizeIterable(e,t){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t)).filter(i.isNotUndefined)}}t.VulnerabilityAdvisoryNormalizer=VulnerabilityAdvisoryNormalizer;class VulnerabilityCreditsNormalizer extends BaseJsonNormalizer{normalize(e,t){return{organizations:e.organizations.size>0?this._factory.makeForOrganizationalEntity().normalizeIterable(e.organizations,t):undefined,individuals:e.individuals.size>0?this._factory.makeForOrganizationalContact().normalizeIterable(e.individuals,t):undefined}}}t.VulnerabilityCreditsNormalizer=VulnerabilityCreditsNormalizer;class VulnerabilityAffectNormalizer extends BaseJsonNormalizer{normalize(e,t){return{ref:e.ref.toString(),versions:e.versions.size>0?this._factory.makeForVulnerabilityAffectedVersion().normalizeIterable(e.versions,t):undefined}}normalizeIterable(e,t){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t))}}t.VulnerabilityAffectNormalizer=VulnerabilityAffectNormalizer;class VulnerabilityAffectedVersionNormalizer extends BaseJsonNormalizer{normalize(e,t){switch(true){case e instanceof u.AffectedSingleVersion:return this.#P(e);case e instanceof u.AffectedVersionRange:return this.#A(e);default:throw new TypeError("Unexpected Vulnerability AffectedVersion")}}#P(e){return e.version.length<1?undefined:{version:e.version.substring(0,1024),status:e.status}}#A(e){return e.range.length<1?undefined:{range:e.range.substring(0,1024),status:e.status}}normalizeIterable(e,t){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t)).filter(i.isNotUndefined)}}t.VulnerabilityAffectedVersionNormalizer=VulnerabilityAffectedVersionNormalizer;class VulnerabilityAnalysisNormalizer extends BaseJsonNormalizer{normalize(e,t){return{state:e.state,justification:e.justification,response:e.response.size>0?t.sortLists??false?e.response.sorted():Array.from(e.response):undefined,detail:e.detail}}}t.VulnerabilityAnalysisNormalizer=VulnerabilityAnalysisNormalizer;function normalizeStringableIter(e,t){const n=Array.from(e,e=>e.toString());if(t.sortLists??false){n.sort((e,t)=>e.localeCompare(t))}return n}},53485:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.JsonSchema=void 0;var n;(function(e){function isIriReference(e){return typeof e==="string"&&e.length>0}e.isIriReference=isIriReference;function isIdnEmail(e){return typeof e==="string"&&e.length>0}e.isIdnEmail=isIdnEmail})(n||(t.JsonSchema=n={}))},21915:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.JsonSerializer=void 0;const r=n(40996);const i=n(67099);const o=n(4188);class JsonSerializer extends o.BaseSerializer{#x;constructor(e){if(!e.spec.supportsFormat(r.Format.JSON)){throw new i.UnsupportedFormatError("Spec does not support JSON format.")}super();this.#x=e}get normalizerFactory(){return this.#x}_normalize(e,t={}){return this.#x.makeForBom().normalize(e,t)}_serialize(e,{space:t}={}){return JSON.stringify(e,null,t)}}t.JsonSerializer=JsonSerializer},83892:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true})},42987:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.normalizedString=normalizedString;t.token=token;const n=/\r\n|\t|\n|\r/g;const r=" ";function normalizedString(e){return e.replace(n,r)}const i=/ {2,}/g;const o=" ";function token(e){return normalizedString(e).trim().replace(i,o)}},5359:function(e,t,n){
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var r=this&&this.__createBinding||(Object.create?function(e,t,n,r){if(r===undefined)r=n;var i=Object.getOwnPropertyDescriptor(t,n);if(!i||("get"in i?!t.__esModule:i.writable||i.configurable)){i={enumerable:true,get:function(){return t[n]}}}Object.defineProperty(e,r,i)}:function(e,t,n,r){if(r===undefined)r=n;e[r]=t[n]});var i=this&&this.__setModuleDefault||(Object.create?function(e,t){Object.defineProperty(e,"default",{enumerable:true,value:t})}:function(e,t){e["default"]=t});var o=this&&this.__importStar||function(){var ownKeys=function(e){ownKeys=Object.getOwnPropertyNames||function(e){var t=[];for(var n in e)if(Object.prototype.hasOwnProperty.call(e,n))t[t.length]=n;return t};return ownKeys(e)};return function(e){if(e&&e.__esModule)return e;var t={};if(e!=null)for(var n=ownKeys(e),o=0;o<n.length;o++)if(n[o]!=="default")r(t,e,n[o]);i(t,e);return t}}();Object.defineProperty(t,"__esModule",{value:true});t.Types=t.Normalize=void 0;t.Normalize=o(n(18092));t.Types=o(n(61318))},18092:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.VulnerabilityAffectedVersionNormalizer=t.VulnerabilityAffectNormalizer=t.VulnerabilityAnalysisNormalizer=t.VulnerabilityCreditsNormalizer=t.VulnerabilityAdvisoryNormalizer=t.VulnerabilityRatingNormalizer=t.VulnerabilityReferenceNormalizer=t.VulnerabilitySourceNormalizer=t.VulnerabilityNormalizer=t.DependencyGraphNormalizer=t.PropertyNormalizer=t.AttachmentNormalizer=t.ExternalReferenceNormalizer=t.SWIDNormalizer=t.LicenseNormalizer=t.ComponentEvidenceNormalizer=t.ServiceNormalizer=t.ComponentNormalizer=t.OrganizationalEntityNormalizer=t.OrganizationalContactNormalizer=t.HashNormalizer=t.ToolsNormalizer=t.ToolNormalizer=t.LifecycleNormalizer=t.MetadataNormalizer=t.BomNormalizer=t.Factory=void 0;const r=n(95053);const i=n(67844);const o=n(71639);const s=n(94853);const a=n(20315);const c=n(75416);const l=n(23099);const u=n(55401);const p=n(66801);const m=n(40996);const d=n(42987);const h=n(61318);class Factory{#y;constructor(e){this.#y=e}get spec(){return this.#y}makeForBom(){return new BomNormalizer(this)}makeForMetadata(){return new MetadataNormalizer(this)}makeForLifecycle(){return new LifecycleNormalizer(this)}makeForComponent(){return new ComponentNormalizer(this)}makeForService(){return new ServiceNormalizer(this)}makeForComponentEvidence(){return new ComponentEvidenceNormalizer(this)}makeForTool(){return new ToolNormalizer(this)}makeForTools(){return new ToolsNormalizer(this)}makeForOrganizationalContact(){return new OrganizationalContactNormalizer(this)}makeForOrganizationalEntity(){return new OrganizationalEntityNormalizer(this)}makeForHash(){return new HashNormalizer(this)}makeForLicense(){return new LicenseNormalizer(this)}makeForSWID(){return new SWIDNormalizer(this)}makeForExternalReference(){return new ExternalReferenceNormalizer(this)}makeForAttachment(){return new AttachmentNormalizer(this)}makeForProperty(){return new PropertyNormalizer(this)}makeForDependencyGraph(){return new DependencyGraphNormalizer(this)}makeForVulnerability(){return new VulnerabilityNormalizer(this)}makeForVulnerabilitySource(){return new VulnerabilitySourceNormalizer(this)}makeForVulnerabilityReference(){return new VulnerabilityReferenceNormalizer(this)}makeForVulnerabilityRating(){return new VulnerabilityRatingNormalizer(this)}makeForVulnerabilityAdvisory(){return new VulnerabilityAdvisoryNormalizer(this)}makeForVulnerabilityCredits(){return new VulnerabilityCreditsNormalizer(this)}makeForVulnerabilityAffect(){return new VulnerabilityAffectNormalizer(this)}makeForVulnerabilityAffectedVersion(){return new VulnerabilityAffectedVersionNormalizer(this)}makeForVulnerabilityAnalysis(){return new VulnerabilityAnalysisNormalizer(this)}}t.Factory=Factory;const y=new Map([[m.Version.v1dot7,"http://cyclonedx.org/schema/bom/1.7"],[m.Version.v1dot6,"http://cyclonedx.org/schema/bom/1.6"],[m.Version.v1dot5,"http://cyclonedx.org/schema/bom/1.5"],[m.Version.v1dot4,"http://cyclonedx.org/schema/bom/1.4"],[m.Version.v1dot3,"http://cyclonedx.org/schema/bom/1.3"],[m.Version.v1dot2,"http://cyclonedx.org/schema/bom/1.2"],[m.Version.v1dot1,"http://cyclonedx.org/schema/bom/1.1"],[m.Version.v1dot0,"http://cyclonedx.org/schema/bom/1.0"]]);class BaseXmlNormalizer{_factory;constructor(e){this._factory=e}get factory(){return this._factory}}class BomNormalizer extends BaseXmlNormalizer{normalize(e,t){const n={type:"element",name:"components",children:e.components.size>0?this._factory.makeForComponent().normalizeIterable(e.components,t,"component"):undefined};const r=this._factory.spec.supportsServices&&e.services.size>0?{type:"element",name:"services",children:this._factory.makeForService().normalizeIterable(e.services,t,"service")}:undefined;const o=this._factory.spec.supportsVulnerabilities&&e.vulnerabilities.size>0?{type:"element",name:"vulnerabilities",children:this._factory.makeForVulnerability().normalizeIterable(e.vulnerabilities,t,"vulnerability")}:undefined;return{type:"element",name:"bom",namespace:y.get(this._factory.spec.version),attributes:{version:e.version,serialNumber:this.#L(e.serialNumber)?e.serialNumber:undefined},children:[this._factory.makeForMetadata().normalize(e.metadata,t,"metadata"),n,r,this._factory.spec.supportsDependencyGraph?this._factory.makeForDependencyGraph().normalize(e,t,"dependencies"):undefined,o].filter(i.isNotUndefined)}}#L(e){return e!==undefined&&/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/.test(e)}}t.BomNormalizer=BomNormalizer;class MetadataNormalizer extends BaseXmlNormalizer{normalize(e,t,n){const r=this._factory.makeForOrganizationalEntity();const o=this._factory.spec.supportsMetadataLifecycles&&e.lifecycles.size>0?{type:"element",name:"lifecycles",children:this._factory.makeForLifecycle().normalizeIterable(e.lifecycles,t,"lifecycle")}:undefined;const s=e.tools.size>0?this._factory.makeForTools().normalize(e.tools,t,"tools"):undefined;const a=e.authors.size>0?{type:"element",name:"authors",children:this._factory.makeForOrganizationalContact().normalizeIterable(e.authors,t,"author")}:undefined;const c=this._factory.spec.supportsMetadataLicenses&&e.licenses.size>0?{type:"element",name:"licenses",children:this._factory.makeForLicense().normalizeIterable(e.licenses,t)}:undefined;const l=this._factory.spec.supportsMetadataProperties&&e.properties.size>0?{type:"element",name:"properties",children:this._factory.makeForProperty().normalizeIterable(e.properties,t,"property")}:undefined;return{type:"element",name:n,children:[makeOptionalDateTimeElement(e.timestamp,"timestamp"),o,s,a,e.component===undefined?undefined:this._factory.makeForComponent().normalize(e.component,t,"component"),e.manufacture===undefined?undefined:r.normalize(e.manufacture,t,"manufacture"),e.supplier===undefined?undefined:r.normalize(e.supplier,t,"supplier"),c,l].filter(i.isNotUndefined)}}}t.MetadataNormalizer=MetadataNormalizer;class LifecycleNormalizer extends BaseXmlNormalizer{normalize(e,t,n){return e instanceof l.NamedLifecycle?{type:"element",name:n,children:[makeTextElement(e.name,"name",d.normalizedString),makeOptionalTextElement(e.description,"description")].filter(i.isNotUndefined)}:{type:"element",name:n,children:[makeTextElement(e,"phase")]}}normalizeIterable(e,t,n){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t,n))}}t.LifecycleNormalizer=LifecycleNormalizer;class ToolNormalizer extends BaseXmlNormalizer{normalize(e,t,n){const r=e.hashes.size>0?{type:"element",name:"hashes",children:this._factory.makeForHash().normalizeIterable(e.hashes,t,"hash")}:undefined;const o=this._factory.spec.supportsToolReferences&&e.externalReferences.size>0?{type:"element",name:"externalReferences",children:this._factory.makeForExternalReference().normalizeIterable(e.externalReferences,t,"reference")}:undefined;return{type:"element",name:n,children:[makeOptionalTextElement(e.vendor,"vendor",d.normalizedString),makeOptionalTextElement(e.name,"name",d.normalizedString),makeOptionalTextElement(e.version,"version",d.normalizedString),r,o].filter(i.isNotUndefined)}}normalizeIterable(e,t,n){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t,n))}}t.ToolNormalizer=ToolNormalizer;class ToolsNormalizer extends BaseXmlNormalizer{normalize(e,t,n){let i=[];if(e.tools.size>0||!this._factory.spec.supportsToolsComponentsServices){i=this._factory.makeForTool().normalizeIterable(new a.ToolRepository((0,r.chainI)(Array.from(e.components,a.Tool.fromComponent),Array.from(e.services,a.Tool.fromService),e.tools)),t,"tool")}else{if(e.components.size>0){i.push({type:"element",name:"components",children:this._factory.makeForComponent().normalizeIterable(e.components,t,"component")})}if(e.services.size>0){i.push({type:"element",name:"services",children:this._factory.makeForService().normalizeIterable(e.services,t,"service")})}}return{type:"element",name:n,children:i}}}t.ToolsNormalizer=ToolsNormalizer;class HashNormalizer extends BaseXmlNormalizer{normalize([e,t],n,r){const i=this._factory.spec;return i.supportsHashAlgorithm(e)&&i.supportsHashValue(t)?{type:"element",name:r,attributes:{alg:e},children:(0,d.token)(t)}:undefined}normalizeIterable(e,t,n){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t,n)).filter(i.isNotUndefined)}}t.HashNormalizer=HashNormalizer;class OrganizationalContactNormalizer extends BaseXmlNormalizer{normalize(e,t,n){return{type:"element",name:n,children:[makeOptionalTextElement(e.name,"name",d.normalizedString),makeOptionalTextElement(e.email,"email",d.normalizedString),makeOptionalTextElement(e.phone,"phone",d.normalizedString)].filter(i.isNotUndefined)}}normalizeIterable(e,t,n){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t,n))}}t.OrganizationalContactNormalizer=OrganizationalContactNormalizer;class OrganizationalEntityNormalizer extends BaseXmlNormalizer{normalize(e,t,n){return{type:"element",name:n,children:[makeOptionalTextElement(e.name,"name",d.normalizedString),...makeTextElementIter(Array.from(e.url,e=>(0,s.escapeUri)(e.toString())),t,"url").filter(({children:e})=>h.XmlSchema.isAnyURI(e)),...this._factory.makeForOrganizationalContact().normalizeIterable(e.contact,t,"contact")].filter(i.isNotUndefined)}}normalizeIterable(e,t,n){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t,n))}}t.OrganizationalEntityNormalizer=OrganizationalEntityNormalizer;class ComponentNormalizer extends BaseXmlNormalizer{normalize(e,t,n){const r=this._factory.spec;if(!r.supportsComponentType(e.type)){return undefined}const o=e.supplier===undefined?undefined:this._factory.makeForOrganizationalEntity().normalize(e.supplier,t,"supplier");const s=(r.requiresComponentVersion?makeTextElement:makeOptionalTextElement)(e.version??"","version",d.normalizedString);const a=e.hashes.size>0?{type:"element",name:"hashes",children:this._factory.makeForHash().normalizeIterable(e.hashes,t,"hash")}:undefined;const c=e.licenses.size>0?{type:"element",name:"licenses",children:this._factory.makeForLicense().normalizeIterable(e.licenses,t)}:undefined;const l=e.swid===undefined?undefined:this._factory.makeForSWID().normalize(e.swid,t,"swid");const u=e.externalReferences.size>0?{type:"element",name:"externalReferences",children:this._factory.makeForExternalReference().normalizeIterable(e.externalReferences,t,"reference")}:undefined;const p=r.supportsProperties(e)&&e.properties.size>0?{type:"element",name:"properties",children:this._factory.makeForProperty().normalizeIterable(e.properties,t,"property")}:undefined;const m=e.components.size>0?{type:"element",name:"components",children:this.normalizeIterable(e.components,t,"component")}:undefined;const h=r.supportsComponentEvidence&&e.evidence!==undefined?this._factory.makeForComponentEvidence().normalize(e.evidence,t,"evidence"):undefined;return{type:"element",name:n,attributes:{type:e.type,"bom-ref":e.bomRef.value},children:[o,makeOptionalTextElement(e.author,"author",d.normalizedString),makeOptionalTextElement(e.publisher,"publisher",d.normalizedString),makeOptionalTextElement(e.group,"group",d.normalizedString),makeTextElement(e.name,"name",d.normalizedString),s,makeOptionalTextElement(e.description,"description",d.normalizedString),makeOptionalTextElement(e.scope,"scope"),a,c,makeOptionalTextElement(e.copyright,"copyright",d.normalizedString),makeOptionalTextElement(e.cpe,"cpe"),makeOptionalTextElement(e.purl,"purl"),l,u,p,m,h].filter(i.isNotUndefined)}}normalizeIterable(e,t,n){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t,n)).filter(i.isNotUndefined)}}t.ComponentNormalizer=ComponentNormalizer;class ServiceNormalizer extends BaseXmlNormalizer{normalize(e,t,n){const r=this._factory.spec;const o=e.provider===undefined?undefined:this._factory.makeForOrganizationalEntity().normalize(e.provider,t,"provider");const s=e.licenses.size>0?{type:"element",name:"licenses",children:this._factory.makeForLicense().normalizeIterable(e.licenses,t)}:undefined;const a=e.externalReferences.size>0?{type:"element",name:"externalReferences",children:this._factory.makeForExternalReference().normalizeIterable(e.externalReferences,t,"reference")}:undefined;const c=r.supportsProperties(e)&&e.properties.size>0?{type:"element",name:"properties",children:this._factory.makeForProperty().normalizeIterable(e.properties,t,"property")}:undefined;const l=e.services.size>0?{type:"element",name:"services",children:this.normalizeIterable(e.services,t,"service")}:undefined;return{type:"element",name:n,attributes:{"bom-ref":e.bomRef.value},children:[o,makeOptionalTextElement(e.group,"group",d.normalizedString),makeTextElement(e.name,"name",d.normalizedString),makeOptionalTextElement(e.version,"version",d.normalizedString),makeOptionalTextElement(e.description,"description",d.normalizedString),s,a,c,l].filter(i.isNotUndefined)}}normalizeIterable(e,t,n){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t,n))}}t.ServiceNormalizer=ServiceNormalizer;class ComponentEvidenceNormalizer extends BaseXmlNormalizer{normalize(e,t,n){const r=e.licenses.size>0?{type:"element",name:"licenses",children:this._factory.makeForLicense().normalizeIterable(e.licenses,t)}:undefined;const o=e.copyright.size>0?{type:"element",name:"copyright",children:makeTextElementIter(e.copyright,t,"text")}:undefined;return{type:"element",name:n,children:[r,o].filter(i.isNotUndefined)}}}t.ComponentEvidenceNormalizer=ComponentEvidenceNormalizer;class LicenseNormalizer extends BaseXmlNormalizer{normalize(e,t){switch(true){case e instanceof c.NamedLicense:return this.#g(e,t);case e instanceof c.SpdxLicense:return(0,p.isSupportedSpdxId)(e.id)?this.#v(e,t):this.#g(new c.NamedLicense(e.id,{url:e.url}),t);case e instanceof c.LicenseExpression:return this.#C(e);default:throw new TypeError("Unexpected LicenseChoice")}}#g(e,t){const n=this._factory.spec;const r=(0,s.escapeUri)(e.url?.toString());const o=n.supportsProperties(e)&&e.properties.size>0?{type:"element",name:"properties",children:this._factory.makeForProperty().normalizeIterable(e.properties,t,"property")}:undefined;return{type:"element",name:"license",attributes:{acknowledgement:n.supportsLicenseAcknowledgement?e.acknowledgement:undefined},children:[makeTextElement(e.name,"name",d.normalizedString),e.text===undefined?undefined:this._factory.makeForAttachment().normalize(e.text,t,"text"),h.XmlSchema.isAnyURI(r)?makeTextElement(r,"url"):undefined,o].filter(i.isNotUndefined)}}#v(e,t){const n=this._factory.spec;const r=(0,s.escapeUri)(e.url?.toString());const o=n.supportsProperties(e)&&e.properties.size>0?{type:"element",name:"properties",children:this._factory.makeForProperty().normalizeIterable(e.properties,t,"property")}:undefined;return{type:"element",name:"license",attributes:{acknowledgement:n.supportsLicenseAcknowledgement?e.acknowledgement:undefined},children:[makeTextElement(e.id,"id"),e.text===undefined?undefined:this._factory.makeForAttachment().normalize(e.text,t,"text"),h.XmlSchema.isAnyURI(r)?makeTextElement(r,"url"):undefined,o].filter(i.isNotUndefined)}}#C(e){const t=makeTextElement(e.expression,"expression",d.normalizedString);t.attributes={acknowledgement:this._factory.spec.supportsLicenseAcknowledgement?e.acknowledgement:undefined};return t}normalizeIterable(e,t){const n=t.sortLists??false?e.sorted():Array.from(e);if(n.length>1){const e=n.filter(e=>e instanceof c.LicenseExpression);if(e.length>0){return[this.#C(e[0])]}}return n.map(e=>this.normalize(e,t))}}t.LicenseNormalizer=LicenseNormalizer;class SWIDNormalizer extends BaseXmlNormalizer{normalize(e,t,n){const r=(0,s.escapeUri)(e.url?.toString());return{type:"element",name:n,attributes:{tagId:e.tagId,name:e.name,version:e.version||undefined,tagVersion:e.tagVersion,patch:e.patch===undefined?undefined:e.patch?"true":"false"},children:[e.text===undefined?undefined:this._factory.makeForAttachment().normalize(e.text,t,"text"),h.XmlSchema.isAnyURI(r)?makeTextElement(r,"url"):undefined].filter(i.isNotUndefined)}}}t.SWIDNormalizer=SWIDNormalizer;class ExternalReferenceNormalizer extends BaseXmlNormalizer{normalize(e,t,n){const r=(0,s.escapeUri)(e.url.toString());const o=this._factory.spec.supportsExternalReferenceHashes&&e.hashes.size>0?{type:"element",name:"hashes",children:this._factory.makeForHash().normalizeIterable(e.hashes,t,"hash")}:undefined;return this._factory.spec.supportsExternalReferenceType(e.type)&&h.XmlSchema.isAnyURI(r)?{type:"element",name:n,attributes:{type:e.type},children:[makeTextElement(r,"url"),makeOptionalTextElement(e.comment,"comment"),o].filter(i.isNotUndefined)}:undefined}normalizeIterable(e,t,n){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t,n)).filter(i.isNotUndefined)}}t.ExternalReferenceNormalizer=ExternalReferenceNormalizer;class AttachmentNormalizer extends BaseXmlNormalizer{normalize(e,t,n){return{type:"element",name:n,attributes:{"content-type":e.contentType?(0,d.normalizedString)(e.contentType):undefined,encoding:e.encoding||undefined},children:e.content.toString()}}}t.AttachmentNormalizer=AttachmentNormalizer;class PropertyNormalizer extends BaseXmlNormalizer{normalize(e,t,n){return{type:"element",name:n,attributes:{name:e.name},children:(0,d.normalizedString)(e.value)}}normalizeIterable(e,t,n){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t,n))}}t.PropertyNormalizer=PropertyNormalizer;class DependencyGraphNormalizer extends BaseXmlNormalizer{normalize(e,t,n){const r=new Map;if(e.metadata.component!==undefined){r.set(e.metadata.component.bomRef,e.metadata.component.dependencies);for(const t of e.metadata.component.components[o.treeIteratorSymbol]()){r.set(t.bomRef,t.dependencies)}}for(const t of e.components[o.treeIteratorSymbol]()){r.set(t.bomRef,t.dependencies)}for(const t of e.services[o.treeIteratorSymbol]()){r.set(t.bomRef,t.dependencies)}const s=[];for(const[e,n]of r){const o=this.#b(e,n,r,t);if((0,i.isNotUndefined)(o)){s.push(o)}}if(t.sortLists??false){s.sort(({attributes:{ref:e}},{attributes:{ref:t}})=>e.localeCompare(t))}return{type:"element",name:n,children:s}}#b(e,t,n,r){const i=e.toString();if(i.length===0){return undefined}const o=Array.from(t).filter(t=>n.has(t)&&t!==e).map(e=>e.toString()).filter(e=>e.length>0);if(r.sortLists??false){o.sort((e,t)=>e.localeCompare(t))}return{type:"element",name:"dependency",attributes:{ref:i},children:o.map(e=>({type:"element",name:"dependency",attributes:{ref:e}}))}}}t.DependencyGraphNormalizer=DependencyGraphNormalizer;class VulnerabilityNormalizer extends BaseXmlNormalizer{normalize(e,t,n){const r=e.references.size>0?{type:"element",name:"references",children:this._factory.makeForVulnerabilityReference().normalizeIterable(e.references,t,"reference")}:undefined;const o=e.ratings.size>0?{type:"element",name:"ratings",children:this._factory.makeForVulnerabilityRating().normalizeIterable(e.ratings,t,"rating")}:undefined;const s=e.cwes.size>0?{type:"element",name:"cwes",children:(t.sortLists?e.cwes.sorted():Array.from(e.cwes)).map(e=>makeTextElement(e,"cwe"))}:undefined;const a=e.advisories.size>0?{type:"element",name:"advisories",children:this._factory.makeForVulnerabilityAdvisory().normalizeIterable(e.advisories,t,"advisory")}:undefined;const c=e.tools.size>0?this._factory.makeForTools().normalize(e.tools,t,"tools"):undefined;const l=e.affects.size>0?{type:"element",name:"affects",children:this._factory.makeForVulnerabilityAffect().normalizeIterable(e.affects,t,"target")}:undefined;const u=e.properties.size>0?{type:"element",name:"properties",children:this._factory.makeForProperty().normalizeIterable(e.properties,t,"property")}:undefined;return{type:"element",name:n,attributes:{"bom-ref":e.bomRef.value||undefined},children:[makeOptionalTextElement(e.id,"id",d.normalizedString),e.source===undefined?undefined:this._factory.makeForVulnerabilitySource().normalize(e.source,t,"source"),r,o,s,makeOptionalTextElement(e.description,"description"),makeOptionalTextElement(e.detail,"detail"),makeOptionalTextElement(e.recommendation,"recommendation"),a,makeOptionalDateTimeElement(e.created,"created"),makeOptionalDateTimeElement(e.created,"published"),makeOptionalDateTimeElement(e.created,"updated"),e.credits===undefined?undefined:this._factory.makeForVulnerabilityCredits().normalize(e.credits,t,"credits"),c,e.analysis===undefined?undefined:this._factory.makeForVulnerabilityAnalysis().normalize(e.analysis,t,"analysis"),l,u].filter(i.isNotUndefined)}}normalizeIterable(e,t,n){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t,n))}}t.VulnerabilityNormalizer=VulnerabilityNormalizer;class VulnerabilitySourceNormalizer extends BaseXmlNormalizer{normalize(e,t,n){const r=(0,s.escapeUri)(e.url?.toString());return{type:"element",name:n,children:[makeOptionalTextElement(e.name,"name",d.normalizedString),h.XmlSchema.isAnyURI(r)?makeTextElement(r,"url"):undefined].filter(i.isNotUndefined)}}}t.VulnerabilitySourceNormalizer=VulnerabilitySourceNormalizer;class VulnerabilityReferenceNormalizer extends BaseXmlNormalizer{normalize(e,t,n){return{type:"element",name:n,children:[makeTextElement(e.id,"id"),this._factory.makeForVulnerabilitySource().normalize(e.source,t,"source")]}}normalizeIterable(e,t,n){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t,n))}}t.VulnerabilityReferenceNormalizer=VulnerabilityReferenceNormalizer;class VulnerabilityRatingNormalizer extends BaseXmlNormalizer{normalize(e,t,n){return{type:"element",name:n,children:[e.source===undefined?undefined:this._factory.makeForVulnerabilitySource().normalize(e.source,t,"source"),makeOptionalTextElement(e.score,"score"),makeOptionalTextElement(e.severity,"severity"),this._factory.spec.supportsVulnerabilityRatingMethod(e.method)?makeOptionalTextElement(e.method,"method"):undefined,makeOptionalTextElement(e.vector,"vector",d.normalizedString),makeOptionalTextElement(e.justification,"justification")].filter(i.isNotUndefined)}}normalizeIterable(e,t,n){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t,n))}}t.VulnerabilityRatingNormalizer=VulnerabilityRatingNormalizer;class VulnerabilityAdvisoryNormalizer extends BaseXmlNormalizer{normalize(e,t,n){const r=(0,s.escapeUri)(e.url.toString());if(!h.XmlSchema.isAnyURI(r)){return undefined}return{type:"element",name:n,children:[makeOptionalTextElement(e.title,"title"),makeTextElement(r,"url")].filter(i.isNotUndefined)}}normalizeIterable(e,t,n){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t,n)).filter(i.isNotUndefined)}}t.VulnerabilityAdvisoryNormalizer=VulnerabilityAdvisoryNormalizer;class VulnerabilityCreditsNormalizer extends BaseXmlNormalizer{normalize(e,t,n){const r=e.organizations.size>0?{type:"element",name:"organizations",children:this._factory.makeForOrganizationalEntity().normalizeIterable(e.organizations,t,"organization")}:undefined;const o=e.individuals.size>0?{type:"element",name:"individuals",children:this._factory.makeForOrganizationalContact().normalizeIterable(e.individuals,t,"individual")}:undefined;return{type:"element",name:n,children:[r,o].filter(i.isNotUndefined)}}}t.VulnerabilityCreditsNormalizer=VulnerabilityCreditsNormalizer;class VulnerabilityAnalysisNormalizer extends BaseXmlNormalizer{normalize(e,t,n){const r=e.response.size>0?{type:"element",name:"responses",children:(t.sortLists??false?e.response.sorted():Array.from(e.response)).map(e=>makeTextElement(e,"response"))}:undefined;return{type:"element",name:n,children:[makeOptionalTextElement(e.state,"state"),makeOptionalTextElement(e.justification,"justification"),r,makeOptionalTextElement(e.detail,"detail")].filter(i.isNotUndefined)}}}t.VulnerabilityAnalysisNormalizer=VulnerabilityAnalysisNormalizer;class VulnerabilityAffectNormalizer extends BaseXmlNormalizer{normalize(e,t,n){const r=e.versions.size>0?{type:"element",name:"versions",children:this._factory.makeForVulnerabilityAffectedVersion().normalizeIterable(e.versions,t,"version")}:undefined;return{type:"element",name:n,children:[makeTextElement(e.ref,"ref"),r].filter(i.isNotUndefined)}}normalizeIterable(e,t,n){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t,n))}}t.VulnerabilityAffectNormalizer=VulnerabilityAffectNormalizer;class VulnerabilityAffectedVersionNormalizer extends BaseXmlNormalizer{normalize(e,t,n){switch(true){case e instanceof u.AffectedSingleVersion:return this.#P(e,n);case e instanceof u.AffectedVersionRange:return this.#A(e,n);default:throw new TypeError("Unexpected Vulnerability AffectedVersion")}}#P(e,t){return{type:"element",name:t,children:[makeTextElement(e.version,"version",d.normalizedString),makeOptionalTextElement(e.status,"status")].filter(i.isNotUndefined)}}#A(e,t){return{type:"element",name:t,children:[makeTextElement(e.range,"range",d.normalizedString),makeOptionalTextElement(e.status,"status")].filter(i.isNotUndefined)}}normalizeIterable(e,t,n){return(t.sortLists??false?e.sorted():Array.from(e)).map(e=>this.normalize(e,t,n))}}t.VulnerabilityAffectedVersionNormalizer=VulnerabilityAffectedVersionNormalizer;const noTEM=e=>e;function makeOptionalTextElement(e,t,n=noTEM){const r=n(e?.toString()??"");return r.length>0?makeTextElement(r,t):undefined}function makeTextElement(e,t,n=noTEM){return{type:"element",name:t,children:n(e.toString())}}function makeTextElementIter(e,t,n,r=noTEM){const i=Array.from(e,e=>makeTextElement(e,n,r));if(t.sortLists??false){i.sort(({children:e},{children:t})=>e.localeCompare(t))}return i}function makeOptionalDateTimeElement(e,t,n=noTEM){const r=e?.toISOString();return r===undefined?undefined:makeTextElement(r,t,n)}},61318:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.XmlSchema=void 0;var n;(function(e){const t=/^[a-z][a-z0-9+\-.]*$/i;function isAnyURI(e){if(typeof e!=="string"){return false}if(e.length===0){return false}const n=e.indexOf("#");let r=e;if(n>=0){if(e.includes("#",n+1)){return false}r=e.slice(undefined,n)}const i=r.indexOf(":");if(i>=0){if(!t.test(r.slice(undefined,i))){return false}}return true}e.isAnyURI=isAnyURI})(n||(t.XmlSchema=n={}))},55373:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.XmlBaseSerializer=void 0;const r=n(40996);const i=n(67099);const o=n(4188);class XmlBaseSerializer extends o.BaseSerializer{#x;constructor(e){if(!e.spec.supportsFormat(r.Format.XML)){throw new i.UnsupportedFormatError("Spec does not support XML format.")}super();this.#x=e}get normalizerFactory(){return this.#x}_normalize(e,t={}){return this.#x.makeForBom().normalize(e,t)}}t.XmlBaseSerializer=XmlBaseSerializer},19624:function(e,t,n){
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var r=this&&this.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(t,"__esModule",{value:true});t.XmlSerializer=void 0;const i=n(35396);const o=r(n(87265));const s=n(88642);const a=n(55373);class XmlSerializer extends a.XmlBaseSerializer{_serialize(e,t={}){try{return(0,o.default)(e,t)}catch(e){if(e instanceof i.OptPlugError){throw new s.MissingOptionalDependencyError(e.message,e)}throw e}}}t.XmlSerializer=XmlSerializer},66801:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.isSupportedSpdxId=isSupportedSpdxId;t.fixupSpdxId=fixupSpdxId;const r=n(42780);const i=new Set(r.enum);const o=Object.freeze(Object.fromEntries(r.enum.map(e=>[e.toLowerCase(),e])));function isSupportedSpdxId(e){return i.has(e)}function fixupSpdxId(e){return typeof e==="string"&&e.length>0?o[e.toLowerCase()]:undefined}},10307:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t._Spec=void 0;const r=n(20315);class _Spec{#e;#N;#R;#E;#_;#z;#D;#w;#O;#T;#k;#B;#I;#F;#M;#G;#U;#V;#H;#j;#$;constructor(e,t,n,r,i,o,s,a,c,l,u,p,m,d,h,y,L,S,g,v,C){this.#e=e;this.#N=new Set(t);this.#R=new Set(n);this.#E=new Set(r);this.#_=i;this.#z=new Set(o);this.#w=s;this.#O=a;this.#T=c;this.#k=l;this.#B=u;this.#D=new Set(p);this.#I=m;this.#F=d;this.#M=h;this.#G=y;this.#U=L;this.#V=S;this.#H=g;this.#j=v;this.#$=C}get version(){return this.#e}supportsFormat(e){return this.#N.has(e)}supportsComponentType(e){return this.#R.has(e)}supportsHashAlgorithm(e){return this.#E.has(e)}supportsHashValue(e){return typeof e==="string"&&this.#_.test(e)}supportsExternalReferenceType(e){return this.#z.has(e)}get supportsDependencyGraph(){return this.#w}get supportsToolReferences(){return this.#O}get requiresComponentVersion(){return this.#T}supportsProperties(e){switch(true){case e instanceof r.NamedLicense||e instanceof r.SpdxLicense:return this.#$;default:return this.#k}}get supportsVulnerabilities(){return this.#B}supportsVulnerabilityRatingMethod(e){return this.#D.has(e)}get supportsComponentEvidence(){return this.#I}get supportsMetadataLifecycles(){return this.#F}get supportsMetadataLicenses(){return this.#M}get supportsMetadataProperties(){return this.#G}get supportsExternalReferenceHashes(){return this.#U}get supportsLicenseAcknowledgement(){return this.#V}get supportsServices(){return this.#H}get supportsToolsComponentsServices(){return this.#j}}t._Spec=_Spec},40216:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.SpecVersionDict=t.Spec1dot7=t.Spec1dot6=t.Spec1dot5=t.Spec1dot4=t.Spec1dot3=t.Spec1dot2=void 0;const r=n(81574);const i=n(81973);const o=n(89773);const s=n(22470);const a=n(10307);const c=n(40996);t.Spec1dot2=Object.freeze(new a._Spec(c.Version.v1dot2,[c.Format.XML,c.Format.JSON],[r.ComponentType.Application,r.ComponentType.Framework,r.ComponentType.Library,r.ComponentType.Container,r.ComponentType.OperatingSystem,r.ComponentType.Device,r.ComponentType.Firmware,r.ComponentType.File],[o.HashAlgorithm.MD5,o.HashAlgorithm["SHA-1"],o.HashAlgorithm["SHA-256"],o.HashAlgorithm["SHA-384"],o.HashAlgorithm["SHA-512"],o.HashAlgorithm["SHA3-256"],o.HashAlgorithm["SHA3-384"],o.HashAlgorithm["SHA3-512"],o.HashAlgorithm["BLAKE2b-256"],o.HashAlgorithm["BLAKE2b-384"],o.HashAlgorithm["BLAKE2b-512"],o.HashAlgorithm.BLAKE3],/^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/,[i.ExternalReferenceType.VCS,i.ExternalReferenceType.IssueTracker,i.ExternalReferenceType.Website,i.ExternalReferenceType.Advisories,i.ExternalReferenceType.BOM,i.ExternalReferenceType.MailingList,i.ExternalReferenceType.Social,i.ExternalReferenceType.Chat,i.ExternalReferenceType.Documentation,i.ExternalReferenceType.Support,i.ExternalReferenceType.Distribution,i.ExternalReferenceType.License,i.ExternalReferenceType.BuildMeta,i.ExternalReferenceType.BuildSystem,i.ExternalReferenceType.Other],true,false,true,false,false,[],false,false,false,false,false,false,true,false,false));t.Spec1dot3=Object.freeze(new a._Spec(c.Version.v1dot3,[c.Format.XML,c.Format.JSON],[r.ComponentType.Application,r.ComponentType.Framework,r.ComponentType.Library,r.ComponentType.Container,r.ComponentType.OperatingSystem,r.ComponentType.Device,r.ComponentType.Firmware,r.ComponentType.File],[o.HashAlgorithm.MD5,o.HashAlgorithm["SHA-1"],o.HashAlgorithm["SHA-256"],o.HashAlgorithm["SHA-384"],o.HashAlgorithm["SHA-512"],o.HashAlgorithm["SHA3-256"],o.HashAlgorithm["SHA3-384"],o.HashAlgorithm["SHA3-512"],o.HashAlgorithm["BLAKE2b-256"],o.HashAlgorithm["BLAKE2b-384"],o.HashAlgorithm["BLAKE2b-512"],o.HashAlgorithm.BLAKE3],/^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/,[i.ExternalReferenceType.VCS,i.ExternalReferenceType.IssueTracker,i.ExternalReferenceType.Website,i.ExternalReferenceType.Advisories,i.ExternalReferenceType.BOM,i.ExternalReferenceType.MailingList,i.ExternalReferenceType.Social,i.ExternalReferenceType.Chat,i.ExternalReferenceType.Documentation,i.ExternalReferenceType.Support,i.ExternalReferenceType.Distribution,i.ExternalReferenceType.License,i.ExternalReferenceType.BuildMeta,i.ExternalReferenceType.BuildSystem,i.ExternalReferenceType.Other],true,false,true,true,false,[],true,false,true,true,true,false,true,false,false));t.Spec1dot4=Object.freeze(new a._Spec(c.Version.v1dot4,[c.Format.XML,c.Format.JSON],[r.ComponentType.Application,r.ComponentType.Framework,r.ComponentType.Library,r.ComponentType.Container,r.ComponentType.OperatingSystem,r.ComponentType.Device,r.ComponentType.Firmware,r.ComponentType.File],[o.HashAlgorithm.MD5,o.HashAlgorithm["SHA-1"],o.HashAlgorithm["SHA-256"],o.HashAlgorithm["SHA-384"],o.HashAlgorithm["SHA-512"],o.HashAlgorithm["SHA3-256"],o.HashAlgorithm["SHA3-384"],o.HashAlgorithm["SHA3-512"],o.HashAlgorithm["BLAKE2b-256"],o.HashAlgorithm["BLAKE2b-384"],o.HashAlgorithm["BLAKE2b-512"],o.HashAlgorithm.BLAKE3],/^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/,[i.ExternalReferenceType.VCS,i.ExternalReferenceType.IssueTracker,i.ExternalReferenceType.Website,i.ExternalReferenceType.Advisories,i.ExternalReferenceType.BOM,i.ExternalReferenceType.MailingList,i.ExternalReferenceType.Social,i.ExternalReferenceType.Chat,i.ExternalReferenceType.Documentation,i.ExternalReferenceType.Support,i.ExternalReferenceType.Distribution,i.ExternalReferenceType.License,i.ExternalReferenceType.BuildMeta,i.ExternalReferenceType.BuildSystem,i.ExternalReferenceType.ReleaseNotes,i.ExternalReferenceType.Other],true,true,false,true,true,[s.RatingMethod.CVSSv2,s.RatingMethod.CVSSv3,s.RatingMethod.CVSSv31,s.RatingMethod.OWASP,s.RatingMethod.Other],true,false,true,true,true,false,true,false,false));t.Spec1dot5=Object.freeze(new a._Spec(c.Version.v1dot5,[c.Format.XML,c.Format.JSON],[r.ComponentType.Application,r.ComponentType.Framework,r.ComponentType.Library,r.ComponentType.Container,r.ComponentType.Platform,r.ComponentType.OperatingSystem,r.ComponentType.Device,r.ComponentType.DeviceDriver,r.ComponentType.Firmware,r.ComponentType.File,r.ComponentType.MachineLearningModel,r.ComponentType.Data],[o.HashAlgorithm.MD5,o.HashAlgorithm["SHA-1"],o.HashAlgorithm["SHA-256"],o.HashAlgorithm["SHA-384"],o.HashAlgorithm["SHA-512"],o.HashAlgorithm["SHA3-256"],o.HashAlgorithm["SHA3-384"],o.HashAlgorithm["SHA3-512"],o.HashAlgorithm["BLAKE2b-256"],o.HashAlgorithm["BLAKE2b-384"],o.HashAlgorithm["BLAKE2b-512"],o.HashAlgorithm.BLAKE3],/^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/,[i.ExternalReferenceType.VCS,i.ExternalReferenceType.IssueTracker,i.ExternalReferenceType.Website,i.ExternalReferenceType.Advisories,i.ExternalReferenceType.BOM,i.ExternalReferenceType.MailingList,i.ExternalReferenceType.Social,i.ExternalReferenceType.Chat,i.ExternalReferenceType.Documentation,i.ExternalReferenceType.Support,i.ExternalReferenceType.Distribution,i.ExternalReferenceType.DistributionIntake,i.ExternalReferenceType.License,i.ExternalReferenceType.BuildMeta,i.ExternalReferenceType.BuildSystem,i.ExternalReferenceType.ReleaseNotes,i.ExternalReferenceType.SecurityContact,i.ExternalReferenceType.ModelCard,i.ExternalReferenceType.Log,i.ExternalReferenceType.Configuration,i.ExternalReferenceType.Evidence,i.ExternalReferenceType.Formulation,i.ExternalReferenceType.Attestation,i.ExternalReferenceType.ThreatModel,i.ExternalReferenceType.AdversaryModel,i.ExternalReferenceType.RiskAssessment,i.ExternalReferenceType.VulnerabilityAssertion,i.ExternalReferenceType.ExploitabilityStatement,i.ExternalReferenceType.PentestReport,i.ExternalReferenceType.StaticAnalysisReport,i.ExternalReferenceType.DynamicAnalysisReport,i.ExternalReferenceType.RuntimeAnalysisReport,i.ExternalReferenceType.ComponentAnalysisReport,i.ExternalReferenceType.MaturityReport,i.ExternalReferenceType.CertificationReport,i.ExternalReferenceType.CodifiedInfrastructure,i.ExternalReferenceType.QualityMetrics,i.ExternalReferenceType.POAM,i.ExternalReferenceType.Other],true,true,false,true,true,[s.RatingMethod.CVSSv2,s.RatingMethod.CVSSv3,s.RatingMethod.CVSSv31,s.RatingMethod.CVSSv4,s.RatingMethod.OWASP,s.RatingMethod.SSVC,s.RatingMethod.Other],true,true,true,true,true,false,true,true,true));t.Spec1dot6=Object.freeze(new a._Spec(c.Version.v1dot6,[c.Format.XML,c.Format.JSON],[r.ComponentType.Application,r.ComponentType.Framework,r.ComponentType.Library,r.ComponentType.Container,r.ComponentType.Platform,r.ComponentType.OperatingSystem,r.ComponentType.Device,r.ComponentType.DeviceDriver,r.ComponentType.Firmware,r.ComponentType.File,r.ComponentType.MachineLearningModel,r.ComponentType.Data,r.ComponentType.CryptographicAsset],[o.HashAlgorithm.MD5,o.HashAlgorithm["SHA-1"],o.HashAlgorithm["SHA-256"],o.HashAlgorithm["SHA-384"],o.HashAlgorithm["SHA-512"],o.HashAlgorithm["SHA3-256"],o.HashAlgorithm["SHA3-384"],o.HashAlgorithm["SHA3-512"],o.HashAlgorithm["BLAKE2b-256"],o.HashAlgorithm["BLAKE2b-384"],o.HashAlgorithm["BLAKE2b-512"],o.HashAlgorithm.BLAKE3],/^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/,[i.ExternalReferenceType.VCS,i.ExternalReferenceType.IssueTracker,i.ExternalReferenceType.Website,i.ExternalReferenceType.Advisories,i.ExternalReferenceType.BOM,i.ExternalReferenceType.MailingList,i.ExternalReferenceType.Social,i.ExternalReferenceType.Chat,i.ExternalReferenceType.Documentation,i.ExternalReferenceType.Support,i.ExternalReferenceType.SourceDistribution,i.ExternalReferenceType.Distribution,i.ExternalReferenceType.DistributionIntake,i.ExternalReferenceType.License,i.ExternalReferenceType.BuildMeta,i.ExternalReferenceType.BuildSystem,i.ExternalReferenceType.ReleaseNotes,i.ExternalReferenceType.SecurityContact,i.ExternalReferenceType.ModelCard,i.ExternalReferenceType.Log,i.ExternalReferenceType.Configuration,i.ExternalReferenceType.Evidence,i.ExternalReferenceType.Formulation,i.ExternalReferenceType.Attestation,i.ExternalReferenceType.ThreatModel,i.ExternalReferenceType.AdversaryModel,i.ExternalReferenceType.RiskAssessment,i.ExternalReferenceType.VulnerabilityAssertion,i.ExternalReferenceType.ExploitabilityStatement,i.ExternalReferenceType.PentestReport,i.ExternalReferenceType.StaticAnalysisReport,i.ExternalReferenceType.DynamicAnalysisReport,i.ExternalReferenceType.RuntimeAnalysisReport,i.ExternalReferenceType.ComponentAnalysisReport,i.ExternalReferenceType.MaturityReport,i.ExternalReferenceType.CertificationReport,i.ExternalReferenceType.CodifiedInfrastructure,i.ExternalReferenceType.QualityMetrics,i.ExternalReferenceType.POAM,i.ExternalReferenceType.ElectronicSignature,i.ExternalReferenceType.DigitalSignature,i.ExternalReferenceType.RFC9116,i.ExternalReferenceType.Other],true,true,false,true,true,[s.RatingMethod.CVSSv2,s.RatingMethod.CVSSv3,s.RatingMethod.CVSSv31,s.RatingMethod.CVSSv4,s.RatingMethod.OWASP,s.RatingMethod.SSVC,s.RatingMethod.Other],true,true,true,true,true,true,true,true,true));t.Spec1dot7=Object.freeze(new a._Spec(c.Version.v1dot7,[c.Format.XML,c.Format.JSON],[r.ComponentType.Application,r.ComponentType.Framework,r.ComponentType.Library,r.ComponentType.Container,r.ComponentType.Platform,r.ComponentType.OperatingSystem,r.ComponentType.Device,r.ComponentType.DeviceDriver,r.ComponentType.Firmware,r.ComponentType.File,r.ComponentType.MachineLearningModel,r.ComponentType.Data,r.ComponentType.CryptographicAsset],[o.HashAlgorithm.MD5,o.HashAlgorithm["SHA-1"],o.HashAlgorithm["SHA-256"],o.HashAlgorithm["SHA-384"],o.HashAlgorithm["SHA-512"],o.HashAlgorithm["SHA3-256"],o.HashAlgorithm["SHA3-384"],o.HashAlgorithm["SHA3-512"],o.HashAlgorithm["BLAKE2b-256"],o.HashAlgorithm["BLAKE2b-384"],o.HashAlgorithm["BLAKE2b-512"],o.HashAlgorithm.BLAKE3,o.HashAlgorithm["Streebog-256"],o.HashAlgorithm["Streebog-512"]],/^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/,[i.ExternalReferenceType.VCS,i.ExternalReferenceType.IssueTracker,i.ExternalReferenceType.Website,i.ExternalReferenceType.Advisories,i.ExternalReferenceType.BOM,i.ExternalReferenceType.MailingList,i.ExternalReferenceType.Social,i.ExternalReferenceType.Chat,i.ExternalReferenceType.Documentation,i.ExternalReferenceType.Support,i.ExternalReferenceType.SourceDistribution,i.ExternalReferenceType.Distribution,i.ExternalReferenceType.DistributionIntake,i.ExternalReferenceType.License,i.ExternalReferenceType.BuildMeta,i.ExternalReferenceType.BuildSystem,i.ExternalReferenceType.ReleaseNotes,i.ExternalReferenceType.SecurityContact,i.ExternalReferenceType.ModelCard,i.ExternalReferenceType.Log,i.ExternalReferenceType.Configuration,i.ExternalReferenceType.Evidence,i.ExternalReferenceType.Formulation,i.ExternalReferenceType.Attestation,i.ExternalReferenceType.ThreatModel,i.ExternalReferenceType.AdversaryModel,i.ExternalReferenceType.RiskAssessment,i.ExternalReferenceType.VulnerabilityAssertion,i.ExternalReferenceType.ExploitabilityStatement,i.ExternalReferenceType.PentestReport,i.ExternalReferenceType.StaticAnalysisReport,i.ExternalReferenceType.DynamicAnalysisReport,i.ExternalReferenceType.RuntimeAnalysisReport,i.ExternalReferenceType.ComponentAnalysisReport,i.ExternalReferenceType.MaturityReport,i.ExternalReferenceType.CertificationReport,i.ExternalReferenceType.CodifiedInfrastructure,i.ExternalReferenceType.QualityMetrics,i.ExternalReferenceType.POAM,i.ExternalReferenceType.ElectronicSignature,i.ExternalReferenceType.DigitalSignature,i.ExternalReferenceType.RFC9116,i.ExternalReferenceType.Citation,i.ExternalReferenceType.Patent,i.ExternalReferenceType.PatentAssertion,i.ExternalReferenceType.PatentFamily,i.ExternalReferenceType.RFC9116,i.ExternalReferenceType.Other],true,true,false,true,true,[s.RatingMethod.CVSSv2,s.RatingMethod.CVSSv3,s.RatingMethod.CVSSv31,s.RatingMethod.CVSSv4,s.RatingMethod.OWASP,s.RatingMethod.SSVC,s.RatingMethod.Other],true,true,true,true,true,true,true,true,true));t.SpecVersionDict=Object.freeze({[c.Version.v1dot7]:t.Spec1dot7,[c.Version.v1dot6]:t.Spec1dot6,[c.Version.v1dot5]:t.Spec1dot5,[c.Version.v1dot4]:t.Spec1dot4,[c.Version.v1dot3]:t.Spec1dot3,[c.Version.v1dot2]:t.Spec1dot2})},40996:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.Format=t.Version=void 0;var n;(function(e){e["v1dot7"]="1.7";e["v1dot6"]="1.6";e["v1dot5"]="1.5";e["v1dot4"]="1.4";e["v1dot3"]="1.3";e["v1dot2"]="1.2";e["v1dot1"]="1.1";e["v1dot0"]="1.0"})(n||(t.Version=n={}));var r;(function(e){e["XML"]="xml";e["JSON"]="json"})(r||(t.Format=r={}))},67099:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.UnsupportedFormatError=void 0;class UnsupportedFormatError extends Error{}t.UnsupportedFormatError=UnsupportedFormatError},86214:function(e,t,n){
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var r=this&&this.__createBinding||(Object.create?function(e,t,n,r){if(r===undefined)r=n;var i=Object.getOwnPropertyDescriptor(t,n);if(!i||("get"in i?!t.__esModule:i.writable||i.configurable)){i={enumerable:true,get:function(){return t[n]}}}Object.defineProperty(e,r,i)}:function(e,t,n,r){if(r===undefined)r=n;e[r]=t[n]});var i=this&&this.__exportStar||function(e,t){for(var n in e)if(n!=="default"&&!Object.prototype.hasOwnProperty.call(t,n))r(t,e,n)};Object.defineProperty(t,"__esModule",{value:true});i(n(40216),t);i(n(40996),t);i(n(67099),t)},91540:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.isCPE=isCPE;const n=/^([c][pP][eE]:\/[AHOaho]?(:[A-Za-z0-9\._\-~%]*){0,6})$|^(cpe:2\.3:[aho\*\-](:(((\?*|\*?)([a-zA-Z0-9\-\._]|(\\[\\\*\?!"#$$%&'\(\)\+,\/:;<=>@\[\]\^`\{\|}~]))+(\?*|\*?))|[\*\-])){5}(:(([a-zA-Z]{2,3}(-([a-zA-Z]{2}|[0-9]{3}))?)|[\*\-]))(:(((\?*|\*?)([a-zA-Z0-9\-\._]|(\\[\\\*\?!"#$$%&'\(\)\+,\/:;<=>@\[\]\^`\{\|}~]))+(\?*|\*?))|[\*\-])){4})$/;function isCPE(e){return typeof e==="string"&&n.test(e)}},37007:(e,t,n)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.CweRepository=void 0;t.isCWE=isCWE;const r=n(16691);const i=n(50528);function isCWE(e){return(0,i.isPositiveInteger)(e)}class CweRepository extends r.SortableNumbers{}t.CweRepository=CweRepository},50528:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:true});t.isInteger=isInteger;t.isNonNegativeInteger=isNonNegativeInteger;t.isPositiveInteger=isPositiveInteger;function isInteger(e){return Number.isInteger(e)}function isNonNegativeInteger(e){return isInteger(e)&&e>=0}function isPositiveInteger(e){return isInteger(e)&&e>0}},49063:(e,t,n)=>{n.d(t,{Yz:()=>debug,z3:()=>error,V9:()=>getIDToken,V4:()=>getInput,pq:()=>info,lm:()=>notice,C1:()=>setFailed,uH:()=>setOutput,Pq:()=>setSecret,$e:()=>warning});var r=n(70857);function utils_toCommandValue(e){if(e===null||e===undefined){return""}else if(typeof e==="string"||e instanceof String){return e}return JSON.stringify(e)}function toCommandProperties(e){if(!Object.keys(e).length){return{}}return{title:e.title,file:e.file,line:e.startLine,endLine:e.endLine,col:e.startColumn,endColumn:e.endColumn}}function command_issueCommand(e,t,n){const i=new Command(e,t,n);process.stdout.write(i.toString()+r.EOL)}function command_issue(e,t=""){command_issueCommand(e,{},t)}const i="::";class Command{constructor(e,t,n){if(!e){e="missing.command"}this.command=e;this.properties=t;this.message=n}toString(){let e=i+this.command;if(this.properties&&Object.keys(this.properties).length>0){e+=" ";let t=true;for(const n in this.properties){if(this.properties.hasOwnProperty(n)){const r=this.properties[n];if(r){if(t){t=false}else{e+=","}e+=`${n}=${escapeProperty(r)}`}}}}e+=`${i}${escapeData(this.message)}`;return e}}function escapeData(e){return utils_toCommandValue(e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function escapeProperty(e){return utils_toCommandValue(e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A").replace(/:/g,"%3A").replace(/,/g,"%2C")}var o=n(76982);var s=n(79896);function file_command_issueFileCommand(e,t){const n=process.env[`GITHUB_${e}`];if(!n){throw new Error(`Unable to find environment variable for file command ${e}`)}if(!s.existsSync(n)){throw new Error(`Missing file at path: ${n}`)}s.appendFileSync(n,`${utils_toCommandValue(t)}${r.EOL}`,{encoding:"utf8"})}function file_command_prepareKeyValueMessage(e,t){const n=`ghadelimiter_${o.randomUUID()}`;const i=utils_toCommandValue(t);if(e.includes(n)){throw new Error(`Unexpected input: name should not contain the delimiter "${n}"`)}if(i.includes(n)){throw new Error(`Unexpected input: value should not contain the delimiter "${n}"`)}return`${e}<<${n}${r.EOL}${i}${r.EOL}${n}`}var a=n(16928);var c=undefined&&undefined.__awaiter||function(e,t,n,r){function adopt(e){return e instanceof n?e:new n(function(t){t(e)})}return new(n||(n=Promise))(function(n,i){function fulfilled(e){try{step(r.next(e))}catch(e){i(e)}}function rejected(e){try{step(r["throw"](e))}catch(e){i(e)}}function step(e){e.done?n(e.value):adopt(e.value).then(fulfilled,rejected)}step((r=r.apply(e,t||[])).next())})};var l;(function(e){e[e["Success"]=0]="Success";e[e["Failure"]=1]="Failure"})(l||(l={}));function exportVariable(e,t){const n=toCommandValue(t);process.env[e]=n;const r=process.env["GITHUB_ENV"]||"";if(r){return issueFileCommand("ENV",prepareKeyValueMessage(e,t))}issueCommand("set-env",{name:e},n)}function setSecret(e){command_issueCommand("add-mask",{},e)}function addPath(e){const t=process.env["GITHUB_PATH"]||"";if(t){issueFileCommand("PATH",e)}else{issueCommand("add-path",{},e)}process.env["PATH"]=`${e}${path.delimiter}${process.env["PATH"]}`}function getInput(e,t){const n=process.env[`INPUT_${e.replace(/ /g,"_").toUpperCase()}`]||"";if(t&&t.required&&!n){throw new Error(`Input required and not supplied: ${e}`)}if(t&&t.trimWhitespace===false){return n}return n.trim()}function getMultilineInput(e,t){const n=getInput(e,t).split("\n").filter(e=>e!=="");if(t&&t.trimWhitespace===false){return n}return n.map(e=>e.trim())}function getBooleanInput(e,t){const n=["true","True","TRUE"];const r=["false","False","FALSE"];const i=getInput(e,t);if(n.includes(i))return true;if(r.includes(i))return false;throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${e}\n`+`Support boolean input list: \`true | True | TRUE | false | False | FALSE\``)}function setOutput(e,t){const n=process.env["GITHUB_OUTPUT"]||"";if(n){return file_command_issueFileCommand("OUTPUT",file_command_prepareKeyValueMessage(e,t))}process.stdout.write(r.EOL);command_issueCommand("set-output",{name:e},utils_toCommandValue(t))}function setCommandEcho(e){issue("echo",e?"on":"off")}function setFailed(e){process.exitCode=l.Failure;error(e)}function isDebug(){return process.env["RUNNER_DEBUG"]==="1"}function debug(e){command_issueCommand("debug",{},e)}function error(e,t={}){command_issueCommand("error",toCommandProperties(t),e instanceof Error?e.toString():e)}function warning(e,t={}){command_issueCommand("warning",toCommandProperties(t),e instanceof Error?e.toString():e)}function notice(e,t={}){command_issueCommand("notice",toCommandProperties(t),e instanceof Error?e.toString():e)}function info(e){process.stdout.write(e+r.EOL)}function startGroup(e){issue("group",e)}function endGroup(){issue("endgroup")}function group(e,t){return c(this,void 0,void 0,function*(){startGroup(e);let n;try{n=yield t()}finally{endGroup()}return n})}function saveState(e,t){const n=process.env["GITHUB_STATE"]||"";if(n){return issueFileCommand("STATE",prepareKeyValueMessage(e,t))}issueCommand("save-state",{name:e},toCommandValue(t))}function getState(e){return process.env[`STATE_${e}`]||""}function getIDToken(e){return c(this,void 0,void 0,function*(){const{OidcClient:t}=yield Promise.all([n.e(343),n.e(662)]).then(n.bind(n,87662));return yield t.getIDToken(e)})}},42780:e=>{e.exports=JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://cyclonedx.org/schema/spdx.schema.json","$comment":"v1.1-3.29.0","type":"string","enum":["0BSD","3D-Slicer-1.0","AAL","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","ADSL","Advanced-Cryptics-Dictionary","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","Afmparse","AGPL-1.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0","AGPL-3.0-only","AGPL-3.0-or-later","Aladdin","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","any-OSI","any-OSI-perl-modules","Apache-1.0","Apache-1.1","Apache-2.0","APAFML","APL-1.0","App-s2p","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","Arphic-1999","Artistic-1.0","Artistic-1.0-cl8","Artistic-1.0-Perl","Artistic-2.0","Artistic-dist","Aspell-RU","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","atc-game","Baekmuk","Bahyph","Barr","bcrypt-Solar-Designer","Beerware","Bitstream-Charter","Bitstream-Vera","BitTorrent-1.0","BitTorrent-1.1","blessing","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","BOLA-1.1","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-first-lines","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","BSD-2-Clause-Patent","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-2-Clause-Views","BSD-3-Clause","BSD-3-Clause-acpica","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-flex","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-ask-to-endorse","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Systemics","BSD-Systemics-W3Works","BSL-1.0","Buddy","Bugroff","BUSL-1.1","bzip2-1.0.5","bzip2-1.0.6","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","Caldera","Caldera-no-preamble","CAPEC-tou","Catharon","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","check-cvs","checkmk","ClArtistic","Clips","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","Community-Spec-1.0","Condor-1.1","copyleft-next-0.3.0","copyleft-next-0.3.1","Cornell-Lossless-JPEG","CPAL-1.0","CPL-1.0","CPOL-1.02","Cronyx","Crossword","CryptoSwift","CrystalStacker","CUA-OPL-1.0","Cube","curl","cve-tou","D-FSL-1.0","DEC-3-Clause","diffmark","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","DRL-1.0","DRL-1.1","DSDP","dtoa","dvipdfm","ECL-1.0","ECL-2.0","eCos-2.0","EFL-1.0","EFL-2.0","eGenix","Elastic-2.0","Entessa","EPICS","EPL-1.0","EPL-2.0","ErlPL-1.1","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","etalab-2.0","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Eurosym","Fair","FBM","FDK-AAC","FDK-MPEG-H","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Furuseth","fwlw","Game-Programming-Gems","GCR-docs","GD","generic-xts","GFDL-1.1","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","Giftware","GL2PS","Glide","Glulxe","GLWTPL","gnuplot","GPL-1.0","GPL-1.0+","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0","GPL-2.0+","GPL-2.0-only","GPL-2.0-or-later","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-2.0-with-GCC-exception","GPL-3.0","GPL-3.0+","GPL-3.0-only","GPL-3.0-or-later","GPL-3.0-with-autoconf-exception","GPL-3.0-with-GCC-exception","Graphics-Gems","gSOAP-1.3b","gtkbook","Gutmann","HaskellReport","HDF5","hdparm","HIDAPI","Hippocratic-2.1","Hippocratic-3.0-core","HP-1986","HP-1989","HPND","HPND-DEC","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-Markus-Kuhn","HPND-merchantability-variant","HPND-MIT-disclaimer","HPND-Netrek","HPND-Pbmplus","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-critical-systems","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-SMC","HPND-UC","HPND-UC-export-US","HTMLTIDY","hyphen-bulgarian","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","ImageMagick","iMatix","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","Jam","JasPer-2.0","jove","JPL-image","JPNIC","JSON","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","Latex2e","Latex2e-translated-notice","Leptonica","LGPL-2.0","LGPL-2.0+","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1","LGPL-2.1+","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0","LGPL-3.0+","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","Libpng","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Linux-OpenIB","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","lsof","Lucida-Bitmap-Fonts","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","magaz","mailprio","MakeIndex","man2html","Martin-Birgmeier","McPhee-slideshow","metamail","Minpack","MIPS","MirOS","MIT","MIT-0","MIT-advertising","MIT-Click","MIT-CMU","MIT-enna","MIT-feh","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-open-group","MIT-STK","MIT-testregex","MIT-Wu","MITNFA","MMIXware","MMPL-1.0.1","Motosoto","MPEG-SSG","mpi-permissive","mpich2","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","mplus","MS-LPL","MS-PL","MS-RL","MTLL","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","MVT-1.1","NAIST-2003","NASA-1.3","Naumen","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","Net-SNMP","NetCDF","Newsletr","NGPL","ngrep","NICTA-1.0","NIST-PD","NIST-PD-fallback","NIST-PD-TNT","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","Nokia","NOSL","Noweb","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Nunit","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODbL-1.0","ODC-By-1.0","OFFIS","OFL-1.0","OFL-1.0-no-RFN","OFL-1.0-RFN","OFL-1.1","OFL-1.1-no-RFN","OFL-1.1-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","PADL","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","PDDL-1.0","PHP-3.0","PHP-3.01","Pixar","pkgconf","Plexus","pnmstitch","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","PPL","PSF-2.0","psfrag","psutils","Python-2.0","Python-2.0.1","python-ldap","Qhull","QPL-1.0","QPL-1.0-INRIA-2004","radvd","Rdisc","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","Saxpath","SCEA","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SimPL-2.0","SISSL","SISSL-1.2","SL","Sleepycat","SMAIL-GPL","SMLNJ","SMPPL","SNIA","snprintf","SOFA","softSurfer","Soundex","Spencer-86","Spencer-94","Spencer-99","SPL-1.0","ssh-keyscan","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","StandardML-NJ","SugarCRM-1.1.3","SUL-1.0","Sun-PPP","Sun-PPP-2000","SunPro","SWL","swrule","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TekHVC","TermReadKey","TGPPL-1.0","ThirdEye","threeparttable","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TrustedQSL","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","Ubuntu-font-1.0","UCAR","UCL-1.0","ulem","UMich-Merit","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","UnRAR","UPL-1.0","URT-RLE","Vim","Vixie-Cron","VOSTROM","VSL-1.0","W3C","W3C-19980720","W3C-20150513","w3m","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","WTFNMFPL","WTFPL","wwl","wxWindows","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","Xdebug-1.03","Xerox","Xfig","XFree86-1.1","xinetd","xkeyboard-config-Zinoviev","xlock","Xnet","xpp","XSkat","xzoom","YPL-1.0","YPL-1.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","zlib-acknowledgement","ZPL-1.1","ZPL-2.0","ZPL-2.1","389-exception","Asterisk-exception","Asterisk-linking-protocols-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","CGAL-linking-exception","Classpath-exception-2.0","Classpath-exception-2.0-short","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","Digia-Qt-LGPL-exception-1.1","DigiRule-FOSS-exception","eCos-exception-2.0","erlang-otp-linking-exception","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","Google-Patent-WebM","GPL-3.0-389-ds-base-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","harbour-exception","i2p-gpl-java-exception","Independent-modules-exception","KiCad-libraries-exception","kvirc-openssl-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","mxml-exception","Nokia-Qt-exception-1.1","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PCRE2-exception","polyparse-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","romic-exception","RRDtool-FLOSS-exception-2.0","rsync-linking-exception","SANE-exception","SHL-2.0","SHL-2.1","Simple-Library-Usage-exception","Spelling-Provider-LGPL-exception","sqlitestudio-OpenSSL-exception","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"],"meta:enum":{"0BSD":"BSD Zero Clause License","3D-Slicer-1.0":"3D Slicer License v1.0","AAL":"Attribution Assurance License","Abstyles":"Abstyles License","AdaCore-doc":"AdaCore Doc License","Adobe-2006":"Adobe Systems Incorporated Source Code License Agreement","Adobe-Display-PostScript":"Adobe Display PostScript License","Adobe-Glyph":"Adobe Glyph List License","Adobe-Utopia":"Adobe Utopia Font License","ADSL":"Amazon Digital Services License","Advanced-Cryptics-Dictionary":"Advanced Cryptics Dictionary License","AFL-1.1":"Academic Free License v1.1","AFL-1.2":"Academic Free License v1.2","AFL-2.0":"Academic Free License v2.0","AFL-2.1":"Academic Free License v2.1","AFL-3.0":"Academic Free License v3.0","Afmparse":"Afmparse License","AGPL-1.0":"Affero General Public License v1.0","AGPL-1.0-only":"Affero General Public License v1.0 only","AGPL-1.0-or-later":"Affero General Public License v1.0 or later","AGPL-3.0":"GNU Affero General Public License v3.0","AGPL-3.0-only":"GNU Affero General Public License v3.0 only","AGPL-3.0-or-later":"GNU Affero General Public License v3.0 or later","Aladdin":"Aladdin Free Public License","ALGLIB-Documentation":"ALGLIB Documentation License","AMD-newlib":"AMD newlib License","AMDPLPA":"AMD\'s plpa_map.c License","AML":"Apple MIT License","AML-glslang":"AML glslang variant License","AMPAS":"Academy of Motion Picture Arts and Sciences BSD","ANTLR-PD":"ANTLR Software Rights Notice","ANTLR-PD-fallback":"ANTLR Software Rights Notice with license fallback","any-OSI":"Any OSI License","any-OSI-perl-modules":"Any OSI License - Perl Modules","Apache-1.0":"Apache License 1.0","Apache-1.1":"Apache License 1.1","Apache-2.0":"Apache License 2.0","APAFML":"Adobe Postscript AFM License","APL-1.0":"Adaptive Public License 1.0","App-s2p":"App::s2p License","APSL-1.0":"Apple Public Source License 1.0","APSL-1.1":"Apple Public Source License 1.1","APSL-1.2":"Apple Public Source License 1.2","APSL-2.0":"Apple Public Source License 2.0","Arphic-1999":"Arphic Public License","Artistic-1.0":"Artistic License 1.0","Artistic-1.0-cl8":"Artistic License 1.0 w/clause 8","Artistic-1.0-Perl":"Artistic License 1.0 (Perl)","Artistic-2.0":"Artistic License 2.0","Artistic-dist":"Artistic License 1.0 (dist)","Aspell-RU":"Aspell Russian License","ASWF-Digital-Assets-1.0":"ASWF Digital Assets License version 1.0","ASWF-Digital-Assets-1.1":"ASWF Digital Assets License 1.1","atc-game":"atc Game License","Baekmuk":"Baekmuk License","Bahyph":"Bahyph License","Barr":"Barr License","bcrypt-Solar-Designer":"bcrypt Solar Designer License","Beerware":"Beerware License","Bitstream-Charter":"Bitstream Charter Font License","Bitstream-Vera":"Bitstream Vera Font License","BitTorrent-1.0":"BitTorrent Open Source License v1.0","BitTorrent-1.1":"BitTorrent Open Source License v1.1","blessing":"SQLite Blessing","BlueOak-1.0.0":"Blue Oak Model License 1.0.0","Boehm-GC":"Boehm-Demers-Weiser GC License","Boehm-GC-without-fee":"Boehm-Demers-Weiser GC License (without fee)","BOLA-1.1":"Buena Onda License Agreement v1.1","Borceux":"Borceux license","Brian-Gladman-2-Clause":"Brian Gladman 2-Clause License","Brian-Gladman-3-Clause":"Brian Gladman 3-Clause License","Brian-Gladman-3-Clause-no-conversion":"Brian Gladman 3-Clause License (no conversion clause)","BSD-1-Clause":"BSD 1-Clause License","BSD-2-Clause":"BSD 2-Clause \\"Simplified\\" License","BSD-2-Clause-Darwin":"BSD 2-Clause - Ian Darwin variant","BSD-2-Clause-first-lines":"BSD 2-Clause - first lines requirement","BSD-2-Clause-FreeBSD":"BSD 2-Clause FreeBSD License","BSD-2-Clause-NetBSD":"BSD 2-Clause NetBSD License","BSD-2-Clause-Patent":"BSD-2-Clause Plus Patent License","BSD-2-Clause-pkgconf-disclaimer":"BSD 2-Clause pkgconf disclaimer variant","BSD-2-Clause-pos-unchanged":"BSD 2-Clause - position unchanged variant","BSD-2-Clause-Views":"BSD 2-Clause with views sentence","BSD-3-Clause":"BSD 3-Clause \\"New\\" or \\"Revised\\" License","BSD-3-Clause-acpica":"BSD 3-Clause acpica variant","BSD-3-Clause-Attribution":"BSD with attribution","BSD-3-Clause-Clear":"BSD 3-Clause Clear License","BSD-3-Clause-flex":"BSD 3-Clause Flex variant","BSD-3-Clause-HP":"Hewlett-Packard BSD variant license","BSD-3-Clause-LBNL":"Lawrence Berkeley National Labs BSD variant license","BSD-3-Clause-Modification":"BSD 3-Clause Modification","BSD-3-Clause-No-Military-License":"BSD 3-Clause No Military License","BSD-3-Clause-No-Nuclear-License":"BSD 3-Clause No Nuclear License","BSD-3-Clause-No-Nuclear-License-2014":"BSD 3-Clause No Nuclear License 2014","BSD-3-Clause-No-Nuclear-Warranty":"BSD 3-Clause No Nuclear Warranty","BSD-3-Clause-Open-MPI":"BSD 3-Clause Open MPI variant","BSD-3-Clause-OpenWebUI":"BSD 3-Clause - OpenWebUI variant","BSD-3-Clause-Sun":"BSD 3-Clause Sun Microsystems","BSD-3-Clause-Tso":"BSD 3-Clause Tso variant","BSD-4-Clause":"BSD 4-Clause \\"Original\\" or \\"Old\\" License","BSD-4-Clause-Shortened":"BSD 4 Clause Shortened","BSD-4-Clause-UC":"BSD-4-Clause (University of California-Specific)","BSD-4.3RENO":"BSD 4.3 RENO License","BSD-4.3TAHOE":"BSD 4.3 TAHOE License","BSD-Advertising-Acknowledgement":"BSD Advertising Acknowledgement License","BSD-ask-to-endorse":"BSD - ask to endorse","BSD-Attribution-HPND-disclaimer":"BSD with Attribution and HPND disclaimer","BSD-Inferno-Nettverk":"BSD-Inferno-Nettverk","BSD-Mark-Modifications":"BSD Mark Modifications License","BSD-Protection":"BSD Protection License","BSD-Source-alt-GPL":"BSD Source Code Attribution - GPL alternative","BSD-Source-beginning-file":"BSD Source Code Attribution - beginning of file variant","BSD-Source-Code":"BSD Source Code Attribution","BSD-Source-Code-no-disclaimer":"BSD Source Code Attribution - no disclaimer","BSD-Systemics":"Systemics BSD variant license","BSD-Systemics-W3Works":"Systemics W3Works BSD variant license","BSL-1.0":"Boost Software License 1.0","Buddy":"Buddy License","Bugroff":"Bugroff License","BUSL-1.1":"Business Source License 1.1","bzip2-1.0.5":"bzip2 and libbzip2 License v1.0.5","bzip2-1.0.6":"bzip2 and libbzip2 License v1.0.6","C-UDA-1.0":"Computational Use of Data Agreement v1.0","CAL-1.0":"Cryptographic Autonomy License 1.0","CAL-1.0-Combined-Work-Exception":"Cryptographic Autonomy License 1.0 (Combined Work Exception)","Caldera":"Caldera License","Caldera-no-preamble":"Caldera License (without preamble)","CAPEC-tou":"Common Attack    Pattern Enumeration and Classification License","Catharon":"Catharon License","CATOSL-1.1":"Computer Associates Trusted Open Source License 1.1","CC-BY-1.0":"Creative Commons Attribution 1.0 Generic","CC-BY-2.0":"Creative Commons Attribution 2.0 Generic","CC-BY-2.5":"Creative Commons Attribution 2.5 Generic","CC-BY-2.5-AU":"Creative Commons Attribution 2.5 Australia","CC-BY-3.0":"Creative Commons Attribution 3.0 Unported","CC-BY-3.0-AT":"Creative Commons Attribution 3.0 Austria","CC-BY-3.0-AU":"Creative Commons Attribution 3.0 Australia","CC-BY-3.0-DE":"Creative Commons Attribution 3.0 Germany","CC-BY-3.0-IGO":"Creative Commons Attribution 3.0 IGO","CC-BY-3.0-NL":"Creative Commons Attribution 3.0 Netherlands","CC-BY-3.0-US":"Creative Commons Attribution 3.0 United States","CC-BY-4.0":"Creative Commons Attribution 4.0 International","CC-BY-NC-1.0":"Creative Commons Attribution Non Commercial 1.0 Generic","CC-BY-NC-2.0":"Creative Commons Attribution Non Commercial 2.0 Generic","CC-BY-NC-2.5":"Creative Commons Attribution Non Commercial 2.5 Generic","CC-BY-NC-3.0":"Creative Commons Attribution Non Commercial 3.0 Unported","CC-BY-NC-3.0-DE":"Creative Commons Attribution Non Commercial 3.0 Germany","CC-BY-NC-3.0-IGO":"Creative Commons Attribution Non Commercial 3.0 IGO","CC-BY-NC-4.0":"Creative Commons Attribution Non Commercial 4.0 International","CC-BY-NC-ND-1.0":"Creative Commons Attribution Non Commercial No Derivatives 1.0 Generic","CC-BY-NC-ND-2.0":"Creative Commons Attribution Non Commercial No Derivatives 2.0 Generic","CC-BY-NC-ND-2.5":"Creative Commons Attribution Non Commercial No Derivatives 2.5 Generic","CC-BY-NC-ND-3.0":"Creative Commons Attribution Non Commercial No Derivatives 3.0 Unported","CC-BY-NC-ND-3.0-DE":"Creative Commons Attribution Non Commercial No Derivatives 3.0 Germany","CC-BY-NC-ND-3.0-IGO":"Creative Commons Attribution Non Commercial No Derivatives 3.0 IGO","CC-BY-NC-ND-4.0":"Creative Commons Attribution Non Commercial No Derivatives 4.0 International","CC-BY-NC-SA-1.0":"Creative Commons Attribution Non Commercial Share Alike 1.0 Generic","CC-BY-NC-SA-2.0":"Creative Commons Attribution Non Commercial Share Alike 2.0 Generic","CC-BY-NC-SA-2.0-DE":"Creative Commons Attribution Non Commercial Share Alike 2.0 Germany","CC-BY-NC-SA-2.0-FR":"Creative Commons Attribution-NonCommercial-ShareAlike 2.0 France","CC-BY-NC-SA-2.0-UK":"Creative Commons Attribution Non Commercial Share Alike 2.0 England and Wales","CC-BY-NC-SA-2.5":"Creative Commons Attribution Non Commercial Share Alike 2.5 Generic","CC-BY-NC-SA-3.0":"Creative Commons Attribution Non Commercial Share Alike 3.0 Unported","CC-BY-NC-SA-3.0-DE":"Creative Commons Attribution Non Commercial Share Alike 3.0 Germany","CC-BY-NC-SA-3.0-IGO":"Creative Commons Attribution Non Commercial Share Alike 3.0 IGO","CC-BY-NC-SA-4.0":"Creative Commons Attribution Non Commercial Share Alike 4.0 International","CC-BY-ND-1.0":"Creative Commons Attribution No Derivatives 1.0 Generic","CC-BY-ND-2.0":"Creative Commons Attribution No Derivatives 2.0 Generic","CC-BY-ND-2.5":"Creative Commons Attribution No Derivatives 2.5 Generic","CC-BY-ND-3.0":"Creative Commons Attribution No Derivatives 3.0 Unported","CC-BY-ND-3.0-DE":"Creative Commons Attribution No Derivatives 3.0 Germany","CC-BY-ND-4.0":"Creative Commons Attribution No Derivatives 4.0 International","CC-BY-SA-1.0":"Creative Commons Attribution Share Alike 1.0 Generic","CC-BY-SA-2.0":"Creative Commons Attribution Share Alike 2.0 Generic","CC-BY-SA-2.0-UK":"Creative Commons Attribution Share Alike 2.0 England and Wales","CC-BY-SA-2.1-JP":"Creative Commons Attribution Share Alike 2.1 Japan","CC-BY-SA-2.5":"Creative Commons Attribution Share Alike 2.5 Generic","CC-BY-SA-3.0":"Creative Commons Attribution Share Alike 3.0 Unported","CC-BY-SA-3.0-AT":"Creative Commons Attribution Share Alike 3.0 Austria","CC-BY-SA-3.0-DE":"Creative Commons Attribution Share Alike 3.0 Germany","CC-BY-SA-3.0-IGO":"Creative Commons Attribution-ShareAlike 3.0 IGO","CC-BY-SA-4.0":"Creative Commons Attribution Share Alike 4.0 International","CC-PDDC":"Creative Commons Public Domain Dedication and Certification","CC-PDM-1.0":"Creative    Commons Public Domain Mark 1.0 Universal","CC-SA-1.0":"Creative Commons Share Alike 1.0 Generic","CC0-1.0":"Creative Commons Zero v1.0 Universal","CDDL-1.0":"Common Development and Distribution License 1.0","CDDL-1.1":"Common Development and Distribution License 1.1","CDL-1.0":"Common Documentation License 1.0","CDLA-Permissive-1.0":"Community Data License Agreement Permissive 1.0","CDLA-Permissive-2.0":"Community Data License Agreement Permissive 2.0","CDLA-Sharing-1.0":"Community Data License Agreement Sharing 1.0","CECILL-1.0":"CeCILL Free Software License Agreement v1.0","CECILL-1.1":"CeCILL Free Software License Agreement v1.1","CECILL-2.0":"CeCILL Free Software License Agreement v2.0","CECILL-2.1":"CeCILL Free Software License Agreement v2.1","CECILL-B":"CeCILL-B Free Software License Agreement","CECILL-C":"CeCILL-C Free Software License Agreement","CERN-OHL-1.1":"CERN Open Hardware Licence v1.1","CERN-OHL-1.2":"CERN Open Hardware Licence v1.2","CERN-OHL-P-2.0":"CERN Open Hardware Licence Version 2 - Permissive","CERN-OHL-S-2.0":"CERN Open Hardware Licence Version 2 - Strongly Reciprocal","CERN-OHL-W-2.0":"CERN Open Hardware Licence Version 2 - Weakly Reciprocal","CFITSIO":"CFITSIO License","check-cvs":"check-cvs License","checkmk":"Checkmk License","ClArtistic":"Clarified Artistic License","Clips":"Clips License","CMU-Mach":"CMU Mach License","CMU-Mach-nodoc":"CMU    Mach - no notices-in-documentation variant","CNRI-Jython":"CNRI Jython License","CNRI-Python":"CNRI Python License","CNRI-Python-GPL-Compatible":"CNRI Python Open Source GPL Compatible License Agreement","COIL-1.0":"Copyfree Open Innovation License","Community-Spec-1.0":"Community Specification License 1.0","Condor-1.1":"Condor Public License v1.1","copyleft-next-0.3.0":"copyleft-next 0.3.0","copyleft-next-0.3.1":"copyleft-next 0.3.1","Cornell-Lossless-JPEG":"Cornell Lossless JPEG License","CPAL-1.0":"Common Public Attribution License 1.0","CPL-1.0":"Common Public License 1.0","CPOL-1.02":"Code Project Open License 1.02","Cronyx":"Cronyx License","Crossword":"Crossword License","CryptoSwift":"CryptoSwift License","CrystalStacker":"CrystalStacker License","CUA-OPL-1.0":"CUA Office Public License v1.0","Cube":"Cube License","curl":"curl License","cve-tou":"Common Vulnerability Enumeration ToU License","D-FSL-1.0":"Deutsche Freie Software Lizenz","DEC-3-Clause":"DEC 3-Clause License","diffmark":"diffmark license","DL-DE-BY-2.0":"Data licence Germany – attribution – version 2.0","DL-DE-ZERO-2.0":"Data licence Germany – zero – version 2.0","DOC":"DOC License","DocBook-DTD":"DocBook DTD License","DocBook-Schema":"DocBook Schema License","DocBook-Stylesheet":"DocBook Stylesheet License","DocBook-XML":"DocBook XML License","Dotseqn":"Dotseqn License","DRL-1.0":"Detection Rule License 1.0","DRL-1.1":"Detection Rule License 1.1","DSDP":"DSDP License","dtoa":"David M. Gay dtoa License","dvipdfm":"dvipdfm License","ECL-1.0":"Educational Community License v1.0","ECL-2.0":"Educational Community License v2.0","eCos-2.0":"eCos license version 2.0","EFL-1.0":"Eiffel Forum License v1.0","EFL-2.0":"Eiffel Forum License v2.0","eGenix":"eGenix.com Public License 1.1.0","Elastic-2.0":"Elastic License 2.0","Entessa":"Entessa Public License v1.0","EPICS":"EPICS Open License","EPL-1.0":"Eclipse Public License 1.0","EPL-2.0":"Eclipse Public License 2.0","ErlPL-1.1":"Erlang Public License v1.1","ESA-PL-permissive-2.4":"European Space Agency Public License – v2.4 – Permissive (Type 3)","ESA-PL-strong-copyleft-2.4":"European Space Agency Public License (ESA-PL) - V2.4 - Strong Copyleft (Type 1)","ESA-PL-weak-copyleft-2.4":"European Space Agency Public License – v2.4 – Weak Copyleft (Type 2)","etalab-2.0":"Etalab Open License 2.0","EUDatagrid":"EU DataGrid Software License","EUPL-1.0":"European Union Public License 1.0","EUPL-1.1":"European Union Public License 1.1","EUPL-1.2":"European Union Public License 1.2","Eurosym":"Eurosym License","Fair":"Fair License","FBM":"Fuzzy Bitmap License","FDK-AAC":"Fraunhofer FDK AAC Codec Library","FDK-MPEG-H":"Fraunhofer FDK MPEG-H Software","Ferguson-Twofish":"Ferguson Twofish License","Frameworx-1.0":"Frameworx Open License 1.0","FreeBSD-DOC":"FreeBSD Documentation License","FreeImage":"FreeImage Public License v1.0","FSFAP":"FSF All Permissive License","FSFAP-no-warranty-disclaimer":"FSF All Permissive License (without Warranty)","FSFUL":"FSF Unlimited License","FSFULLR":"FSF Unlimited License (with License Retention)","FSFULLRSD":"FSF Unlimited License (with License Retention and Short Disclaimer)","FSFULLRWD":"FSF Unlimited License (With License Retention and Warranty Disclaimer)","FSL-1.1-ALv2":"Functional Source License, Version 1.1, ALv2 Future License","FSL-1.1-MIT":"Functional Source License, Version 1.1, MIT Future License","FTL":"Freetype Project License","Furuseth":"Furuseth License","fwlw":"fwlw License","Game-Programming-Gems":"Game Programming Gems License","GCR-docs":"Gnome GCR Documentation License","GD":"GD License","generic-xts":"Generic XTS License","GFDL-1.1":"GNU Free Documentation License v1.1","GFDL-1.1-invariants-only":"GNU Free Documentation License v1.1 only - invariants","GFDL-1.1-invariants-or-later":"GNU Free Documentation License v1.1 or later - invariants","GFDL-1.1-no-invariants-only":"GNU Free Documentation License v1.1 only - no invariants","GFDL-1.1-no-invariants-or-later":"GNU Free Documentation License v1.1 or later - no invariants","GFDL-1.1-only":"GNU Free Documentation License v1.1 only","GFDL-1.1-or-later":"GNU Free Documentation License v1.1 or later","GFDL-1.2":"GNU Free Documentation License v1.2","GFDL-1.2-invariants-only":"GNU Free Documentation License v1.2 only - invariants","GFDL-1.2-invariants-or-later":"GNU Free Documentation License v1.2 or later - invariants","GFDL-1.2-no-invariants-only":"GNU Free Documentation License v1.2 only - no invariants","GFDL-1.2-no-invariants-or-later":"GNU Free Documentation License v1.2 or later - no invariants","GFDL-1.2-only":"GNU Free Documentation License v1.2 only","GFDL-1.2-or-later":"GNU Free Documentation License v1.2 or later","GFDL-1.3":"GNU Free Documentation License v1.3","GFDL-1.3-invariants-only":"GNU Free Documentation License v1.3 only - invariants","GFDL-1.3-invariants-or-later":"GNU Free Documentation License v1.3 or later - invariants","GFDL-1.3-no-invariants-only":"GNU Free Documentation License v1.3 only - no invariants","GFDL-1.3-no-invariants-or-later":"GNU Free Documentation License v1.3 or later - no invariants","GFDL-1.3-only":"GNU Free Documentation License v1.3 only","GFDL-1.3-or-later":"GNU Free Documentation License v1.3 or later","Giftware":"Giftware License","GL2PS":"GL2PS License","Glide":"3dfx Glide License","Glulxe":"Glulxe License","GLWTPL":"Good Luck With That Public License","gnuplot":"gnuplot License","GPL-1.0":"GNU General Public License v1.0 only","GPL-1.0+":"GNU General Public License v1.0 or later","GPL-1.0-only":"GNU General Public License v1.0 only","GPL-1.0-or-later":"GNU General Public License v1.0 or later","GPL-2.0":"GNU General Public License v2.0 only","GPL-2.0+":"GNU General Public License v2.0 or later","GPL-2.0-only":"GNU General Public License v2.0 only","GPL-2.0-or-later":"GNU General Public License v2.0 or later","GPL-2.0-with-autoconf-exception":"GNU General Public License v2.0 w/Autoconf exception","GPL-2.0-with-bison-exception":"GNU General Public License v2.0 w/Bison exception","GPL-2.0-with-classpath-exception":"GNU General Public License v2.0 w/Classpath exception","GPL-2.0-with-font-exception":"GNU General Public License v2.0 w/Font exception","GPL-2.0-with-GCC-exception":"GNU General Public License v2.0 w/GCC Runtime Library exception","GPL-3.0":"GNU General Public License v3.0 only","GPL-3.0+":"GNU General Public License v3.0 or later","GPL-3.0-only":"GNU General Public License v3.0 only","GPL-3.0-or-later":"GNU General Public License v3.0 or later","GPL-3.0-with-autoconf-exception":"GNU General Public License v3.0 w/Autoconf exception","GPL-3.0-with-GCC-exception":"GNU General Public License v3.0 w/GCC Runtime Library exception","Graphics-Gems":"Graphics Gems License","gSOAP-1.3b":"gSOAP Public License v1.3b","gtkbook":"gtkbook License","Gutmann":"Gutmann License","HaskellReport":"Haskell Language Report License","HDF5":"HDF5 License","hdparm":"hdparm License","HIDAPI":"HIDAPI License","Hippocratic-2.1":"Hippocratic License 2.1","Hippocratic-3.0-core":"Hippocratic License 3.0","HP-1986":"Hewlett-Packard 1986 License","HP-1989":"Hewlett-Packard 1989 License","HPND":"Historical Permission Notice and Disclaimer","HPND-DEC":"Historical Permission Notice and Disclaimer - DEC variant","HPND-doc":"Historical Permission Notice and Disclaimer - documentation variant","HPND-doc-sell":"Historical Permission Notice and Disclaimer - documentation sell variant","HPND-export-US":"HPND with US Government export control warning","HPND-export-US-acknowledgement":"HPND with US Government export control warning and acknowledgment","HPND-export-US-modify":"HPND with US Government export control warning and modification rqmt","HPND-export2-US":"HPND with US Government export control and 2 disclaimers","HPND-Fenneberg-Livingston":"Historical Permission Notice and Disclaimer - Fenneberg-Livingston variant","HPND-INRIA-IMAG":"Historical Permission Notice and Disclaimer    - INRIA-IMAG variant","HPND-Intel":"Historical Permission Notice and Disclaimer - Intel variant","HPND-Kevlin-Henney":"Historical Permission Notice and Disclaimer - Kevlin Henney variant","HPND-Markus-Kuhn":"Historical Permission Notice and Disclaimer - Markus Kuhn variant","HPND-merchantability-variant":"Historical Permission Notice and Disclaimer - merchantability variant","HPND-MIT-disclaimer":"Historical Permission Notice and Disclaimer with MIT disclaimer","HPND-Netrek":"Historical Permission Notice and Disclaimer - Netrek variant","HPND-Pbmplus":"Historical Permission Notice and Disclaimer - Pbmplus variant","HPND-sell-MIT-disclaimer-xserver":"Historical Permission Notice and Disclaimer - sell xserver variant with MIT disclaimer","HPND-sell-regexpr":"Historical Permission Notice and Disclaimer - sell regexpr variant","HPND-sell-variant":"Historical Permission Notice and Disclaimer - sell variant","HPND-sell-variant-critical-systems":"HPND - sell variant with safety critical systems clause","HPND-sell-variant-MIT-disclaimer":"HPND sell variant with MIT disclaimer","HPND-sell-variant-MIT-disclaimer-rev":"HPND sell variant with MIT disclaimer - reverse","HPND-SMC":"Historical Permission Notice and Disclaimer - SMC variant","HPND-UC":"Historical Permission Notice and Disclaimer - University of California variant","HPND-UC-export-US":"Historical Permission Notice and Disclaimer - University of California, US export warning","HTMLTIDY":"HTML Tidy License","hyphen-bulgarian":"hyphen-bulgarian License","IBM-pibs":"IBM PowerPC Initialization and Boot Software","ICU":"ICU License","IEC-Code-Components-EULA":"IEC    Code Components End-user licence agreement","IJG":"Independent JPEG Group License","IJG-short":"Independent JPEG Group License - short","ImageMagick":"ImageMagick License","iMatix":"iMatix Standard Function Library Agreement","Imlib2":"Imlib2 License","Info-ZIP":"Info-ZIP License","Informatica":"Informatica License","Inner-Net-2.0":"Inner Net License v2.0","InnoSetup":"Inno Setup License","Intel":"Intel Open Source License","Intel-ACPI":"Intel ACPI Software License Agreement","Interbase-1.0":"Interbase Public License v1.0","IPA":"IPA Font License","IPL-1.0":"IBM Public License v1.0","ISC":"ISC License","ISC-Veillard":"ISC Veillard variant","ISO-permission":"ISO permission notice","Jam":"Jam License","JasPer-2.0":"JasPer License","jove":"Jove License","JPL-image":"JPL Image Use Policy","JPNIC":"Japan Network Information Center License","JSON":"JSON License","Kastrup":"Kastrup License","Kazlib":"Kazlib License","Knuth-CTAN":"Knuth CTAN License","LAL-1.2":"Licence Art Libre 1.2","LAL-1.3":"Licence Art Libre 1.3","Latex2e":"Latex2e License","Latex2e-translated-notice":"Latex2e with translated notice permission","Leptonica":"Leptonica License","LGPL-2.0":"GNU Library General Public License v2 only","LGPL-2.0+":"GNU Library General Public License v2 or later","LGPL-2.0-only":"GNU Library General Public License v2 only","LGPL-2.0-or-later":"GNU Library General Public License v2 or later","LGPL-2.1":"GNU Lesser General Public License v2.1 only","LGPL-2.1+":"GNU Lesser General Public License v2.1 or later","LGPL-2.1-only":"GNU Lesser General Public License v2.1 only","LGPL-2.1-or-later":"GNU Lesser General Public License v2.1 or later","LGPL-3.0":"GNU Lesser General Public License v3.0 only","LGPL-3.0+":"GNU Lesser General Public License v3.0 or later","LGPL-3.0-only":"GNU Lesser General Public License v3.0 only","LGPL-3.0-or-later":"GNU Lesser General Public License v3.0 or later","LGPLLR":"Lesser General Public License For Linguistic Resources","Libpng":"libpng License","libpng-1.6.35":"PNG Reference Library License v1 (for libpng 0.5 through 1.6.35)","libpng-2.0":"PNG Reference Library version 2","libselinux-1.0":"libselinux public domain notice","libtiff":"libtiff License","libutil-David-Nugent":"libutil David Nugent License","LiLiQ-P-1.1":"Licence Libre du Québec – Permissive version 1.1","LiLiQ-R-1.1":"Licence Libre du Québec – Réciprocité version 1.1","LiLiQ-Rplus-1.1":"Licence Libre du Québec – Réciprocité forte version 1.1","Linux-man-pages-1-para":"Linux man-pages - 1 paragraph","Linux-man-pages-copyleft":"Linux man-pages Copyleft","Linux-man-pages-copyleft-2-para":"Linux man-pages Copyleft - 2 paragraphs","Linux-man-pages-copyleft-var":"Linux man-pages Copyleft Variant","Linux-OpenIB":"Linux Kernel Variant of OpenIB.org license","LOOP":"Common Lisp LOOP License","LPD-document":"LPD Documentation License","LPL-1.0":"Lucent Public License Version 1.0","LPL-1.02":"Lucent Public License v1.02","LPPL-1.0":"LaTeX Project Public License v1.0","LPPL-1.1":"LaTeX Project Public License v1.1","LPPL-1.2":"LaTeX Project Public License v1.2","LPPL-1.3a":"LaTeX Project Public License v1.3a","LPPL-1.3c":"LaTeX Project Public License v1.3c","lsof":"lsof License","Lucida-Bitmap-Fonts":"Lucida Bitmap Fonts License","LZMA-SDK-9.11-to-9.20":"LZMA SDK License (versions 9.11 to 9.20)","LZMA-SDK-9.22":"LZMA SDK License (versions 9.22 and beyond)","Mackerras-3-Clause":"Mackerras 3-Clause License","Mackerras-3-Clause-acknowledgment":"Mackerras 3-Clause - acknowledgment variant","magaz":"magaz License","mailprio":"mailprio License","MakeIndex":"MakeIndex License","man2html":"man2html License","Martin-Birgmeier":"Martin Birgmeier License","McPhee-slideshow":"McPhee Slideshow License","metamail":"metamail License","Minpack":"Minpack License","MIPS":"MIPS License","MirOS":"The MirOS Licence","MIT":"MIT License","MIT-0":"MIT No Attribution","MIT-advertising":"Enlightenment License (e16)","MIT-Click":"MIT Click License","MIT-CMU":"CMU License","MIT-enna":"enna License","MIT-feh":"feh License","MIT-Festival":"MIT Festival Variant","MIT-Khronos-old":"MIT Khronos - old variant","MIT-Modern-Variant":"MIT License Modern Variant","MIT-open-group":"MIT Open Group variant","MIT-STK":"MIT-STK License","MIT-testregex":"MIT testregex Variant","MIT-Wu":"MIT Tom Wu Variant","MITNFA":"MIT +no-false-attribs license","MMIXware":"MMIXware License","MMPL-1.0.1":"Minecraft Mod Public License v1.0.1","Motosoto":"Motosoto License","MPEG-SSG":"MPEG Software Simulation","mpi-permissive":"mpi Permissive License","mpich2":"mpich2 License","MPL-1.0":"Mozilla Public License 1.0","MPL-1.1":"Mozilla Public License 1.1","MPL-2.0":"Mozilla Public License 2.0","MPL-2.0-no-copyleft-exception":"Mozilla Public License 2.0 (no copyleft exception)","mplus":"mplus Font License","MS-LPL":"Microsoft Limited Public License","MS-PL":"Microsoft Public License","MS-RL":"Microsoft Reciprocal License","MTLL":"Matrix Template Library License","MulanPSL-1.0":"Mulan Permissive Software License, Version 1","MulanPSL-2.0":"Mulan Permissive Software License, Version 2","Multics":"Multics License","Mup":"Mup License","MVT-1.1":"MVT License 1.1","NAIST-2003":"Nara Institute of Science and Technology License (2003)","NASA-1.3":"NASA Open Source Agreement 1.3","Naumen":"Naumen Public License","NBPL-1.0":"Net Boolean Public License v1","NCBI-PD":"NCBI Public Domain Notice","NCGL-UK-2.0":"Non-Commercial Government Licence","NCL":"NCL Source Code License","NCSA":"University of Illinois/NCSA Open Source License","Net-SNMP":"Net-SNMP License","NetCDF":"NetCDF license","Newsletr":"Newsletr License","NGPL":"Nethack General Public License","ngrep":"ngrep License","NICTA-1.0":"NICTA Public Software License, Version 1.0","NIST-PD":"NIST Public Domain Notice","NIST-PD-fallback":"NIST Public Domain Notice with license fallback","NIST-PD-TNT":"NIST    Public Domain Notice TNT variant","NIST-Software":"NIST Software License","NLOD-1.0":"Norwegian Licence for Open Government Data (NLOD) 1.0","NLOD-2.0":"Norwegian Licence for Open Government Data (NLOD) 2.0","NLPL":"No Limit Public License","Nokia":"Nokia Open Source License","NOSL":"Netizen Open Source License","Noweb":"Noweb License","NPL-1.0":"Netscape Public License v1.0","NPL-1.1":"Netscape Public License v1.1","NPOSL-3.0":"Non-Profit Open Software License 3.0","NRL":"NRL License","NTIA-PD":"NTIA Public Domain Notice","NTP":"NTP License","NTP-0":"NTP No Attribution","Nunit":"Nunit License","O-UDA-1.0":"Open Use of Data Agreement v1.0","OAR":"OAR License","OCCT-PL":"Open CASCADE Technology Public License","OCLC-2.0":"OCLC Research Public License 2.0","ODbL-1.0":"Open Data Commons Open Database License v1.0","ODC-By-1.0":"Open Data Commons Attribution License v1.0","OFFIS":"OFFIS License","OFL-1.0":"SIL Open Font License 1.0","OFL-1.0-no-RFN":"SIL Open Font License 1.0 with no Reserved Font Name","OFL-1.0-RFN":"SIL Open Font License 1.0 with Reserved Font Name","OFL-1.1":"SIL Open Font License 1.1","OFL-1.1-no-RFN":"SIL Open Font License 1.1 with no Reserved Font Name","OFL-1.1-RFN":"SIL Open Font License 1.1 with Reserved Font Name","OGC-1.0":"OGC Software License, Version 1.0","OGDL-Taiwan-1.0":"Taiwan Open Government Data License, version 1.0","OGL-Canada-2.0":"Open Government Licence - Canada","OGL-UK-1.0":"Open Government Licence v1.0","OGL-UK-2.0":"Open Government Licence v2.0","OGL-UK-3.0":"Open Government Licence v3.0","OGTSL":"Open Group Test Suite License","OLDAP-1.1":"Open LDAP Public License v1.1","OLDAP-1.2":"Open LDAP Public License v1.2","OLDAP-1.3":"Open LDAP Public License v1.3","OLDAP-1.4":"Open LDAP Public License v1.4","OLDAP-2.0":"Open LDAP Public License v2.0 (or possibly 2.0A and 2.0B)","OLDAP-2.0.1":"Open LDAP Public License v2.0.1","OLDAP-2.1":"Open LDAP Public License v2.1","OLDAP-2.2":"Open LDAP Public License v2.2","OLDAP-2.2.1":"Open LDAP Public License v2.2.1","OLDAP-2.2.2":"Open LDAP Public License 2.2.2","OLDAP-2.3":"Open LDAP Public License v2.3","OLDAP-2.4":"Open LDAP Public License v2.4","OLDAP-2.5":"Open LDAP Public License v2.5","OLDAP-2.6":"Open LDAP Public License v2.6","OLDAP-2.7":"Open LDAP Public License v2.7","OLDAP-2.8":"Open LDAP Public License v2.8","OLFL-1.3":"Open Logistics Foundation License Version 1.3","OML":"Open Market License","OpenMDW-1.0":"OpenMDW License Agreement v1.0","OpenPBS-2.3":"OpenPBS v2.3 Software License","OpenSSL":"OpenSSL License","OpenSSL-standalone":"OpenSSL License - standalone","OpenVision":"OpenVision License","OPL-1.0":"Open Public License v1.0","OPL-UK-3.0":"United    Kingdom Open Parliament Licence v3.0","OPUBL-1.0":"Open Publication License v1.0","OSC-1.0":"OSC License 1.0","OSET-PL-2.1":"OSET Public License version 2.1","OSL-1.0":"Open Software License 1.0","OSL-1.1":"Open Software License 1.1","OSL-2.0":"Open Software License 2.0","OSL-2.1":"Open Software License 2.1","OSL-3.0":"Open Software License 3.0","OSSP":"OSSP License","PADL":"PADL License","ParaType-Free-Font-1.3":"ParaType Free Font Licensing Agreement v1.3","Parity-6.0.0":"The Parity Public License 6.0.0","Parity-7.0.0":"The Parity Public License 7.0.0","PDDL-1.0":"Open Data Commons Public Domain Dedication & License 1.0","PHP-3.0":"PHP License v3.0","PHP-3.01":"PHP License v3.01","Pixar":"Pixar License","pkgconf":"pkgconf License","Plexus":"Plexus Classworlds License","pnmstitch":"pnmstitch License","PolyForm-Noncommercial-1.0.0":"PolyForm Noncommercial License 1.0.0","PolyForm-Small-Business-1.0.0":"PolyForm Small Business License 1.0.0","PostgreSQL":"PostgreSQL License","PPL":"Peer Production License","PSF-2.0":"Python Software Foundation License 2.0","psfrag":"psfrag License","psutils":"psutils License","Python-2.0":"Python License 2.0","Python-2.0.1":"Python License 2.0.1","python-ldap":"Python ldap License","Qhull":"Qhull License","QPL-1.0":"Q Public License 1.0","QPL-1.0-INRIA-2004":"Q Public License 1.0 - INRIA 2004 variant","radvd":"radvd License","Rdisc":"Rdisc License","RHeCos-1.1":"Red Hat eCos Public License v1.1","RPL-1.1":"Reciprocal Public License 1.1","RPL-1.5":"Reciprocal Public License 1.5","RPSL-1.0":"RealNetworks Public Source License v1.0","RSA-MD":"RSA Message-Digest License","RSCPL":"Ricoh Source Code Public License","Ruby":"Ruby License","Ruby-pty":"Ruby pty extension license","SAX-PD":"Sax Public Domain Notice","SAX-PD-2.0":"Sax Public Domain Notice 2.0","Saxpath":"Saxpath License","SCEA":"SCEA Shared Source License","SchemeReport":"Scheme Language Report License","Sendmail":"Sendmail License","Sendmail-8.23":"Sendmail License 8.23","Sendmail-Open-Source-1.1":"Sendmail Open Source License v1.1","SGI-B-1.0":"SGI Free Software License B v1.0","SGI-B-1.1":"SGI Free Software License B v1.1","SGI-B-2.0":"SGI Free Software License B v2.0","SGI-OpenGL":"SGI OpenGL License","SGMLUG-PM":"SGMLUG Parser Materials License","SGP4":"SGP4 Permission Notice","SHL-0.5":"Solderpad Hardware License v0.5","SHL-0.51":"Solderpad Hardware License, Version 0.51","SimPL-2.0":"Simple Public License 2.0","SISSL":"Sun Industry Standards Source License v1.1","SISSL-1.2":"Sun Industry Standards Source License v1.2","SL":"SL License","Sleepycat":"Sleepycat License","SMAIL-GPL":"SMAIL General Public License","SMLNJ":"Standard ML of New Jersey License","SMPPL":"Secure Messaging Protocol Public License","SNIA":"SNIA Public License 1.1","snprintf":"snprintf License","SOFA":"SOFA Software License","softSurfer":"softSurfer License","Soundex":"Soundex License","Spencer-86":"Spencer License 86","Spencer-94":"Spencer License 94","Spencer-99":"Spencer License 99","SPL-1.0":"Sun Public License v1.0","ssh-keyscan":"ssh-keyscan License","SSH-OpenSSH":"SSH OpenSSH license","SSH-short":"SSH short notice","SSLeay-standalone":"SSLeay License - standalone","SSPL-1.0":"Server Side Public License, v 1","StandardML-NJ":"Standard ML of New Jersey License","SugarCRM-1.1.3":"SugarCRM Public License v1.1.3","SUL-1.0":"Sustainable Use License v1.0","Sun-PPP":"Sun PPP License","Sun-PPP-2000":"Sun PPP License (2000)","SunPro":"SunPro License","SWL":"Scheme Widget Library (SWL) Software License Agreement","swrule":"swrule License","Symlinks":"Symlinks License","TAPR-OHL-1.0":"TAPR Open Hardware License v1.0","TCL":"TCL/TK License","TCP-wrappers":"TCP Wrappers License","TekHVC":"TekHVC License","TermReadKey":"TermReadKey License","TGPPL-1.0":"Transitive Grace Period Public Licence 1.0","ThirdEye":"ThirdEye License","threeparttable":"threeparttable License","TMate":"TMate Open Source License","TORQUE-1.1":"TORQUE v2.5+ Software License v1.1","TOSL":"Trusster Open Source License","TPDL":"Time::ParseDate License","TPL-1.0":"THOR Public License 1.0","TrustedQSL":"TrustedQSL License","TTWL":"Text-Tabs+Wrap License","TTYP0":"TTYP0 License","TU-Berlin-1.0":"Technische Universitaet Berlin License 1.0","TU-Berlin-2.0":"Technische Universitaet Berlin License 2.0","Ubuntu-font-1.0":"Ubuntu Font Licence v1.0","UCAR":"UCAR License","UCL-1.0":"Upstream Compatibility License v1.0","ulem":"ulem License","UMich-Merit":"Michigan/Merit Networks License","Unicode-3.0":"Unicode License v3","Unicode-DFS-2015":"Unicode License Agreement - Data Files and Software (2015)","Unicode-DFS-2016":"Unicode License Agreement - Data Files and Software (2016)","Unicode-TOU":"Unicode Terms of Use","UnixCrypt":"UnixCrypt License","Unlicense":"The Unlicense","Unlicense-libtelnet":"Unlicense - libtelnet variant","Unlicense-libwhirlpool":"Unlicense - libwhirlpool variant","UnRAR":"UnRAR License","UPL-1.0":"Universal Permissive License v1.0","URT-RLE":"Utah Raster Toolkit Run Length Encoded License","Vim":"Vim License","Vixie-Cron":"Vixie Cron License","VOSTROM":"VOSTROM Public License for Open Source","VSL-1.0":"Vovida Software License v1.0","W3C":"W3C Software Notice and License (2002-12-31)","W3C-19980720":"W3C Software Notice and License (1998-07-20)","W3C-20150513":"W3C Software Notice and Document License (2015-05-13)","w3m":"w3m License","Watcom-1.0":"Sybase Open Watcom Public License 1.0","Widget-Workshop":"Widget Workshop License","WordNet":"WordNet License","Wsuipa":"Wsuipa License","WTFNMFPL":"Do What The F*ck You Want To But It\'s Not My Fault Public License","WTFPL":"Do What The F*ck You Want To Public License","wwl":"WWL License","wxWindows":"wxWindows Library License","X11":"X11 License","X11-distribute-modifications-variant":"X11 License Distribution Modification Variant","X11-no-permit-persons":"X11 no permit persons clause","X11-swapped":"X11 swapped final paragraphs","Xdebug-1.03":"Xdebug License v 1.03","Xerox":"Xerox License","Xfig":"Xfig License","XFree86-1.1":"XFree86 License 1.1","xinetd":"xinetd License","xkeyboard-config-Zinoviev":"xkeyboard-config Zinoviev License","xlock":"xlock License","Xnet":"X.Net License","xpp":"XPP License","XSkat":"XSkat License","xzoom":"xzoom License","YPL-1.0":"Yahoo! Public License v1.0","YPL-1.1":"Yahoo! Public License v1.1","Zed":"Zed License","Zeeff":"Zeeff License","Zend-2.0":"Zend License v2.0","Zimbra-1.3":"Zimbra Public License v1.3","Zimbra-1.4":"Zimbra Public License v1.4","Zlib":"zlib License","zlib-acknowledgement":"zlib/libpng License with Acknowledgement","ZPL-1.1":"Zope Public License 1.1","ZPL-2.0":"Zope Public License 2.0","ZPL-2.1":"Zope Public License 2.1","389-exception":"389 Directory Server Exception","Asterisk-exception":"Asterisk exception","Asterisk-linking-protocols-exception":"Asterisk linking protocols exception","Autoconf-exception-2.0":"Autoconf exception 2.0","Autoconf-exception-3.0":"Autoconf exception 3.0","Autoconf-exception-generic":"Autoconf generic exception","Autoconf-exception-generic-3.0":"Autoconf generic exception for GPL-3.0","Autoconf-exception-macro":"Autoconf macro exception","Bison-exception-1.24":"Bison exception 1.24","Bison-exception-2.2":"Bison exception 2.2","Bootloader-exception":"Bootloader Distribution Exception","CGAL-linking-exception":"CGAL Linking Exception","Classpath-exception-2.0":"Classpath exception 2.0","Classpath-exception-2.0-short":"Classpath exception 2.0 - short","CLISP-exception-2.0":"CLISP exception 2.0","cryptsetup-OpenSSL-exception":"cryptsetup OpenSSL exception","Digia-Qt-LGPL-exception-1.1":"Digia Qt LGPL Exception version 1.1","DigiRule-FOSS-exception":"DigiRule FOSS License Exception","eCos-exception-2.0":"eCos exception 2.0","erlang-otp-linking-exception":"Erlang/OTP Linking Exception","Fawkes-Runtime-exception":"Fawkes Runtime Exception","FLTK-exception":"FLTK exception","fmt-exception":"fmt exception","Font-exception-2.0":"Font exception 2.0","freertos-exception-2.0":"FreeRTOS Exception 2.0","GCC-exception-2.0":"GCC Runtime Library exception 2.0","GCC-exception-2.0-note":"GCC    Runtime Library exception 2.0 - note variant","GCC-exception-3.1":"GCC Runtime Library exception 3.1","Gmsh-exception":"Gmsh exception","GNAT-exception":"GNAT exception","GNOME-examples-exception":"GNOME examples exception","GNU-compiler-exception":"GNU Compiler Exception","gnu-javamail-exception":"GNU JavaMail exception","Google-Patent-WebM":"Google Additional IP Rights Grant (Patents) - WebM","GPL-3.0-389-ds-base-exception":"GPL-3.0 389 DS Base Exception","GPL-3.0-interface-exception":"GPL-3.0 Interface Exception","GPL-3.0-linking-exception":"GPL-3.0 Linking Exception","GPL-3.0-linking-source-exception":"GPL-3.0 Linking Exception (with Corresponding Source)","GPL-CC-1.0":"GPL Cooperation Commitment 1.0","GStreamer-exception-2005":"GStreamer Exception (2005)","GStreamer-exception-2008":"GStreamer Exception (2008)","harbour-exception":"harbour exception","i2p-gpl-java-exception":"i2p GPL+Java Exception","Independent-modules-exception":"Independent Module Linking exception","KiCad-libraries-exception":"KiCad Libraries Exception","kvirc-openssl-exception":"kvirc OpenSSL Exception","LGPL-3.0-linking-exception":"LGPL-3.0 Linking Exception","libpri-OpenH323-exception":"libpri OpenH323 exception","Libtool-exception":"Libtool Exception","Linux-syscall-note":"Linux Syscall Note","LLGPL":"LLGPL Preamble","LLVM-exception":"LLVM Exception","LZMA-exception":"LZMA exception","mif-exception":"Macros and Inline Functions Exception","mxml-exception":"mxml Exception","Nokia-Qt-exception-1.1":"Nokia Qt LGPL exception 1.1","OCaml-LGPL-linking-exception":"OCaml LGPL Linking Exception","OCCT-exception-1.0":"Open CASCADE Exception 1.0","OpenJDK-assembly-exception-1.0":"OpenJDK Assembly exception 1.0","openvpn-openssl-exception":"OpenVPN OpenSSL Exception","PCRE2-exception":"PCRE2 exception","polyparse-exception":"Polyparse Exception","PS-or-PDF-font-exception-20170817":"PS/PDF font exception (2017-08-17)","QPL-1.0-INRIA-2004-exception":"INRIA QPL 1.0 2004 variant exception","Qt-GPL-exception-1.0":"Qt GPL exception 1.0","Qt-LGPL-exception-1.1":"Qt LGPL exception 1.1","Qwt-exception-1.0":"Qwt exception 1.0","romic-exception":"Romic Exception","RRDtool-FLOSS-exception-2.0":"RRDtool FLOSS exception 2.0","rsync-linking-exception":"rsync Linking Exception","SANE-exception":"SANE Exception","SHL-2.0":"Solderpad Hardware License v2.0","SHL-2.1":"Solderpad Hardware License v2.1","Simple-Library-Usage-exception":"Simple Library Usage Exception","Spelling-Provider-LGPL-exception":"Spelling Provider LGPL exception","sqlitestudio-OpenSSL-exception":"sqlitestudio OpenSSL exception","stunnel-exception":"stunnel Exception","SWI-exception":"SWI exception","Swift-exception":"Swift Exception","Texinfo-exception":"Texinfo exception","u-boot-exception-2.0":"U-Boot exception 2.0","UBDL-exception":"Unmodified Binary Distribution exception","Universal-FOSS-exception-1.0":"Universal FOSS Exception, Version 1.0","vsftpd-openssl-exception":"vsftpd OpenSSL exception","WxWindows-exception-3.1":"WxWindows Library Exception 3.1","x11vnc-openssl-exception":"x11vnc OpenSSL Exception"}}')}};var __webpack_module_cache__={};function __nccwpck_require__(e){var t=__webpack_module_cache__[e];if(t!==undefined){return t.exports}var n=__webpack_module_cache__[e]={exports:{}};var r=true;try{__webpack_modules__[e].call(n.exports,n,n.exports,__nccwpck_require__);r=false}finally{if(r)delete __webpack_module_cache__[e]}return n.exports}__nccwpck_require__.m=__webpack_modules__;if(typeof __nccwpck_require__!=="undefined")__nccwpck_require__.ab=decodeURIComponent(new URL(".",import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/)?1:0,-1)+"/";(()=>{var e=typeof Symbol==="function"?Symbol("webpack queues"):"__webpack_queues__";var t=typeof Symbol==="function"?Symbol("webpack exports"):"__webpack_exports__";var n=typeof Symbol==="function"?Symbol("webpack error"):"__webpack_error__";var resolveQueue=e=>{if(e&&e.d<1){e.d=1;e.forEach(e=>e.r--);e.forEach(e=>e.r--?e.r++:e())}};var wrapDeps=r=>r.map(r=>{if(r!==null&&typeof r==="object"){if(r[e])return r;if(r.then){var i=[];i.d=0;r.then(e=>{o[t]=e;resolveQueue(i)},e=>{o[n]=e;resolveQueue(i)});var o={};o[e]=e=>e(i);return o}}var s={};s[e]=e=>{};s[t]=r;return s});__nccwpck_require__.a=(r,i,o)=>{var s;o&&((s=[]).d=-1);var a=new Set;var c=r.exports;var l;var u;var p;var m=new Promise((e,t)=>{p=t;u=e});m[t]=c;m[e]=e=>(s&&e(s),a.forEach(e),m["catch"](e=>{}));r.exports=m;i(r=>{l=wrapDeps(r);var i;var getResult=()=>l.map(e=>{if(e[n])throw e[n];return e[t]});var o=new Promise(t=>{i=()=>t(getResult);i.r=0;var fnQueue=e=>e!==s&&!a.has(e)&&(a.add(e),e&&!e.d&&(i.r++,e.push(i)));l.map(t=>t[e](fnQueue))});return i.r?o:getResult()},e=>(e?p(m[n]=e):u(c),resolveQueue(s)));s&&s.d<0&&(s.d=0)}})();(()=>{__nccwpck_require__.n=e=>{var t=e&&e.__esModule?()=>e["default"]:()=>e;__nccwpck_require__.d(t,{a:t});return t}})();(()=>{var e=Object.getPrototypeOf?e=>Object.getPrototypeOf(e):e=>e.__proto__;var t;__nccwpck_require__.t=function(n,r){if(r&1)n=this(n);if(r&8)return n;if(typeof n==="object"&&n){if(r&4&&n.__esModule)return n;if(r&16&&typeof n.then==="function")return n}var i=Object.create(null);__nccwpck_require__.r(i);var o={};t=t||[null,e({}),e([]),e(e)];for(var s=r&2&&n;typeof s=="object"&&!~t.indexOf(s);s=e(s)){Object.getOwnPropertyNames(s).forEach(e=>o[e]=()=>n[e])}o["default"]=()=>n;__nccwpck_require__.d(i,o);return i}})();(()=>{__nccwpck_require__.d=(e,t)=>{for(var n in t){if(__nccwpck_require__.o(t,n)&&!__nccwpck_require__.o(e,n)){Object.defineProperty(e,n,{enumerable:true,get:t[n]})}}}})();(()=>{__nccwpck_require__.f={};__nccwpck_require__.e=e=>Promise.all(Object.keys(__nccwpck_require__.f).reduce((t,n)=>{__nccwpck_require__.f[n](e,t);return t},[]))})();(()=>{__nccwpck_require__.u=e=>""+e+".index.js"})();(()=>{__nccwpck_require__.o=(e,t)=>Object.prototype.hasOwnProperty.call(e,t)})();(()=>{__nccwpck_require__.r=e=>{if(typeof Symbol!=="undefined"&&Symbol.toStringTag){Object.defineProperty(e,Symbol.toStringTag,{value:"Module"})}Object.defineProperty(e,"__esModule",{value:true})}})();(()=>{var e={792:0};var installChunk=t=>{var{ids:n,modules:r,runtime:i}=t;var o,s,a=0;for(o in r){if(__nccwpck_require__.o(r,o)){__nccwpck_require__.m[o]=r[o]}}if(i)i(__nccwpck_require__);for(;a<n.length;a++){s=n[a];if(__nccwpck_require__.o(e,s)&&e[s]){e[s][0]()}e[n[a]]=0}};__nccwpck_require__.f.j=(t,n)=>{var r=__nccwpck_require__.o(e,t)?e[t]:undefined;if(r!==0){if(r){n.push(r[1])}else{if(true){var i=import("./"+__nccwpck_require__.u(t)).then(installChunk,n=>{if(e[t]!==0)e[t]=undefined;throw n});var i=Promise.race([i,new Promise(n=>r=e[t]=[n])]);n.push(r[1]=i)}}}}})();var __webpack_exports__=__nccwpck_require__(24428);__webpack_exports__=await __webpack_exports__;var __webpack_exports__readInputs=__webpack_exports__.K;var __webpack_exports__run=__webpack_exports__.e;export{__webpack_exports__readInputs as readInputs,__webpack_exports__run as run};