// TypeDoc plugin: every member of an exported interface or class must have a doc comment.
// TypeDoc's own `requiredToBeDocumented: ["Property"]` also demands comments on the members of
// inferred object types (the fields inside a zod schema's type arguments, brand symbols), which
// cannot carry comments; this check is limited to the members a reader actually sees as the
// documented shape of a result or an input. Problems are validation warnings, which
// `treatWarningsAsErrors` (typedoc.json) turns into a failed docs build.
//
// It also names each guide of docs/ after its first `# heading` (a guide without a `title` in
// front matter would otherwise be listed by its file name, e.g. `getting-started`), and orders
// the site's documents: getting started first, the guides, then the law explorer and calculator.
import { Application, Converter, ReflectionKind } from 'typedoc';

const MEMBER = ReflectionKind.Property | ReflectionKind.Method | ReflectionKind.Accessor;
const OWNER = ReflectionKind.Interface | ReflectionKind.Class;

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    if (!/^[\w./-]+$/.test(document.name) || !/^[a-z0-9/_-]+$/.test(document.name)) return; // titled in front matter
    const text = document.content.map((part) => part.text).join('');
    const heading = /^# +(.+?) *$/m.exec(text);
    if (heading?.[1] !== undefined) document.name = heading[1].replace(/[*_`]/g, '');
  });
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    const rank = (r) => (!r.isDocument() ? 0 : /^getting started/i.test(r.name) ? 1 : r.name === 'Law explorer' ? 3 : r.name === 'Calculator' ? 4 : 2);
    const byRank = (a, b) => rank(a) - rank(b);
    project.documents?.sort(byRank);
    project.childrenIncludingDocuments?.sort(byRank);
  });
  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    const reported = new Set();
    for (const member of project.getReflectionsByKind(MEMBER)) {
      if (!member.parent?.kindOf(OWNER)) continue;
      if (member.flags.isExternal || member.flags.isPrivate) continue;
      const symbol = project.getSymbolIdFromReflection(member);
      if (symbol !== undefined && project.packageName !== undefined && symbol.packageName !== project.packageName) continue;
      const documented =
        member.hasComment() ||
        (member.signatures ?? []).some((s) => s.hasComment()) ||
        (member.getSignature?.hasComment() ?? false) ||
        (member.setSignature?.hasComment() ?? false);
      if (documented) continue;
      const name = member.getFriendlyFullName();
      if (reported.has(name)) continue;
      reported.add(name);
      const where = symbol === undefined ? '' : `, defined in ${symbol.packagePath}`;
      app.logger.validationWarning(`${name} (${ReflectionKind[member.kind]})${where}, does not have any documentation`);
    }
  });
}
