// Architecture rules for Tropa (developers' guide, "Layers"). Run with `npm run lint:deps`;
// it is part of `npm test`.
//
//   src/app/         the shell                   may import store, features, ui, i18n, domain
//   src/features/x/  screens                     may import store, ui, domain, i18n, other features
//   src/ui/          shared components           may import store, domain, i18n
//   src/store/       zustand read model          may import domain, db, sync, i18n
//   src/db/          persistence (Dexie)         may import domain, sync, i18n
//   src/sync/        Yjs documents, providers    may import domain, i18n
//   src/domain/      pure TypeScript             may import the plain (non-React) parts of i18n
//   src/i18n/        message tables, useT hook   imports none of the above
//
// Data flows one way: UI -> store actions -> domain operations -> documents -> db.
// Every allowed import between these folders points down this list (feature folders are
// siblings), so forbidding each upward import is what keeps the folders free of cycles;
// the one place where order can't help, one feature folder against another, has its own
// folder-level cycle rule.
//
// Test files (*.test.ts, *.test.tsx) are held to the same rules. Where a test genuinely has
// to cross a layer, the exact (test file -> module) pair is listed in TEST_CROSSINGS below,
// and nothing else: the same test importing any other forbidden module still fails.
//
// Type-only imports count (tsPreCompilationDeps: true): `import type` from a forbidden
// layer is still a dependency on that layer's design.
//
// TypeScript note: the project's compiler is TypeScript 7 (package "@typescript/native",
// binary `tsc`). TypeScript 7 has no JavaScript compiler API, which dependency-cruiser
// needs to read .ts/.tsx files, so the "typescript" package is TypeScript 6's API
// (npm:@typescript/typescript6), the side-by-side arrangement TypeScript 7 documents.

const TEST = '\\.test\\.tsx?$';

/** Escape a path for use inside a regular expression, anchored at both ends. */
const exactly = (path) => `^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;

// Test-only exceptions: rule name -> test file -> modules that test may import although the
// rule forbids it. Keep each entry as narrow as the test needs, and say why.
// Never point one into src/features/ or src/app/: the folder-level cycle rule below counts
// test imports too (dependency-cruiser can't leave them out there), so such an exception
// would show up as a cycle between feature folders.
const TEST_CROSSINGS = {
  // These transfer tests check whole imports end to end: a file or table goes through the
  // store's import action into a fresh workspace store.
  'domain-not-to-outer-layers': {
    'src/domain/transfer/hostile.test.ts': ['src/store/workspaceStore.ts', 'src/store/importActions.ts'],
    'src/domain/transfer/table.test.ts': ['src/store/workspaceStore.ts', 'src/store/importActions.ts'],
    'src/domain/transfer/transfer.test.ts': ['src/store/workspaceStore.ts', 'src/store/importActions.ts'],
  },
  // errorReason() must recognise the errors Dexie really throws; the test builds real ones.
  'domain-no-frameworks': {
    'src/domain/errorReason.test.ts': ['node_modules/dexie/.*'],
  },
  // Migrations are checked by loading the migrated rows through the store, as the app does.
  'db-not-to-store-or-ui': {
    'src/db/migrations.test.ts': ['src/store/storedDocs.ts', 'src/store/workspaceStore.ts'],
  },
  // Tab sync and convergence are observed through two workspace stores sharing documents.
  'sync-not-to-store-db-or-ui': {
    'src/sync/convergence.test.ts': ['src/store/workspaceStore.ts'],
    'src/sync/tabChannel.test.ts': ['src/store/workspaceStore.ts'],
  },
};

/**
 * A forbidden rule, plus its narrow test-only exceptions from TEST_CROSSINGS: the listed test
 * files are taken out of the main rule and each gets a copy of it that lets through only
 * the modules listed for it.
 */
function layerRule(rule) {
  const crossings = TEST_CROSSINGS[rule.name] ?? {};
  const testFiles = Object.keys(crossings);
  const pathNot = [rule.from.pathNot, ...testFiles.map(exactly)].filter(Boolean);
  const main = {
    severity: 'error',
    ...rule,
    from: pathNot.length > 0 ? { ...rule.from, pathNot } : rule.from,
  };
  const exceptions = testFiles.map((testFile) => ({
    ...main,
    from: { path: exactly(testFile) },
    to: {
      ...rule.to,
      pathNot: [rule.to.pathNot, ...crossings[testFile].map((target) => `^${target}$`)].filter(Boolean),
    },
  }));
  return [main, ...exceptions];
}

const FRAMEWORKS =
  '^node_modules/(@types/)?(react|react-dom|dexie|yjs|y-protocols|zustand|@xyflow/react|lucide-react|html-to-image)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRule({
      name: 'domain-not-to-outer-layers',
      comment:
        'src/domain/ is the pure core: operations and rules that every other layer builds on. ' +
        'Importing db/, sync/, store/, features/, ui/ or app/ would tie it to persistence, ' +
        'documents, state or screens and reverse the one-way flow UI -> store -> domain -> documents -> db.',
      from: { path: '^src/domain/' },
      to: { path: '^src/(db|sync|store|features|ui|app)/' },
    }),
    ...layerRule({
      name: 'domain-not-to-i18n-react',
      comment:
        'src/domain/ may read the plain message tables in src/i18n/, but not its React parts ' +
        '(hooks such as useT, any .tsx): domain code must run without React.',
      from: { path: '^src/domain/' },
      to: { path: '^src/i18n/(use[A-Z][^/]*|[^/]*\\.tsx)$' },
    }),
    ...layerRule({
      name: 'domain-no-frameworks',
      comment:
        'src/domain/ is plain TypeScript: no React (or React libraries), no Dexie, no Yjs, ' +
        'no zustand, no DOM rendering. Those belong to ui/features, db, sync and store.',
      from: { path: '^src/domain/' },
      to: { path: FRAMEWORKS },
    }),
    {
      name: 'domain-no-frameworks-transitively',
      severity: 'error',
      comment:
        'The same purity, through any chain of imports: a domain module must not reach React, ' +
        'Dexie, Yjs or zustand by way of another module (for example an i18n file that starts ' +
        'importing React). Tests are left out: their allowed crossings reach the store on purpose.',
      from: { path: '^src/domain/', pathNot: TEST },
      to: { path: FRAMEWORKS, reachable: true },
    },
    ...layerRule({
      name: 'db-not-to-store-or-ui',
      comment:
        'src/db/ is persistence, the end of the flow. It must not know about the store, ' +
        'screens, shared components or the shell (store/, features/, ui/, app/).',
      from: { path: '^src/db/' },
      to: { path: '^src/(store|features|ui|app)/' },
    }),
    ...layerRule({
      name: 'sync-not-to-store-db-or-ui',
      comment:
        'src/sync/ holds the Yjs documents and providers. It hands documents on to db through ' +
        'the store, so it must not import db/ itself, nor store/, features/, ui/ or app/.',
      from: { path: '^src/sync/' },
      to: { path: '^src/(store|features|ui|app|db)/' },
    }),
    ...layerRule({
      name: 'store-not-to-ui',
      comment:
        'src/store/ is the read model and its actions; screens call it, never the other way ' +
        'round. It may import domain, db and sync, but not features/, ui/ or app/.',
      from: { path: '^src/store/' },
      to: { path: '^src/(features|ui|app)/' },
    }),
    ...layerRule({
      name: 'components-not-to-db-or-sync',
      comment:
        'Screens (features/), shared components (ui/) and the shell (app/) reach data only ' +
        'through store actions. Importing db/ or sync/ directly would skip the store and the ' +
        'domain operations and break the one-way data flow.',
      from: { path: '^src/(features|ui|app)/' },
      to: { path: '^src/(db|sync)/' },
    }),
    ...layerRule({
      name: 'ui-not-to-features',
      comment:
        'src/ui/ holds shared components that any screen can use; a shared component that ' +
        'imports a screen (features/) is no longer shared and makes the two depend on each other.',
      from: { path: '^src/ui/' },
      to: { path: '^src/features/' },
    }),
    ...layerRule({
      name: 'not-up-into-the-shell',
      comment:
        'src/app/ is the shell on top: it imports features/ and ui/. A feature or shared ' +
        'component that imports app/ closes a cycle between the folders. Move what both ' +
        'need (routes, fonts, shared buttons) down into ui/ or a feature, or pass it in.',
      from: { path: '^src/(features|ui)/' },
      to: { path: '^src/app/' },
    }),
    ...layerRule({
      name: 'i18n-is-a-leaf',
      comment:
        'src/i18n/ sits under every layer (even domain may read its message tables), so it ' +
        'must import none of them: any such import would be a cycle between folders.',
      from: { path: '^src/i18n/' },
      to: { path: '^src/(domain|db|sync|store|features|ui|app)/' },
    }),
    {
      name: 'no-cycles-between-features',
      severity: 'error',
      scope: 'folder',
      comment:
        'Feature folders are siblings, so layer order cannot rule out cycles among them: ' +
        'features/a importing features/b while b imports a makes them one tangled feature. ' +
        'Move the shared part into ui/, domain/ or one of the two. (Folder-level: the cycle shown ' +
        'may run through other folders, test files included; if it passes through an import ' +
        'that another rule reports, fix that one first.)',
      from: { path: '^src/features/[^/]+$' },
      to: { path: '^src/features/[^/]+$', circular: true },
    },
    {
      name: 'no-unresolvable-import',
      severity: 'error',
      comment:
        'An import that cannot be resolved is invisible to every rule above, so a typo or a ' +
        'change in resolution would silently switch the checks off for it.',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // count `import type` and other imports that vanish after compilation
    tsPreCompilationDeps: true,
    // resolve imports the way tsconfig.json (and so tsc and the editor) does
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    progress: { type: 'none' },
  },
};
