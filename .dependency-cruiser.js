// Import boundaries for src/, checked by `npm run lint` (depcruise src) and by
// test/contract/architecture.test.ts. The layout and its reasons are in STYLE.md: arrows point
// inward (main → relay/queue → connectors/cards/delivery → core), only main/ builds I/O, and a
// sender is added by adding one folder. Every rule checks the direct imports of every file at
// any depth below the folders it names. Transitive purity follows: a pure module may import
// only pure modules, each checked in turn, or config/ (a schema; main/ hands it the env).
//
// Type-only imports count (tsPreCompilationDeps): pure code that names `Redis` or `Request` is
// already coupled to the library, even if the import is erased at compile time.

/** Pure modules: no sockets, files or processes; everything they need comes in as arguments. */
const PURE = [
  '^src/core/',
  '^src/connectors/',
  '^src/cards/',
  '^src/delivery/(?:classify|backoff|destination-url)[.]ts$',
];

/**
 * Libraries and node built-ins that do I/O: resolved into node_modules, or by bare name. pino
 * (writes stdout) and prom-client (process metrics, a registry) are built in main/ only; pure
 * code gets the Logger and Metrics interfaces of core/.
 */
const IO_NPM =
  '(?:^|/)node_modules/(?:@types/)?(?:express|ioredis|bullmq|undici|pino|prom-client)/|^(?:express|ioredis|bullmq|undici|pino|prom-client)(?:/|$)';
const IO_BUILTIN =
  '^(?:node:)?(?:fs|http|https|http2|net|tls|dgram|dns|child_process|cluster|worker_threads)(?:/|$)';

/** Folders (and files) of src/ that do I/O or wire it: pure code never imports them. */
const IMPURE_SRC = [
  '^src/(?:relay|queue|store|main|dashboard)/',
  // delivery/ is pure except its undici client (and anything added beside it later)
  '^src/delivery/(?!(?:classify|backoff|destination-url)[.]ts$)',
];

/** A sender folder: src/connectors/<name>/ other than the shared kit/. */
const SENDER = '^src/connectors/(?!kit/)[^/]+/';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'pure-no-io-libraries',
      comment:
        'Pure code (core, connectors, cards, delivery classify/backoff/destination-url) takes ' +
        'its I/O as arguments; only main/ builds real clients. Importing express, ioredis, ' +
        'bullmq, undici or a socket/file/process built-in makes it untestable without I/O.',
      severity: 'error',
      from: { path: PURE },
      to: { path: [IO_NPM, IO_BUILTIN] },
    },
    {
      name: 'pure-no-impure-src',
      comment:
        'Pure code must not import relay/, queue/, store/, main/, dashboard/ or ' +
        'delivery/client.ts: arrows point inward, and those pull in express, Redis, BullMQ, undici.',
      severity: 'error',
      from: { path: PURE },
      to: { path: IMPURE_SRC },
    },
    {
      name: 'core-only-core',
      comment:
        'core/ is the centre every other folder depends on; it imports only itself (and npm ' +
        'packages such as zod), so nothing outside it can leak into the domain model.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/', pathNot: '^src/core/' },
    },
    {
      name: 'cards-not-connectors',
      comment:
        'cards/ renders the provider-agnostic card model at send time; it must not know which ' +
        'sender produced the model.',
      severity: 'error',
      from: { path: '^src/cards/' },
      to: { path: '^src/connectors/' },
    },
    {
      name: 'sender-not-other-sender',
      comment:
        'A sender folder holds all of one provider. It may use kit/ but never another ' +
        "sender's folder: what two senders share belongs in kit/.",
      severity: 'error',
      from: { path: '^src/connectors/([^/]+)/', pathNot: '^src/connectors/kit/' },
      to: { path: '^src/connectors/[^/]+/', pathNot: '^src/connectors/(?:$1|kit)/' },
    },
    {
      name: 'sender-only-kit-types-core',
      comment:
        'A sender imports only its own folder, connectors/kit/, connectors/types.ts and core/. ' +
        'Not cards/ (renderers are applied at send time), not registry.ts, not delivery.',
      severity: 'error',
      from: { path: SENDER },
      to: {
        path: '^src/',
        pathNot: ['^src/connectors/[^/]+/', '^src/connectors/types[.]ts$', '^src/core/'],
      },
    },
    {
      name: 'kit-only-types-core',
      comment:
        'kit/ is what senders share, so it must not depend on any sender (or on the registry ' +
        'that lists them); it imports only itself, connectors/types.ts and core/.',
      severity: 'error',
      from: { path: '^src/connectors/kit/' },
      to: {
        path: '^src/',
        pathNot: ['^src/connectors/kit/', '^src/connectors/types[.]ts$', '^src/core/'],
      },
    },
    {
      name: 'only-registry-imports-senders',
      comment:
        'Sender folders are private. Everything outside them goes through ' +
        'connectors/registry.ts, connectors/types.ts or connectors/kit/, so adding a sender ' +
        'is adding one folder and one registry line.',
      severity: 'error',
      from: {
        path: '^src/',
        pathNot: ['^src/connectors/[^/]+/', '^src/connectors/registry[.]ts$'],
      },
      to: { path: SENDER },
    },
    {
      name: 'registry-imports-sender-index-only',
      comment:
        "The registry lists senders by their index.ts; a sender's other files are its own " +
        'business and may move freely.',
      severity: 'error',
      from: { path: '^src/connectors/registry[.]ts$' },
      to: { path: SENDER, pathNot: '^src/connectors/[^/]+/index[.]ts$' },
    },
    {
      name: 'no-circular',
      comment:
        'Cycles make load order matter and layers meaningless; invert the dependency or move ' +
        'the shared part down a layer.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-orphans',
      comment:
        'A module nothing imports and that imports nothing is dead code (or a forgotten ' +
        'entry point): delete it or wire it in.',
      severity: 'error',
      from: { orphan: true, pathNot: '[.]d[.]ts$' },
      to: {},
    },
    {
      name: 'not-to-dev-dep',
      comment:
        'src/ ships to production, where devDependencies are not installed. Type-only ' +
        'imports that resolve to @types/* packages are erased and therefore fine.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'], pathNot: '(?:^|/)node_modules/@types/' },
    },
    {
      name: 'no-non-package-json',
      comment:
        'An npm package that is not in package.json only works by accident (hoisted from ' +
        "another package's dependencies); add it to dependencies.",
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'not-to-unresolvable',
      comment:
        'The import cannot be resolved to a file: a typo, a deleted module, or a package ' +
        'missing from node_modules.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are dependencies too (see the top of this file).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Sources import './x.js' (NodeNext). dependency-cruiser resolves such an import to x.ts
    // itself, as tsc does; its schema does not accept enhanced-resolve's extensionAlias here.
    // not-to-unresolvable proves the mapping works: every relative import would fail without it.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.d.ts'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    moduleSystems: ['es6', 'cjs'],
    skipAnalysisNotInRules: true,
  },
};
