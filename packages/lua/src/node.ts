/**
 * @deegen/lua for Node: everything in index.ts, with Node's files, shell, clock and environment
 * (nodeHost) as the default host of every LuaState. Bundlers targeting browsers pick index.ts
 * instead (the `browser` export condition), which loads no Node module.
 */
import { setDefaultHost } from './host/default-host.js';
import { nodeHost } from './host/node-host.js';
import './reference-engine.js';

setDefaultHost(nodeHost);

export * from './index.js';
export { nodeHost };
