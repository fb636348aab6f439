/**
 * Validation before anything is signed: SPDX 2.3 against the official schema (compiled from
 * schemas/spdx-2.3.1-schema.json), CycloneDX against the schema of its specVersion shipped in
 * @cyclonedx/cyclonedx-library (1.6 precompiled from the library's schema; other versions with
 * the library's JsonValidator), every purl parsed with packageurl-js, SPDX ids and references
 * checked, and the size limit of GitHub's attestations. Each problem names the element.
 */
import { InputError } from '@palisade/core';
import type { ErrorObject } from 'ajv';
import { PackageURL } from 'packageurl-js';
import { isRecord, parseJson } from './lockfiles/common.js';

/** GitHub refuses attestations whose bundle is larger than 16 MB. */
export const MAX_ATTESTATION_BYTES = 16 * 1024 * 1024;
/** Schema errors reported per document; the rest are counted. */
const MAX_REPORTED = 20;

export type SbomFormat = 'spdx' | 'cyclonedx';

export interface SbomValidation {
  format?: SbomFormat;
  /** `SPDX-2.3`, `CycloneDX-1.6`, … when recognized. */
  version?: string;
  /** Empty when the document is valid. */
  errors: InputError[];
}

/** The size check alone, before the document is even parsed. */
export function checkSize(bytes: number, file: string): InputError | undefined {
  if (bytes <= MAX_ATTESTATION_BYTES) return undefined;
  return new InputError(
    { file },
    `is ${(bytes / (1024 * 1024)).toFixed(1)} MB (${bytes} bytes), over GitHub's 16 MB attestation limit (${MAX_ATTESTATION_BYTES} bytes); it was not signed`,
  );
}

/** Validates one SBOM given as text; `file` names it in every error. */
export async function validateSbom(text: string, file: string): Promise<SbomValidation> {
  const tooLarge = checkSize(Buffer.byteLength(text), file);
  if (tooLarge) return { errors: [tooLarge] };
  let document: unknown;
  try {
    document = parseJson(text, file);
  } catch (error) {
    if (error instanceof InputError) return { errors: [error] };
    throw error;
  }
  if (isRecord(document) && typeof document.spdxVersion === 'string') {
    return validateSpdx(document, file);
  }
  if (isRecord(document) && document.bomFormat === 'CycloneDX') {
    return validateCycloneDx(document, text, file);
  }
  return {
    errors: [
      new InputError(
        { file },
        'is neither an SPDX document (spdxVersion) nor a CycloneDX BOM (bomFormat)',
      ),
    ],
  };
}

async function validateSpdx(
  document: Record<string, unknown>,
  file: string,
): Promise<SbomValidation> {
  const version = String(document.spdxVersion);
  if (version !== 'SPDX-2.3') {
    return {
      format: 'spdx',
      version,
      errors: [new InputError({ file }, `is ${version}; only SPDX-2.3 is validated and signed`)],
    };
  }
  const { validate } = await import('./generated/spdx-2.3-validator.js');
  const errors = validate(document)
    ? []
    : schemaErrors(validate.errors ?? [], document, file, 'SPDX 2.3');
  errors.push(...spdxReferenceErrors(document, file), ...purlErrors(document, file));
  return { format: 'spdx', version, errors };
}

async function validateCycloneDx(
  document: Record<string, unknown>,
  text: string,
  file: string,
): Promise<SbomValidation> {
  const specVersion = typeof document.specVersion === 'string' ? document.specVersion : '';
  const version = `CycloneDX-${specVersion}`;
  let errors: InputError[];
  if (specVersion === '1.6') {
    const { validate } = await import('./generated/cyclonedx-1.6-validator.js');
    errors = validate(document)
      ? []
      : schemaErrors(validate.errors ?? [], document, file, 'CycloneDX 1.6');
  } else {
    // Other versions (documents made by other tools) go through the library's validator.
    const { JsonValidator } = await import('@cyclonedx/cyclonedx-library/Validation');
    const { Version } = await import('@cyclonedx/cyclonedx-library/Spec');
    if (!(Object.values(Version) as string[]).includes(specVersion)) {
      return {
        format: 'cyclonedx',
        version,
        errors: [
          new InputError(
            { file },
            `has specVersion ${JSON.stringify(document.specVersion)}, which CycloneDX does not define`,
          ),
        ],
      };
    }
    // One of the enum's values, as checked above.
    const known = Object.values(Version).find((item: string) => item === specVersion);
    if (known === undefined) throw new Error(`unknown CycloneDX version ${specVersion}`);
    const result: unknown = await new JsonValidator(known).validate(text);
    errors =
      result === null
        ? []
        : schemaErrors(result as ErrorObject[], document, file, `CycloneDX ${specVersion}`);
  }
  errors.push(...purlErrors(document, file));
  return { format: 'cyclonedx', version, errors };
}

/** The value at a JSON pointer, and the nearest element on the way that has an id. */
function elementAt(document: unknown, pointer: string): string | undefined {
  let current: unknown = document;
  let element: string | undefined;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (isRecord(current)) current = current[segment];
    else break;
    if (isRecord(current)) {
      if (typeof current['bom-ref'] === 'string') element = `component \`${current['bom-ref']}\``;
      else if (typeof current.SPDXID === 'string') element = `element \`${current.SPDXID}\``;
    }
  }
  return element;
}

function describeSchemaError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    return `${error.message ?? 'is invalid'}: ${params.allowedValues.map(String).join(', ')}`;
  }
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    return `must not have the property \`${params.additionalProperty}\``;
  }
  return error.message ?? `fails ${error.keyword}`;
}

function schemaErrors(
  errors: readonly ErrorObject[],
  document: unknown,
  file: string,
  schema: string,
): InputError[] {
  const seen = new Set<string>();
  const result: InputError[] = [];
  for (const error of errors) {
    const pointer = error.instancePath || '/';
    const element = elementAt(document, error.instancePath);
    const reason = `${element ? `${element} ` : ''}at ${pointer} ${describeSchemaError(error)} (${schema} schema)`;
    if (seen.has(reason)) continue;
    seen.add(reason);
    result.push(new InputError({ file }, reason));
  }
  if (result.length > MAX_REPORTED) {
    const rest = result.length - MAX_REPORTED;
    return [
      ...result.slice(0, MAX_REPORTED),
      new InputError({ file }, `${rest} more schema error${rest === 1 ? '' : 's'} not shown`),
    ];
  }
  return result;
}

const SPDX_ID = /^SPDXRef-[A-Za-z0-9.-]+$/;

/** SPDX ids the schema does not check: their syntax, and that every reference names an element. */
function spdxReferenceErrors(document: Record<string, unknown>, file: string): InputError[] {
  const errors: InputError[] = [];
  const ids = new Set<string>(['SPDXRef-DOCUMENT']);
  for (const field of ['packages', 'files', 'snippets']) {
    const items = document[field];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, index) => {
      if (!isRecord(item) || typeof item.SPDXID !== 'string') return;
      ids.add(item.SPDXID);
      if (!SPDX_ID.test(item.SPDXID)) {
        errors.push(
          new InputError(
            { file },
            `element \`${item.SPDXID}\` at /${field}/${index}/SPDXID is not a valid SPDX identifier (SPDXRef- followed by letters, digits, \`.\` and \`-\`)`,
          ),
        );
      }
    });
  }
  const dangling = new Map<string, string[]>();
  const refer = (id: unknown, pointer: string) => {
    if (
      typeof id !== 'string' ||
      ids.has(id) ||
      /^(NONE|NOASSERTION)$/.test(id) ||
      id.startsWith('DocumentRef-')
    ) {
      return;
    }
    dangling.set(id, [...(dangling.get(id) ?? []), pointer]);
  };
  if (Array.isArray(document.documentDescribes)) {
    document.documentDescribes.forEach((id: unknown, index) => {
      refer(id, `/documentDescribes/${index}`);
    });
  }
  if (Array.isArray(document.relationships)) {
    document.relationships.forEach((relationship: unknown, index) => {
      if (!isRecord(relationship)) return;
      refer(relationship.spdxElementId, `/relationships/${index}/spdxElementId`);
      refer(relationship.relatedSpdxElement, `/relationships/${index}/relatedSpdxElement`);
    });
  }
  for (const [id, pointers] of dangling) {
    const more =
      pointers.length > 1
        ? ` and ${pointers.length - 1} more place${pointers.length > 2 ? 's' : ''}`
        : '';
    errors.push(
      new InputError(
        { file },
        `\`${id}\` is referenced at ${pointers[0] ?? ''}${more} but no element has that SPDXID`,
      ),
    );
  }
  return errors;
}

/** Every purl: CycloneDX `purl` fields (nested components too) and SPDX purl external refs. */
function purlErrors(document: Record<string, unknown>, file: string): InputError[] {
  const errors: InputError[] = [];
  const check = (purl: unknown, pointer: string, element: string) => {
    if (typeof purl !== 'string') return;
    try {
      PackageURL.fromString(purl);
    } catch (error) {
      const reason =
        isRecord(error) && typeof error.message === 'string' ? error.message : String(error);
      errors.push(
        new InputError(
          { file },
          `${element} at ${pointer} has an invalid purl \`${purl}\`: ${reason}`,
        ),
      );
    }
  };
  const walkComponents = (items: unknown, pointer: string) => {
    if (!Array.isArray(items)) return;
    items.forEach((item: unknown, index) => {
      if (!isRecord(item)) return;
      const here = `${pointer}/${index}`;
      const name = typeof item['bom-ref'] === 'string' ? item['bom-ref'] : String(item.name);
      check(item.purl, `${here}/purl`, `component \`${name}\``);
      walkComponents(item.components, `${here}/components`);
    });
  };
  if (isRecord(document.metadata) && isRecord(document.metadata.component)) {
    const root = document.metadata.component;
    check(
      root.purl,
      '/metadata/component/purl',
      `component \`${String(root['bom-ref'] ?? root.name)}\``,
    );
    walkComponents(root.components, '/metadata/component/components');
  }
  walkComponents(document.components, '/components');
  if (Array.isArray(document.packages)) {
    document.packages.forEach((pkg: unknown, index) => {
      if (!isRecord(pkg) || !Array.isArray(pkg.externalRefs)) return;
      pkg.externalRefs.forEach((ref: unknown, refIndex) => {
        if (isRecord(ref) && ref.referenceType === 'purl') {
          check(
            ref.referenceLocator,
            `/packages/${index}/externalRefs/${refIndex}/referenceLocator`,
            `element \`${String(pkg.SPDXID)}\``,
          );
        }
      });
    });
  }
  return errors;
}
