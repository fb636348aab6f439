// Loaded with `node --import` before the action bundle in the action test: it mocks Sigstore
// in the child process (nock works in-process only) and writes the trusted root to the file
// PALISADE_TEST_TRUSTED_ROOT names, for the test to verify the bundles with.
import { writeFileSync } from 'node:fs';
import { mockSigstoreServices } from './sigstore-mock-services.mjs';

const root = await mockSigstoreServices({
  jwks: JSON.parse(process.env.PALISADE_TEST_JWKS ?? '{"keys":[]}'),
});
if (process.env.PALISADE_TEST_TRUSTED_ROOT) {
  writeFileSync(process.env.PALISADE_TEST_TRUSTED_ROOT, JSON.stringify(root));
}
