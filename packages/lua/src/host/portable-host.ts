import type { LuaHost } from './host.js';

/**
 * The host of the browser entry: no files, no shell, no environment. os.clock counts from the
 * page or worker started, in wall time (browsers do not expose processor time).
 */
export const portableHost: LuaHost = {
  cpuSeconds: () => performance.now() / 1000,
  getenv: () => undefined,
};
