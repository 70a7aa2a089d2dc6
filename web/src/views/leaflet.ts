/**
 * Leaflet with the marker-cluster plugin. The plugin is a script that extends a global `L`; the bundle
 * gives Leaflet as a module, so it is put on window before the plugin's module runs (imports run in order).
 */
import L from 'leaflet';

(window as unknown as { L: typeof L }).L = L;

export default L;
