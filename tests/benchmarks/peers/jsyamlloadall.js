// The js-yaml peer of DESIGN.md section 6: loadAll over a file, timed without the read.
// Usage: node jsyamlloadall.js MODULE_DIR FILE; prints "<seconds> <documents>".
'use strict';
const fs = require('fs');
const path = require('path');
const yaml = require(path.join(process.argv[2], 'node_modules', 'js-yaml'));
const text = fs.readFileSync(process.argv[3], 'utf8');
const start = process.hrtime.bigint();
const documents = yaml.loadAll(text);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(seconds.toFixed(6) + ' ' + documents.length);
