/**
 * SPDX 2.3 JSON from the model. Deterministic: packages, relationships and fields in a fixed
 * order, SPDX ids derived from names, and a document namespace derived from the content.
 */
import { createHash } from 'node:crypto';
import {
  compare,
  modelDigest,
  uuidFromDigest,
  type ChecksumAlgorithm,
  type DependencyModel,
  type Edge,
  type LockPackage,
  type Project,
} from './model.js';
import {
  classifyLicense,
  rootProject,
  selectedPackages,
  TOOL_NAME,
  TOOL_VERSION,
  type SbomOptions,
} from './sbom-common.js';

export const SPDX_PREDICATE_TYPE = 'https://spdx.dev/Document/v2.3';

interface SpdxPackage {
  name: string;
  SPDXID: string;
  versionInfo: string;
  downloadLocation: string;
  filesAnalyzed: false;
  licenseConcluded: string;
  licenseDeclared: string;
  copyrightText: string;
  primaryPackagePurpose: 'APPLICATION' | 'LIBRARY';
  checksums?: Array<{ algorithm: ChecksumAlgorithm; checksumValue: string }>;
  externalRefs: Array<{
    referenceCategory: string;
    referenceType: string;
    referenceLocator: string;
  }>;
  comment?: string;
}

interface SpdxRelationship {
  spdxElementId: string;
  relationshipType: string;
  relatedSpdxElement: string;
}

export interface SpdxDocument {
  spdxVersion: 'SPDX-2.3';
  dataLicense: 'CC0-1.0';
  SPDXID: 'SPDXRef-DOCUMENT';
  name: string;
  documentNamespace: string;
  creationInfo: { created: string; creators: string[] };
  documentDescribes: string[];
  packages: SpdxPackage[];
  relationships: SpdxRelationship[];
}

/** `2024-01-02T03:04:05Z`: SPDX 2.3 has no fractions of a second. */
export function spdxTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** SPDX ids from names, made unique with a short hash when two names clean up alike. */
function assignIds(ids: readonly string[]): Map<string, string> {
  const result = new Map<string, string>();
  const used = new Set<string>();
  for (const id of ids) {
    let spdxId = `SPDXRef-Package-${id.replace(/^@/, '').replace(/[^A-Za-z0-9.-]+/g, '-')}`;
    if (used.has(spdxId)) {
      spdxId += `-${createHash('sha256').update(id).digest('hex').slice(0, 8)}`;
    }
    used.add(spdxId);
    result.set(id, spdxId);
  }
  return result;
}

function licenseField(license: string | undefined): string {
  if (!license) return 'NOASSERTION';
  const parsed = classifyLicense(license);
  // Free text (`SEE LICENSE IN …`) is not an SPDX expression; it would make the document lie.
  return parsed.kind === 'text' ? 'NOASSERTION' : parsed.value;
}

const RELATIONSHIP: Record<Edge['kind'], { type: string; reverse: boolean }> = {
  runtime: { type: 'DEPENDS_ON', reverse: false },
  peer: { type: 'DEPENDS_ON', reverse: false },
  optional: { type: 'OPTIONAL_DEPENDENCY_OF', reverse: true },
  dev: { type: 'DEV_DEPENDENCY_OF', reverse: true },
};

export function toSpdx(model: DependencyModel, options: SbomOptions): SpdxDocument {
  const root = rootProject(model);
  const packages = selectedPackages(model, options.includeDev);
  const included = new Set<string>([
    ...model.projects.map((project) => project.id),
    ...packages.map((pkg) => pkg.id),
  ]);
  const ids = assignIds([
    ...model.projects.map((project) => project.id),
    ...packages.map((pkg) => pkg.id),
  ]);
  const idOf = (id: string) => ids.get(id) ?? 'NOASSERTION';

  const describe = (item: Project | LockPackage, purpose: SpdxPackage['primaryPackagePurpose']) => {
    const spdx: SpdxPackage = {
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
    if ('scope' in item && item.scope !== 'runtime') spdx.comment = `scope: ${item.scope}`;
    return spdx;
  };

  const relationships: SpdxRelationship[] = [];
  const relate = (from: string, edges: readonly Edge[]) => {
    for (const edge of edges) {
      if (!included.has(edge.to)) continue;
      const { type, reverse } = RELATIONSHIP[edge.kind];
      relationships.push(
        reverse
          ? { spdxElementId: idOf(edge.to), relationshipType: type, relatedSpdxElement: idOf(from) }
          : {
              spdxElementId: idOf(from),
              relationshipType: type,
              relatedSpdxElement: idOf(edge.to),
            },
      );
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
  for (const pkg of packages) relate(pkg.id, pkg.dependencies);
  relationships.sort(
    (a, b) =>
      compare(a.spdxElementId, b.spdxElementId) ||
      compare(a.relationshipType, b.relationshipType) ||
      compare(a.relatedSpdxElement, b.relatedSpdxElement),
  );

  const digest = modelDigest(model, `spdx-2.3\0${String(options.includeDev)}`);
  const documentName = `${root.name}@${root.version}`;
  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: documentName,
    documentNamespace: `https://spdx.org/spdxdocs/${encodeURIComponent(root.name)}-${root.version}-${uuidFromDigest(digest)}`,
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

export function serializeSpdx(document: SpdxDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
