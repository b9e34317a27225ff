/** Test-only entry of the wlan module (tests/support/README.md): the demo seed and factories. */
export { seedWlanDemo } from './demo/index';
export { insertHotspot } from './map/test-support';
