import type { LuaHost } from './host.js';
import { portableHost } from './portable-host.js';

/**
 * The host a LuaState gets when its options name none. The portable host unless an entry point
 * installs another: the package's Node entry (src/node.ts) installs nodeHost when it is loaded,
 * so that `import { LuaState } from '@deegen/lua'` in Node has files, as lua5.1 does, while the
 * browser entry never loads any Node module.
 */
let current: LuaHost = portableHost;

export function defaultHost(): LuaHost {
  return current;
}

export function setDefaultHost(host: LuaHost): void {
  current = host;
}
