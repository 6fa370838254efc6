// Tests import the sources directly (state.ts and below), not the package's Node entry: this
// does what src/node.ts does, so that states made in tests have Node's files, as the package
// gives Node programs (and the reference engine, as the Node entry does). Tests of the browser
// behaviour pass `host: portableHost` explicitly.
import { setDefaultHost } from '../../src/host/default-host.js';
import { nodeHost } from '../../src/host/node-host.js';
import '../../src/reference-engine.js';

setDefaultHost(nodeHost);
