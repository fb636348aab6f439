import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root, and the real users' files shared beside it. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SHARED = path.resolve(REPO_ROOT, '../shared');
export const CORPUS = path.join(SHARED, 'corpus/workflows');
