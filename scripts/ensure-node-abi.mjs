import { loadsInNode, NATIVE_MODULE, rebuild } from './native-module.mjs';

// After `npm start` the driver is built for Electron; tests, bench and the browser mode need Node's build.
if (!loadsInNode()) {
  console.log(`${NATIVE_MODULE} is built for Electron; rebuilding it for Node (about 90 s, once)...`);
  rebuild();
}
