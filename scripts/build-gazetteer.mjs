#!/usr/bin/env node
// Builds the gazetteer index (data/gazetteer.bin) from the GeoNames and country packages, after
// "prepare" has compiled src/ to dist/. The library also builds it on first use when it is missing.
import { writeGazetteer, DEFAULT_GAZETTEER_PATH } from '../dist/geo/gazetteer.js';

const t = performance.now();
const data = writeGazetteer(process.env.SITREP_GAZETTEER ?? DEFAULT_GAZETTEER_PATH);
console.error(`gazetteer: ${data.count} places in ${Math.round(performance.now() - t)} ms → ${process.env.SITREP_GAZETTEER ?? DEFAULT_GAZETTEER_PATH}`);
