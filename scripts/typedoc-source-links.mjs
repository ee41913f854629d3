// TypeDoc plugin: "Defined in" links only for the library's own source files.
//
// typedoc.json sets `displayBasePath: "."`, so a source's path is relative to the repository root
// (`src/funding/plan.ts`) and the sourceLinkTemplate turns it into
// https://github.com/jamsostek/jamsostek/blob/<gitRevision>/src/funding/plan.ts#L<line>. Members a
// class inherits from a dependency (the `message`, `stack` and `cause` JamsostekError inherits from
// TypeScript's lib `Error`, any type re-exported from zod) are declared in node_modules, which is
// not part of the repository: a link there would be a dead `blob/main/node_modules/...` (or, with
// node_modules symlinked, `blob/main/../...`) path. This plugin drops the link of every source
// outside `src/` and names the file by its package path (`typescript/lib/lib.es5.d.ts:1076`),
// never by a path on the machine that built the docs. test/browser/source-links.test.ts checks
// every link in the built site against the working tree.
import { realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Converter } from 'typedoc';

const SRC = realpathSync(fileURLToPath(new URL('../src', import.meta.url)));

/** Whether `file` (absolute) is a file of the library's src/ directory. */
function inSrc(file) {
  let real = file;
  try {
    real = realpathSync(file);
  } catch {
    // a file TypeScript knows but the disk no longer has: judged by its path as given
  }
  const rel = relative(SRC, real);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
}

/** The name shown for a file outside src/: its path inside node_modules, else its base name. */
function externalName(file) {
  const normal = file.replaceAll('\\', '/');
  const at = normal.lastIndexOf('/node_modules/');
  return at >= 0 ? normal.slice(at + '/node_modules/'.length) : normal.slice(normal.lastIndexOf('/') + 1);
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  // The SourcePlugin sets each source's url at RESOLVE_BEGIN; this runs after it.
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const reflection of Object.values(context.project.reflections)) {
      for (const source of reflection.sources ?? []) {
        if (inSrc(source.fullFileName)) continue;
        source.url = undefined;
        source.fileName = externalName(source.fullFileName);
      }
    }
  });
}
