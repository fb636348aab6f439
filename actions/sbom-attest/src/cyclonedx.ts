/**
 * CycloneDX 1.6 JSON from the model, built with @cyclonedx/cyclonedx-library's models and
 * serialized by its JSON serializer with sorted lists. The serial number is derived from the
 * content, so the same lockfile gives the same file.
 */
import {
  ComponentScope,
  ComponentType,
  ExternalReferenceType,
  HashAlgorithm,
  LifecyclePhase,
} from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import { JSON as JsonSerialize, JsonSerializer } from '@cyclonedx/cyclonedx-library/Serialize';
import { isSupportedSpdxId } from '@cyclonedx/cyclonedx-library/SPDX';
import { Spec1dot6 } from '@cyclonedx/cyclonedx-library/Spec';
import {
  modelDigest,
  uuidFromDigest,
  type ChecksumAlgorithm,
  type DependencyModel,
  type LockPackage,
  type Project,
  type Scope,
} from './model.js';
import {
  classifyLicense,
  rootProject,
  selectedPackages,
  TOOL_NAME,
  TOOL_VERSION,
  type SbomOptions,
} from './sbom-common.js';

export const CYCLONEDX_PREDICATE_TYPE = 'https://cyclonedx.org/bom';

const HASH: Record<ChecksumAlgorithm, HashAlgorithm> = {
  SHA1: HashAlgorithm['SHA-1'],
  SHA256: HashAlgorithm['SHA-256'],
  SHA384: HashAlgorithm['SHA-384'],
  SHA512: HashAlgorithm['SHA-512'],
};

const SCOPE: Record<Scope, ComponentScope> = {
  runtime: ComponentScope.Required,
  optional: ComponentScope.Optional,
  peer: ComponentScope.Optional,
  // Dev dependencies are not part of what runs: CycloneDX calls that excluded.
  dev: ComponentScope.Excluded,
};

function licenses(license: string | undefined): Models.LicenseRepository {
  const repository = new Models.LicenseRepository();
  if (!license) return repository;
  const parsed = classifyLicense(license);
  if (parsed.kind === 'id' && isSupportedSpdxId(parsed.value)) {
    repository.add(new Models.SpdxLicense(parsed.value));
  } else if (parsed.kind === 'expression') {
    repository.add(new Models.LicenseExpression(parsed.value));
  } else {
    repository.add(new Models.NamedLicense(parsed.value));
  }
  return repository;
}

function component(item: Project | LockPackage, type: ComponentType): Models.Component {
  const slash = item.name.startsWith('@') ? item.name.indexOf('/') : -1;
  const result = new Models.Component(type, slash > 0 ? item.name.slice(slash + 1) : item.name, {
    bomRef: item.id,
    version: item.version,
    purl: item.purl,
    licenses: licenses(item.license),
  });
  if (slash > 0) result.group = item.name.slice(0, slash);
  if ('scope' in item) {
    result.scope = SCOPE[item.scope];
    for (const checksum of item.checksums)
      result.hashes.set(HASH[checksum.algorithm], checksum.value);
    // The CycloneDX npm taxonomy's marker for dev dependencies.
    if (item.scope === 'dev') {
      result.properties.add(new Models.Property('cdx:npm:package:development', 'true'));
    }
    if (item.resolved) {
      result.externalReferences.add(
        new Models.ExternalReference(item.resolved, ExternalReferenceType.Distribution),
      );
    }
  }
  return result;
}

export function toCycloneDx(model: DependencyModel, options: SbomOptions): Models.Bom {
  const root = rootProject(model);
  const packages = selectedPackages(model, options.includeDev);
  const components = new Map<string, Models.Component>();
  const rootComponent = component(root, ComponentType.Application);
  components.set(root.id, rootComponent);
  const bom = new Models.Bom();
  for (const project of model.projects.slice(1)) {
    const workspace = component(project, ComponentType.Library);
    components.set(project.id, workspace);
    bom.components.add(workspace);
    rootComponent.dependencies.add(workspace.bomRef);
  }
  for (const pkg of packages) {
    const item = component(pkg, ComponentType.Library);
    components.set(pkg.id, item);
    bom.components.add(item);
  }
  for (const item of [...model.projects, ...packages]) {
    const from = components.get(item.id);
    for (const edge of item.dependencies) {
      const to = components.get(edge.to);
      if (from && to) from.dependencies.add(to.bomRef);
    }
  }
  const tool = new Models.Component(ComponentType.Application, TOOL_NAME, {
    version: TOOL_VERSION,
  });
  tool.group = 'windlasstech';
  bom.metadata = new Models.Metadata({
    timestamp: options.created,
    component: rootComponent,
    tools: new Models.Tools({ components: new Models.ComponentRepository([tool]) }),
    lifecycles: new Models.LifecycleRepository([LifecyclePhase.Build]),
  });
  bom.serialNumber = `urn:uuid:${uuidFromDigest(modelDigest(model, `cyclonedx-1.6\0${String(options.includeDev)}`))}`;
  return bom;
}

export function serializeCycloneDx(bom: Models.Bom): string {
  const serializer = new JsonSerializer(new JsonSerialize.Normalize.Factory(Spec1dot6));
  return `${serializer.serialize(bom, { sortLists: true, space: 2 })}\n`;
}
