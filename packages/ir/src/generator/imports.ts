import { dirname, relative, resolve } from 'node:path';
import { GeneratorError, displayPath } from './diagnostics.js';
import type { ImportModel } from './model.js';

/**
 * Collects the imports of the semantics and types files into one import block for a generated
 * file in `outDir`, re-resolving relative module paths and rejecting names bound twice.
 */
export class ImportSet {
  private readonly byName = new Map<string, { module: string; imported: string; typeOnly: boolean; namespace: boolean }>();

  add(imp: ImportModel, fromFile: string, outDir: string): void {
    let module = imp.module;
    if (module.startsWith('.')) {
      module = relative(outDir, resolve(dirname(fromFile), module)).split('\\').join('/');
      if (!module.startsWith('.')) module = `./${module}`;
    }
    this.bind(imp.name, module, imp.imported, imp.typeOnly, imp.namespace, fromFile, imp.line);
  }

  bind(name: string, module: string, imported: string, typeOnly: boolean, namespace = false, fromFile = '<generator>', line = 1): void {
    const old = this.byName.get(name);
    if (old !== undefined) {
      if (old.module !== module || old.imported !== imported || old.namespace !== namespace) {
        throw new GeneratorError('DG014', displayPath(fromFile), line, `'${name}' from '${old.module}' and '${module}'`);
      }
      if (!typeOnly) old.typeOnly = false;
      return;
    }
    this.byName.set(name, { module, imported, typeOnly, namespace });
  }

  /** Every name bound to a value (not only to a type), sorted. */
  valueNames(): string[] {
    return [...this.byName].filter(([, b]) => !b.typeOnly).map(([n]) => n).sort();
  }

  render(): string {
    const modules = new Map<string, { values: string[]; types: string[]; namespace?: string }>();
    for (const [name, b] of [...this.byName].sort(([a], [c]) => (a < c ? -1 : a > c ? 1 : 0))) {
      let m = modules.get(b.module);
      if (m === undefined) modules.set(b.module, (m = { values: [], types: [] }));
      if (b.namespace) m.namespace = name;
      else {
        const spec = b.imported === name ? name : `${b.imported} as ${name}`;
        (b.typeOnly ? m.types : m.values).push(spec);
      }
    }
    const lines: string[] = [];
    for (const module of [...modules.keys()].sort()) {
      const m = modules.get(module)!;
      if (m.namespace) lines.push(`import * as ${m.namespace} from '${module}';`);
      if (m.values.length) lines.push(`import { ${m.values.join(', ')} } from '${module}';`);
      if (m.types.length) lines.push(`import type { ${m.types.join(', ')} } from '${module}';`);
    }
    return lines.join('\n');
  }
}
