import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Corpus folders named after the product rather than the connector type. */
const FOLDER_TYPES: ReadonlyMap<string, string> = new Map([
  ['bitbucket-cloud', 'bitbucket'],
  ['jenkins-o365', 'jenkins'],
]);

/** The connector type a corpus folder holds payloads for: its own name unless mapped above. */
export function typeOfFolder(folder: string): string {
  return FOLDER_TYPES.get(folder) ?? folder;
}

/** One payload as found on disk: the exact bytes, and their JSON reading when they parse. */
export interface PayloadFile {
  folder: string;
  /** File name, `push-new-branch.json`. */
  name: string;
  /** File name without `.json`: what the header rules read event names from. */
  stem: string;
  bytes: Buffer;
  /** The parsed body; undefined when the bytes are not JSON. */
  json: unknown;
  /** Why the bytes are not JSON, when they are not. */
  jsonError?: string;
}

export interface CorpusFolder {
  folder: string;
  type: string;
  files: PayloadFile[];
}

function readPayload(dir: string, folder: string, name: string): PayloadFile {
  const bytes = readFileSync(join(dir, folder, name));
  const stem = name.slice(0, -'.json'.length);
  try {
    return { folder, name, stem, bytes, json: JSON.parse(bytes.toString('utf8')) as unknown };
  } catch (err) {
    const jsonError = err instanceof Error ? err.message : String(err);
    return { folder, name, stem, bytes, json: undefined, jsonError };
  }
}

/**
 * Every sub-folder of `dir` with its `*.json` payloads, both sorted by name. Anything else
 * (`headers.md`, `PROVENANCE.md`) is documentation and is not replayed.
 */
export function readCorpus(dir: string): CorpusFolder[] {
  return readdirSync(dir)
    .filter((entry) => statSync(join(dir, entry)).isDirectory())
    .sort()
    .map((folder) => ({
      folder,
      type: typeOfFolder(folder),
      files: readdirSync(join(dir, folder))
        .filter((name) => name.endsWith('.json') && statSync(join(dir, folder, name)).isFile())
        .sort()
        .map((name) => readPayload(dir, folder, name)),
    }));
}
